"""Plan the fetch of the real-news texts under a look-up budget: which queries, in which order,
split into lists for helpers.

    python bench/realnews_plan.py OUT_DIR [--budget 840] [--per-list 70] [--split dev]
                                  [--cache .cache/realnews] [--prefer-lang ru]

The workplace's `search` tool allows 1,000 look-ups a session and the manifests take more
distinct queries than that (1,692 at the thirty-ninth session, 1,404 of them returning a `dev`
article), so a fresh machine cannot fetch every text in one session. Each query is one look-up
and may return several articles; this script ranks the queries that return an article of the
split not yet cached by how many such articles they return, then by those articles' gold rows
(more to measure per look-up), optionally putting a language's first on a tie, and writes the
first BUDGET of them as OUT_DIR/list01.jsonl, list02.jsonl, ... of PER_LIST lines each: one line
per query, `{"query": ..., "docs": [{"doc": ..., "url": ...}, ...]}` (every article the query
returns, cached or not, so a helper saves them all). A helper runs each line's query once with
the `search` tool (corpus `pages`) and saves each doc with `bench/realnews_save.py DOC RAW`.
Prints how many articles and gold rows the plan covers.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import realnews  # noqa: E402

MANIFESTS = (realnews.SHARED / "realnews" / "docs.jsonl", ROOT / "data" / "realnews" / "docs.jsonl")
GOLDS = (realnews.SHARED / "realnews" / "gold.jsonl", ROOT / "data" / "realnews" / "gold.jsonl")


def wanted(doc: str, split: str, cached: set[str]) -> bool:
    """An article of the split whose text is not cached yet."""
    return (split == "all" or realnews.split_of(doc) == split) and doc not in cached


def plan(docs: Iterable[dict], gold_rows: Counter[str], cached: set[str], split: str = "dev",
         prefer_lang: str = "") -> list[dict]:
    """The queries worth a look-up, best first: each `{"query", "docs": [{"doc", "url"}]}`."""
    by_query: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_query[d["query"]].append(d)
    ranked = []
    for q, ds in by_query.items():
        want = [d for d in ds if wanted(d["doc"], split, cached)]
        if not want:
            continue
        key = (len(want), sum(gold_rows[d["doc"]] for d in want), any(d.get("lang") == prefer_lang for d in want))
        ranked.append((key, q, ds))
    ranked.sort(key=lambda r: (-r[0][0], -r[0][1], not r[0][2], r[1]))
    return [{"query": q, "docs": [{"doc": d["doc"], "url": d["url"]} for d in ds]} for _, q, ds in ranked]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--budget", type=int, default=840, help="look-ups to spend (one per query)")
    ap.add_argument("--per-list", type=int, default=70, help="queries per helper's list")
    ap.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realnews")
    ap.add_argument("--prefer-lang", default="", help="on a tie, this language's articles first")
    a = ap.parse_args(argv)
    docs = [r for p in MANIFESTS if p.exists() for r in realnews.read_jsonl(p)]
    gold = Counter(r["doc"] for p in GOLDS if p.exists() for r in realnews.read_jsonl(p))
    cached = {p.stem for p in a.cache.glob("*.txt")} if a.cache.exists() else set()
    queries = plan(docs, gold, cached, a.split, a.prefer_lang)
    chosen = queries[:a.budget]
    a.out.mkdir(parents=True, exist_ok=True)
    for k in range(0, len(chosen), a.per_list):
        with open(a.out / f"list{k // a.per_list + 1:02d}.jsonl", "w", encoding="utf-8") as fh:
            for line in chosen[k:k + a.per_list]:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    covered = {d["doc"] for line in chosen for d in line["docs"] if wanted(d["doc"], a.split, cached)}
    left = sum(1 for line in queries[a.budget:] for d in line["docs"] if wanted(d["doc"], a.split, cached))
    print(f"{len(queries)} queries return a {a.split} article not cached; the plan takes {len(chosen)} "
          f"({(len(chosen) + a.per_list - 1) // a.per_list} lists): {len(covered)} articles, "
          f"{sum(gold[d] for d in covered)} gold rows; {left} articles left for a later session")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
