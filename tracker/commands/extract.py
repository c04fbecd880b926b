"""`tracker extract PATH... --output FILE`: articles -> store -> claims table (SCHEMA.md)."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from tracker.models import Article
    from tracker.store import Spill, Store

HELP = """Read articles (.txt/.md with YAML front matter, .html, .json, .jsonl, or folders of
them, recursively), find every trade figure and write the claims table. The format
follows FILE's extension: .csv, .parquet or .jsonl.

Articles are kept in a DuckDB store (by default tracker.duckdb beside FILE): an article
whose text has not changed is not extracted again, and analysts' corrections
(`tracker review`) are applied to the rows written.

Articles are read lazily and extracted in batches by --workers processes; each batch is
stored as it is done, so a run stopped half-way keeps what it stored and the next run
skips it. The table is written at the end (into a temporary file, then renamed).

Every input has a bounded cost: a file over --max-mb (20), an article with a line over
--max-line characters (a million) and a file or article that takes over --max-seconds (60)
are refused with one line naming them, as are empty, binary and malformed files; the other
inputs are still extracted, and the exit status is 1.

examples:
  tracker extract data/raw --output data/clean/claims.csv
  tracker extract notes.txt --published 2024-01 --output /tmp/claims.parquet
  tracker extract news/ --workers 4 --output data/clean/claims.parquet
  tracker extract shards/ --scheduler tcp://10.0.0.5:8786 --output data/clean/claims/
"""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("extract", help="extract claims from articles into a table",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--output", "-o", required=True, metavar="FILE",
                   help="table to write (.csv, .parquet or .jsonl), or a folder DIR/ for a "
                        "Parquet dataset partitioned by language")
    p.add_argument("--published", metavar="DATE",
                   help="publication date for files that give none (2024-01-12, 2024-01 or 2024)")
    p.add_argument("--store", metavar="PATH",
                   help="DuckDB store (default: tracker.duckdb in FILE's folder)")
    p.add_argument("--no-store", action="store_true",
                   help="extract everything afresh and keep no store")
    p.add_argument("--workers", "-j", type=int, metavar="N", default=None,
                   help="processes extracting at once (default: all cores; 1: in this process)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the extraction on a Dask cluster (tcp://host:8786): one task per "
                        "file, this process writes the store and the table")
    p.add_argument("--max-mb", type=float, metavar="MB", default=20,
                   help="refuse a file larger than this, before reading it (default 20)")
    p.add_argument("--max-line", type=int, metavar="CHARS", default=1_000_000,
                   help="refuse an article with a line longer than this (default 1000000: no "
                        "article has such a paragraph)")
    p.add_argument("--max-seconds", type=float, metavar="S", default=60,
                   help="stop reading one file, or extracting one article, after this long "
                        "(default 60)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from tracker import ingest, runner
    from tracker.limits import Limits
    from tracker.store import Spill, Store, StoreError, is_dataset_path

    runner.collect_less()  # this process extracts (with --workers 1) and writes the table
    output = Path(args.output)
    if not is_dataset_path(args.output) and output.suffix.lower() not in (".csv", ".parquet", ".jsonl"):
        print(f"tracker extract: {output}: unknown output format (use .csv, .parquet, .jsonl "
              f"or a folder DIR/)", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("tracker extract: --workers must be 1 or more", file=sys.stderr)
        return 2
    for name in ("max_mb", "max_line", "max_seconds"):
        if not getattr(args, name) > 0:
            print(f"tracker extract: --{name.replace('_', '-')} must be more than 0", file=sys.stderr)
            return 2
    limits = Limits(max_bytes=int(args.max_mb * 1_000_000), max_line=args.max_line,
                    max_seconds=args.max_seconds)
    try:
        ingest.parse_published(args.published)
    except ValueError as exc:
        print(f"tracker extract: --published: {exc}", file=sys.stderr)
        return 2
    if args.scheduler:
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("tracker extract: --scheduler needs Dask: pip install 'dask[distributed]'",
                  file=sys.stderr)
            return 2
    store = spill = None
    if not args.no_store:
        try:
            store = Store.open(args.store or output.parent / "tracker.duckdb")
        except StoreError as exc:
            print(f"tracker extract: {exc}", file=sys.stderr)
            return 1
    stages = runner.Stages()
    bar = tqdm(unit=" article", disable=True if args.quiet else None, file=sys.stderr, leave=False)

    def report(message: str) -> None:
        tqdm.write(message, file=sys.stderr)

    def counted(items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            bar.update()
            yield item

    rows = 0
    try:
        if store is None:
            spill = Spill(output.parent)
        sink = _StoreSink(store) if store is not None else _SpillSink(spill)
        if args.scheduler:
            tally = runner.run_dask(args.paths, args.published, sink, scheduler=args.scheduler,
                                    report=report, stages=stages, limits=limits)
        else:
            items = ingest.iter_articles(args.paths, published=args.published, limits=limits)
            tally = runner.run(counted(items), sink, report=report, stages=stages,
                               workers=args.workers or runner.default_workers(), limits=limits)
        t = stages.now()
        rows = _write(output, is_dataset_path(args.output), tally, store, spill)
        if store is not None:
            orphans = store.orphan_report()  # corrections whose claim is gone: say so
            if orphans:
                report(orphans)
        stages.add("write", t)
        stages.dump()
    except (StoreError, runner.ClusterError) as exc:
        print(f"tracker extract: {exc}", file=sys.stderr)
        return 1
    finally:
        bar.close()
        if store is not None:
            store.close()
        if spill is not None:
            spill.close()
    print(f"{rows} claims from {len(tally.ids)} articles -> {output}"
          + (f" ({tally.failed} input(s) failed)" if tally.failed else ""), file=sys.stderr)
    return 1 if tally.failed else 0


def _write(output: Path, dataset: bool, tally: Any, store: Store | None, spill: Spill | None) -> int:
    """Stream the run's table to `output`; rows written. A table the store says is already
    there, byte for byte (same store generation, articles, rates, code and format), is kept."""
    from tracker.store import TableWriter, table_digest

    state = record = None
    if store is not None:
        kind = "dataset" if dataset else output.suffix.lower()
        state = store.table_state(tally.ids, kind)
        record = store.table_record(output)
        if record and record.get("state") == state and table_digest(output) == record.get("digest"):
            return int(record["rows"])
    chunks = (store.table_chunks(list(tally.ids)) if store is not None
              else spill.chunks())  # type: ignore[union-attr]
    with TableWriter(output, dataset) as writer:
        for chunk in chunks:
            writer.write(chunk)
        writer.commit()
    if store is not None:
        store.remember_table(output, {"state": state, "digest": table_digest(output),
                                      "rows": writer.rows})
    return writer.rows


class _StoreSink:
    """The store as the run's sink: unchanged articles are skipped, batches replace theirs."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def unchanged(self, articles: list[Article]) -> set[str]:
        return self.store.unchanged(articles)

    def known_in(self, paths: list[str]) -> dict[str, dict[str, tuple[str, str]]]:
        return self.store.known_in(paths)

    def write(self, articles: list[Article], claims: pd.DataFrame) -> None:
        self.store.replace_batch(articles, claims)


class _SpillSink:
    """No store: every article is extracted, its rows kept on disk until the table is written."""

    def __init__(self, spill: Spill) -> None:
        self.spill = spill

    def unchanged(self, articles: list[Article]) -> set[str]:
        return set()

    def known_in(self, paths: list[str]) -> dict[str, dict[str, tuple[str, str]]]:
        return {p: {} for p in paths}

    def write(self, articles: list[Article], claims: pd.DataFrame) -> None:
        self.spill.add(claims)
