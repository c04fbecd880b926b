"""`tracker extract PATH... --output FILE`: articles -> store -> claims table (SCHEMA.md)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from tracker.models import Article, Claim

HELP = """Read articles (.txt/.md with YAML front matter, .html, .json, .jsonl, or folders of
them, recursively), find every trade figure and write the claims table. The format
follows FILE's extension: .csv, .parquet or .jsonl.

Articles are kept in a DuckDB store (by default tracker.duckdb beside FILE): an article
whose text has not changed is not extracted again, and analysts' corrections
(`tracker review`) are applied to the rows written.

examples:
  tracker extract data/raw --output data/clean/claims.csv
  tracker extract notes.txt --published 2024-01 --output /tmp/claims.parquet
"""


#: Articles written to the store per transaction.
BATCH = 200


class Stages:
    """Wall-clock seconds spent per stage of a run, written as JSON to $TRACKER_TIMINGS (bench/bench_cli.py)."""

    def __init__(self) -> None:
        import os
        import time

        self.path = os.environ.get("TRACKER_TIMINGS") or None
        self.seconds: dict[str, float] = {}
        self._clock = time.perf_counter

    def add(self, name: str, since: float) -> float:
        now = self._clock()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - since
        return now

    def now(self) -> float:
        return self._clock()

    def dump(self) -> None:
        if self.path:
            import json

            with open(self.path, "w", encoding="utf-8") as fh:
                json.dump({k: round(v, 4) for k, v in self.seconds.items()}, fh)


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("extract", help="extract claims from articles into a table",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--output", "-o", required=True, metavar="FILE",
                   help="table to write (.csv, .parquet or .jsonl)")
    p.add_argument("--published", metavar="DATE",
                   help="publication date for files that give none (2024-01-12, 2024-01 or 2024)")
    p.add_argument("--store", metavar="PATH",
                   help="DuckDB store (default: tracker.duckdb in FILE's folder)")
    p.add_argument("--no-store", action="store_true",
                   help="extract everything afresh and keep no store")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from tracker import ingest, pipeline
    from tracker.store import Store, StoreError, write_table

    output = Path(args.output)
    if output.suffix.lower() not in (".csv", ".parquet", ".jsonl"):
        print(f"tracker extract: {output}: unknown output format (use .csv, .parquet or .jsonl)",
              file=sys.stderr)
        return 2
    try:
        items = ingest.iter_articles(args.paths, published=args.published)
    except ValueError as exc:
        print(f"tracker extract: --published: {exc}", file=sys.stderr)
        return 2
    store = None
    if not args.no_store:
        try:
            store = Store.open(args.store or output.parent / "tracker.duckdb")
        except StoreError as exc:
            print(f"tracker extract: {exc}", file=sys.stderr)
            return 1
    failed = 0
    done: list[tuple[Article, list[Claim]]] = []
    pending: list[tuple[Article, pd.DataFrame]] = []
    ids: dict[str, None] = {}  # the articles of this run, in order (a dict: O(1) look-ups)
    bar = tqdm(items, unit=" article", disable=True if args.quiet else None, file=sys.stderr,
               leave=False)
    stages = Stages()
    t = stages.now()
    try:
        for item in bar:
            t = stages.add("ingest", t)
            if isinstance(item, ingest.IngestError):
                failed += 1
                tqdm.write(str(item), file=sys.stderr)
                continue
            if item.article_id in ids:
                failed += 1
                tqdm.write(f"{item.path or item.article_id}: article id {item.article_id!r} is used twice; "
                           "the later one is skipped", file=sys.stderr)
                continue
            ids[item.article_id] = None
            if store is not None and not store.needs_extraction(item):
                t = stages.add("store", t)
                continue
            t = stages.add("store", t)
            try:
                claims = pipeline.extract_claims(item)
                t = stages.add("extract", t)
                frame = pipeline.claims_frame([(item, claims)])
                t = stages.add("table", t)
            except Exception as exc:  # one bad article never stops the run
                failed += 1
                tqdm.write(f"{item.path or item.article_id}: extraction failed ({type(exc).__name__}: {exc})",
                           file=sys.stderr)
                del ids[item.article_id]
                t = stages.now()
                continue
            if store is not None:
                pending.append((item, frame))
                if len(pending) >= BATCH:  # one transaction per batch: years of news stay fast
                    store.replace_articles(pending)
                    pending.clear()
                t = stages.add("store", t)
            else:
                done.append((item, claims))
        t = stages.add("ingest", t)
        if store is not None:
            store.replace_articles(pending)
            pending.clear()
            t = stages.add("store", t)
            table = store.claims(list(ids))
            orphans = store.orphan_report()  # corrections whose claim is gone: say so
            if orphans:
                tqdm.write(orphans, file=sys.stderr)
        else:
            from tracker import fx
            from tracker.store import assign_figures

            table = assign_figures(fx.add_value_usd(pipeline.claims_frame(done)))
        write_table(table, output)
        stages.add("write", t)
        stages.dump()
    except StoreError as exc:
        print(f"tracker extract: {exc}", file=sys.stderr)
        return 1
    finally:
        bar.close()
        if store is not None:
            store.close()
    print(f"{len(table)} claims from {len(ids)} articles -> {output}"
          + (f" ({failed} input(s) failed)" if failed else ""), file=sys.stderr)
    return 1 if failed else 0
