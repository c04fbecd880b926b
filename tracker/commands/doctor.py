"""`tracker doctor`: check the installation and say what is wrong and how to fix it."""
from __future__ import annotations

import argparse
import sys

HELP = """Check this installation: Python and libraries, package data, lexicons (they load
and find a probe figure), the rates file, the store (readable, its folder writable), the
official series, and Chromium for the dashboard's browser tests. One line per check;
a problem says how to fix it. Exit status 1 when something is wrong.

examples:
  tracker doctor
  tracker doctor --data-dir /srv/tracker/clean --rates /srv/tracker/rates.csv
"""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("doctor", help="check the installation and say how to fix what is wrong",
                       description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-dir", metavar="DIR",
                   help="the store's folder (default: $TRACKER_DATA_DIR, else data/clean)")
    p.add_argument("--store", metavar="PATH", help="the store (default: DIR/tracker.duckdb)")
    p.add_argument("--rates", metavar="PATH",
                   help="the user rates file (default: $TRACKER_RATES, else data/rates.csv)")
    p.add_argument("--reference-dir", metavar="DIR",
                   help="official series (default: $TRACKER_REFERENCE_DIR, else DIR/../reference)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tracker import doctor

    s = doctor.setup(args.data_dir, args.store, args.rates, args.reference_dir)
    problems = notes = 0
    for finding in doctor.run_checks(s):
        print(finding, flush=True)
        problems += finding.status == doctor.PROBLEM
        notes += finding.status == doctor.NOTE
    if problems:
        print(f"tracker doctor: {problems} problem(s) to fix" + (f", {notes} note(s)" if notes else ""),
              file=sys.stderr)
        return 1
    print("tracker doctor: everything needed works" + (f" ({notes} note(s) above)" if notes else ""),
          file=sys.stderr)
    return 0
