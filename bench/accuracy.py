"""Score the extractor on the team's gold, per language (prints the README's Accuracy table).

    python bench/accuracy.py [--gold tests/gold] [--raw data/raw] [--json]
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def scorer(path: Path | None = None):  # type: ignore[no-untyped-def]
    path = path or ROOT.parent / "shared" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("tracker_score", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def evaluate(raw: Path, gold_dir: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    """Extract `raw` afresh and score it against every gold file, overall and per language."""
    from tracker.cli import main

    sc = scorer()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "claims.csv")
        main(["extract", str(raw), "--output", out, "--no-store", "-q"])
        pred = sc.load_pred(out)
    gold = sc.load_gold(sorted(glob.glob(str(gold_dir / "*.jsonl"))))
    langs = {p["article_id"]: p.get("lang", "") for p in pred}
    results = {"all": sc.score(gold, pred)}
    for lang in sorted({v for v in langs.values() if v}):
        g = [x for x in gold if langs.get(x["doc"], "") == lang or x["doc"] not in langs and x["doc"].startswith(lang)]
        results[lang] = sc.score(g, pred)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = evaluate(Path(a.raw), Path(a.gold))
    if a.json:
        json.dump({k: {x: v[x] for x in ("mention", "claim", "strict", "attributes", "docs", "gold", "pred")}
                   for k, v in res.items()}, sys.stdout, indent=1)
        return
    print("| set | docs | gold rows | mention F1 | claim F1 | strict F1 | indicator | pair | period | modality | commodity |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for k, v in res.items():
        at = v["attributes"]
        print(f"| {k} | {v['docs']} | {v['gold']} | {v['mention']['f1']:.3f} | {v['claim']['f1']:.3f} | "
              f"{v['strict']['f1']:.3f} | {at['indicator']:.2f} | {at['pair']:.2f} | {at['period']:.2f} | "
              f"{at['modality']:.2f} | {at['commodity']:.2f} |")


if __name__ == "__main__":
    main()
