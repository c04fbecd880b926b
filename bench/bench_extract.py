"""Extraction throughput on the bundled corpus, repeated to a few MB (one core).

    python bench/bench_extract.py [--mb 4]

Prints MB of article text per second through the whole pipeline (figures, context,
claims) excluding file reading, and the same including the table build.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    a = ap.parse_args()
    from dataclasses import replace

    from tracker.ingest import iter_articles
    from tracker.models import Article
    from tracker.pipeline import claims_frame, extract_claims

    arts = [x for x in iter_articles([str(ROOT / "data" / "raw")]) if isinstance(x, Article)]
    size = sum(len(x.text.encode("utf-8")) for x in arts)
    reps = max(1, int(a.mb * 1e6 / size))
    batch = [replace(x, article_id=f"{x.article_id}-{i}") for i in range(reps) for x in arts]
    total = size * reps
    extract_claims(arts[0])  # warm caches: lexicons, patterns, language model
    t0 = time.perf_counter()
    results = [(x, extract_claims(x)) for x in batch]
    t1 = time.perf_counter()
    df = claims_frame(results)
    t2 = time.perf_counter()
    print(f"articles {len(batch)}  text {total / 1e6:.2f} MB  claims {len(df)}")
    print(f"extract_claims        {total / 1e6 / (t1 - t0):6.2f} MB/s  ({t1 - t0:.2f} s)")
    print(f"+ claims_frame        {total / 1e6 / (t2 - t0):6.2f} MB/s  ({t2 - t0:.2f} s)")


if __name__ == "__main__":
    main()
