"""Missed and spurious figures on the team's gold, each with its sentence and, for a missed
figure the extractor saw, the reason it was rejected (a tuning aid).

    python bench/misses.py [--gold tests/gold] [--raw data/raw]
"""
from __future__ import annotations

import argparse
import glob
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from accuracy import ROOT, scorer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    ap.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    a = ap.parse_args()
    from tracker.cli import main as cli
    from tracker.ingest import iter_articles
    from tracker.models import Article
    from tracker.normtext import clean
    from tracker.pipeline import analyse

    sc = scorer()
    with tempfile.TemporaryDirectory() as tmp:
        out = f"{tmp}/c.csv"
        cli(["extract", a.raw, "--output", out, "--no-store", "-q"])
        pred = sc.load_pred(out)
    res = sc.score(sc.load_gold(sorted(glob.glob(f"{a.gold}/*.jsonl"))), pred)
    arts = {x.article_id: x for x in iter_articles([a.raw]) if isinstance(x, Article)}
    rejected = {k: analyse(v)[1] for k, v in arts.items()}
    for m in res["missed"]:
        art = arts.get(m["doc"])
        surf = clean(m["surface"] or "")
        why = [r for r in rejected.get(m["doc"], []) if r.surface in surf or surf in r.surface]
        text = clean(art.text) if art else ""
        i = text.find(surf)
        ctx = text[max(0, i - 120):i + len(surf) + 60].replace("\n", " ") if i >= 0 else "(surface not in text)"
        print(f"MISS {m['doc']} {m['surface']!r} {m['value']} {m['unit']}")
        print(f"     {'REJECTED: ' + why[0].reason if why else 'not found as a figure'}")
        print(f"     ...{ctx}...")
    for m in res["spurious"]:
        p = next((p for p in pred if p["article_id"] == m["doc"] and p["surface"] == m["surface"]), {})
        print(f"SPUR {m['doc']} {m['surface']!r} {m['value']} {m['unit']} [{p.get('indicator')} {p.get('rule')}]")
        print(f"     {p.get('sentence', '')[:260]}")


if __name__ == "__main__":
    main()
