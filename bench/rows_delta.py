"""What a change did, row by row: two claims tables of the same texts against the gold.

    python bench/rows_delta.py OLD_DIR_OR_CSV NEW_DIR_OR_CSV [--field pair] [--show]

Each table is a `claims.csv` (or a directory holding one, as `bench/realnews.py --keep DIR`
leaves). Rows are matched by article, surface and offset; for every field that differs
between the two tables, a row counts as *better* when only the new value is in the gold, as
*worse* when only the old one is, and *other* when neither or both are (periods compared as
score.py compares them, by the months they cover). Rows found by one
table only are counted apart. A rule is worth keeping when its changed rows are better far
more often than worse; on the rules alone (`TRACKER_CHOICE_WEIGHTS=none python
bench/realnews.py --split dev --keep DIR`, seconds, deterministic) this separates a rule's
effect from the noise of refitting the choice scorer's folds.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = [ROOT.parent / "shared" / "realnews" / "gold.jsonl", ROOT / "data" / "realnews" / "gold.jsonl"]

#: each field, as the claims table's columns that make it
FIELDS = {
    "pair": ("exporter", "importer"),
    "period": ("period",),
    "flow": ("indicator",),
    "commodity": ("commodity",),
    "measure": ("measure",),
    "modality": ("modality",),
}


def load(path: str) -> dict[tuple[str, str, str], dict[str, str]]:
    p = Path(path)
    if p.is_dir():
        p = p / "claims.csv"
    with p.open(encoding="utf-8") as f:
        return {(r["article_id"], _undefused(r["surface"]), r["start"]): r for r in csv.DictReader(f)}


def _undefused(surface: str) -> str:
    """The surface as written: the CSV puts a quote before a cell a spreadsheet would take for a
    formula ("'-15.4%"), which the gold does not have."""
    return surface[1:] if surface[:1] == "'" and surface[1:2] in ("=", "+", "-", "@") else surface


def load_gold(paths: list[Path]) -> dict[tuple[str, str], list[dict]]:
    gold: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in paths:
        if path.exists():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        g = json.loads(line)
                        gold[(g["doc"], g["surface"])].append(g)
    return gold


def _value(row: dict, cols: tuple[str, ...]) -> tuple[str, ...]:
    if cols == ("period",):  # as score.py compares periods: the months they cover ("2023-H1" is "2023-01/2023-06")
        return (str(_span(row.get("period") or "")),)
    return tuple((row.get(c) or "") for c in cols)


def _span(label: str) -> object:
    global _SCORE
    if _SCORE is None:
        sys.path.insert(0, str(ROOT / "bench"))
        import realnews
        _SCORE = realnews.load_module(realnews.SHARED / "eval" / "score.py", "tracker_score")
    return _SCORE.span(label) if label else ""


_SCORE = None


def compare(old: dict, new: dict, gold: dict, fields: list[str]) -> tuple[dict[str, Counter], list[tuple]]:
    counts: dict[str, Counter] = {f: Counter() for f in fields}
    changed: list[tuple] = []
    for key in sorted(set(old) & set(new)):
        a, b = old[key], new[key]
        golds = gold.get((key[0], key[1]), [])
        for field in fields:
            cols = FIELDS[field]
            va, vb = _value(a, cols), _value(b, cols)
            if va == vb:
                continue
            gv = [_value(g, cols) for g in golds]
            tag = "better" if vb in gv and va not in gv else "worse" if va in gv and vb not in gv else "other"
            counts[field][tag] += 1
            changed.append((tag, field, key, va, vb, gv[:2], (b.get("sentence") or "")[:140]))
    return counts, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--field", action="append", choices=sorted(FIELDS), help="fields to compare (default: all)")
    ap.add_argument("--gold", action="append", type=Path, help="gold JSONL files (default: the real-news gold)")
    ap.add_argument("--show", action="store_true", help="print every changed row")
    a = ap.parse_args(argv)
    old, new = load(a.old), load(a.new)
    fields = a.field or list(FIELDS)
    counts, changed = compare(old, new, load_gold(a.gold or GOLD), fields)
    if a.show:
        for tag, field, key, va, vb, gv, sent in changed:
            mark = {"better": "+", "worse": "-", "other": "?"}[tag]
            print(f"{mark} {field:9} {key[0]} {key[1]!r}: {'/'.join(va)} -> {'/'.join(vb)} | gold {gv} | {sent}")
    print(f"rows: {len(old)} old, {len(new)} new; only old {len(set(old) - set(new))}, only new {len(set(new) - set(old))}")
    for field in fields:
        c = counts[field]
        if sum(c.values()):
            print(f"{field:9} better {c['better']:4d}  worse {c['worse']:4d}  other {c['other']:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
