"""Where the extractor disagrees with the gold, field by field (a tuning aid, not a test).

    python bench/diagnose.py data/clean/claims.csv [--field period] [--lang fr] [--gold DIR]

Pairs gold and predicted rows as shared/eval/score.py does (value and unit) and prints,
for each matched pair whose FIELD differs, the gold value, the predicted one and the
sentence; then the missed gold rows and the spurious predicted rows.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import sys
from collections import Counter


def _scorer(path: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred")
    ap.add_argument("--gold", default="tests/gold")
    ap.add_argument("--field", action="append", default=[])
    ap.add_argument("--lang", default="")
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "score.py"))
    ap.add_argument("--limit", type=int, default=60)
    a = ap.parse_args()
    sc = _scorer(a.scorer)
    gold = sc.load_gold(sorted(glob.glob(os.path.join(a.gold, "*.jsonl"))))
    if a.lang:
        gold = [g for g in gold if g["doc"].startswith(a.lang) or (a.lang == "fr" and g["doc"].startswith("000"))]
    pred = sc.load_pred(a.pred)
    res = sc.score(gold, pred)
    for k in ("mention", "claim", "strict"):
        print(k, res[k])
    print("attributes", res["attributes"])
    fields = a.field or ["indicator", "pair", "period", "modality", "commodity", "measure", "sign"]
    gby: dict[str, list[dict]] = {}
    pby: dict[str, list[dict]] = {}
    for g in gold:
        gby.setdefault(g["doc"], []).append(g)
    for p in pred:
        pby.setdefault(sc.norm(p.get("article_id")), []).append(p)
    bad: Counter[str] = Counter()
    shown = 0
    for d, gs in sorted(gby.items()):
        ps = pby.get(d, [])
        used = set()
        for g in gs:
            gd, gf = sc.dim(g.get("unit"))
            best = None
            for j, p in enumerate(ps):
                if j in used:
                    continue
                pd_, pf = sc.dim(p.get("unit"))
                gv, pv = sc.num(g.get("value")), sc.num(p.get("value"))
                if gd == pd_ and gv is not None and pv is not None and sc.same_value(gv * gf, pv * pf, gd):
                    agree = sum(sc.attr_ok(g, p, x) for x in sc.STRICT)
                    if best is None or agree > best[0]:
                        best = (agree, j)
            if best is None:
                continue
            used.add(best[1])
            p = ps[best[1]]
            for fld in fields:
                if not sc.attr_ok(g, p, fld):
                    bad[fld] += 1
                    if shown < a.limit:
                        shown += 1
                        gv = sc.pair(g) if fld == "pair" else g.get(fld)
                        pv = sc.pair(p) if fld == "pair" else p.get(fld)
                        print(f"\n[{fld}] {d} {g.get('surface')!r}: gold {gv} / pred {pv}  ({p.get('rule')})")
                        print("    ", (p.get("sentence") or "")[:300])
    print("\nmismatches per field:", dict(bad))


if __name__ == "__main__":
    sys.exit(main())
