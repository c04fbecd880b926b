"""`tracker review`: an analyst lists pending rows, accepts, rejects or edits them.

Corrections live in the store's `corrections` table, keyed by claim_id, apart from the
extractor's rows: re-extraction never erases them, and a correction whose claim
disappeared is reported by `tracker review orphans` (and by export), not dropped.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.store import Store

STATUSES = ["pending", "accepted", "rejected", "edited"]


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]
               ) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = subparsers.add_parser(
        "review",
        help="list pending rows; accept, reject (with a reason) or edit them",
        description="Review the store's claims. Corrections are kept apart from extraction "
                    "output and applied on every extract and export.",
        epilog="examples:\n"
               "  tracker review list\n"
               "  tracker review accept 000_c982afabc432b07d:120-144\n"
               "  tracker review reject ID --reason \"GDP, not trade\"\n"
               "  tracker review set ID period 2023-Q1\n"
               "  tracker review orphans",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--store", metavar="PATH",
                   help="store file (default: $TRACKER_DATA_DIR or data/clean, /tracker.duckdb)")
    p.add_argument("--wait", type=float, default=10.0, metavar="SECONDS",
                   help="how long to wait for a busy store (default 10)")
    sub = p.add_subparsers(dest="action", metavar="ACTION")

    ls = sub.add_parser("list", help="rows still to review (pending), or --status / --all")
    ls.add_argument("--status", action="append", choices=STATUSES,
                    help="show rows in this review state (repeat for several)")
    ls.add_argument("--all", action="store_true", help="show every row")
    ls.add_argument("--article", metavar="ID", help="only this article's rows")

    show = sub.add_parser("show", help="one row's fields and its correction history")
    show.add_argument("claim_id")

    acc = sub.add_parser("accept", help="mark rows as checked and right")
    acc.add_argument("claim_ids", nargs="+", metavar="CLAIM_ID")

    rej = sub.add_parser("reject", help="mark rows as wrong, with a reason")
    rej.add_argument("claim_ids", nargs="+", metavar="CLAIM_ID")
    rej.add_argument("--reason", "-r", required=True, help="why the row is wrong")

    st = sub.add_parser("set", help="change one field of a row")
    st.add_argument("claim_id")
    st.add_argument("field", help="indicator, commodity, exporter, importer, measure, value, "
                                  "value_high, unit, period, basis, modality, approx, ...")
    st.add_argument("value", help="the new value ('' to empty an optional field)")
    st.add_argument("--reason", "-r", default="", help="why")

    ro = sub.add_parser("reopen", help="make an accepted or rejected row pending again")
    ro.add_argument("claim_ids", nargs="+", metavar="CLAIM_ID")

    sub.add_parser("orphans", help="corrections whose claim is no longer extracted")
    p.set_defaults(func=run, action=None)
    return p


def _line(r: Any) -> str:  # r: a namedtuple row of the claims table
    value = f"{r.value:g}" + (f"-{r.value_high:g}" if r.value_high == r.value_high and
                              r.value_high is not None else "")
    return (f"{r.claim_id}  [{r.review}]  {r.article_id}  {r.indicator}/{r.commodity}  "
            f"{r.exporter or '?'}->{r.importer or '?'}  {r.measure} {value} {r.unit}  "
            f"{r.period or '-'}  {r.modality}  \u00ab{r.surface}\u00bb")


def run(args: argparse.Namespace) -> int:
    from tracker.store import Store, StoreError, default_store_path

    if not args.action:
        print("tracker review: say what to do: list, show, accept, reject, set, reopen or "
              "orphans (tracker review --help)", file=sys.stderr)
        return 2
    store_path = Path(args.store) if args.store else default_store_path()
    read_only = args.action in ("list", "show", "orphans")
    try:
        with Store.open(store_path, wait=args.wait, read_only=read_only) as store:
            return _act(store, args)
    except StoreError as exc:
        print(f"tracker review: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"tracker review: {exc}", file=sys.stderr)
        return 1


def _act(store: Store, args: argparse.Namespace) -> int:
    author = _author()
    if args.action == "list":
        df = store.claims(include_rejected=True)
        if args.article:
            df = df[df["article_id"] == args.article]
        if not args.all:
            df = df[df["review"].isin(args.status or ["pending"])]
        for r in df.itertuples(index=False):
            print(_line(r))
        print(f"{len(df)} row(s)", file=sys.stderr)
        report = store.orphan_report()
        if report:
            print(report, file=sys.stderr)
        return 0
    if args.action == "show":
        df = store.claims(include_rejected=True)
        hit = df[df["claim_id"] == args.claim_id]
        if hit.empty:
            print(f"tracker review: {store.path}: no claim {args.claim_id!r}", file=sys.stderr)
            return 1
        for col, val in hit.iloc[0].items():
            print(f"{col:>13}: {'' if val is None else val}")
        hist = store.corrections()
        hist = hist[hist["claim_id"] == args.claim_id]
        for h in hist.itertuples(index=False):
            what = f"{h.field}={h.value!r}" if h.action == "set" else ""
            print(f"  #{h.seq} {h.created_at} {h.author or '?'}: {h.action} {what} {h.reason or ''}"
                  .rstrip())
        return 0
    if args.action == "orphans":
        orphans = store.orphaned_corrections()
        for h in orphans.itertuples(index=False):
            what = f"{h.field}={h.value!r}" if h.action == "set" else ""
            print(f"{h.claim_id}  #{h.seq} {h.action} {what} {h.reason or ''}".rstrip())
        print(f"{len(orphans)} orphaned correction(s)", file=sys.stderr)
        return 0
    if args.action == "set":
        seq = store.add_correction(args.claim_id, "set", field=args.field, value=args.value,
                                   reason=args.reason, author=author)
        print(f"tracker review: #{seq} {args.claim_id}: {args.field} = {args.value!r}",
              file=sys.stderr)
        return 0
    for claim_id in args.claim_ids:
        seq = store.add_correction(claim_id, args.action, reason=getattr(args, "reason", "") or "",
                                   author=author)
        print(f"tracker review: #{seq} {claim_id}: {args.action}", file=sys.stderr)
    return 0


def _author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""
