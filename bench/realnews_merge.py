"""Merge annotators' part files (data/realnews/parts/TAG.docs.jsonl, TAG.gold.jsonl) into the
real dev set's manifest and gold (data/realnews/docs.jsonl, gold.jsonl), sorted by doc id,
keeping only gold rows whose doc is in a manifest. Then check both with check_gold.py.

    python bench/realnews_merge.py [--hold TAG,TAG]

`--hold` leaves those batches out (one kept unmerged as a blind check, or still being annotated).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "data" / "realnews"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hold", default="", help="batch tags to leave out, comma-separated")
    hold = {t for t in ap.parse_args().hold.split(",") if t}
    docs: dict[str, dict] = {}
    gold: list[dict] = []
    for p in sorted((HERE / "parts").glob("*.docs.jsonl")):
        if p.name.split(".")[0] in hold:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["doc"]] = d
    for p in sorted((HERE / "parts").glob("*.gold.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold.append(json.loads(line))
    gold = [g for g in gold if g["doc"] in docs]
    order = {d: k for k, d in enumerate(sorted(docs))}
    gold.sort(key=lambda g: order[g["doc"]])  # stable: annotation order within a doc
    (HERE / "docs.jsonl").write_text("".join(json.dumps(docs[d], ensure_ascii=False) + "\n" for d in sorted(docs)),
                                     encoding="utf-8")
    (HERE / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    print(f"{len(docs)} docs, {len(gold)} gold rows -> {HERE}")


if __name__ == "__main__":
    main()
