"""`tracker export --output FILE`: write the analyst's table from the store, filtered."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.schema import INDICATORS, MODALITIES


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]
               ) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="write the claims table (CSV, Parquet, JSONL) from the store, with filters",
        description="Write the store's claims, with corrections, value_usd and figure_id, to "
                    "FILE (format from its extension: .csv, .parquet or .jsonl).",
        epilog="example: tracker export --output out/trade.csv --indicator bilateral_trade "
               "--partners CHN,RUS --period 2023 --modality actual",
    )
    p.add_argument("--output", "-o", required=True, metavar="FILE",
                   help="file to write (.csv, .parquet or .jsonl)")
    p.add_argument("--store", metavar="PATH",
                   help="store file (default: $TRACKER_DATA_DIR or data/clean, /tracker.duckdb)")
    p.add_argument("--indicator", action="append", choices=INDICATORS,
                   help="keep this indicator (repeat for several)")
    p.add_argument("--partners", metavar="A,B",
                   help="keep rows between these partners, either direction (one code: either side)")
    p.add_argument("--exporter", metavar="CODE", help="keep rows with this exporter")
    p.add_argument("--importer", metavar="CODE", help="keep rows with this importer")
    p.add_argument("--commodity", action="append", metavar="NAME", help="keep this commodity")
    p.add_argument("--period", metavar="PERIOD",
                   help="keep rows whose period lies within PERIOD (2023, 2023-Q1, 2022/2023)")
    p.add_argument("--modality", action="append", choices=MODALITIES,
                   help="keep this modality (repeat for several)")
    p.add_argument("--include-rejected", action="store_true",
                   help="also write rows an analyst rejected (review column says so)")
    p.add_argument("--wait", type=float, default=10.0, metavar="SECONDS",
                   help="how long to wait for a busy store (default 10)")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    from tracker.store import Store, StoreError, default_store_path, period_span, write_table

    store_path = Path(args.store) if args.store else default_store_path()
    if args.period:
        try:
            period_span(args.period)
        except ValueError as exc:
            print(f"tracker export: --period: {exc}", file=sys.stderr)
            return 2
    if Path(args.output).suffix.lower() not in (".csv", ".parquet", ".jsonl"):
        print(f"tracker export: {args.output}: unknown table format (use .csv, .parquet or .jsonl)",
              file=sys.stderr)
        return 2
    try:
        with Store.open(store_path, wait=args.wait, read_only=True) as store:
            df = store.claims(include_rejected=args.include_rejected,
                              indicator=args.indicator, partners=args.partners,
                              exporter=args.exporter, importer=args.importer,
                              commodity=args.commodity, period=args.period,
                              modality=args.modality)
            orphans = store.orphan_report()
    except StoreError as exc:
        print(f"tracker export: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"tracker export: {exc}", file=sys.stderr)
        return 1
    try:
        write_table(df, args.output)
    except (OSError, ValueError) as exc:
        print(f"tracker export: {args.output}: {exc}", file=sys.stderr)
        return 1
    if orphans:
        print(orphans, file=sys.stderr)
    print(f"tracker export: {len(df)} row(s) -> {args.output}", file=sys.stderr)
    return 0
