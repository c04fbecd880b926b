"""Command line: `tracker SUBCOMMAND ...`. Only parses arguments and calls library code.

Each subcommand lives in `tracker/commands/<name>.py` and exposes `add_parser(subparsers)`
(which sets `func` on its parser) so the commands can grow without touching this file.
"""
from __future__ import annotations

import argparse
import importlib
import sys

#: Subcommand modules, in the order `tracker --help` lists them.
COMMANDS = ["extract", "explain", "export", "review", "serve", "check_rules", "doctor"]

EPILOG = """examples:
  tracker extract data/raw --output data/clean/claims.csv
  tracker explain data/raw/000_c982afabc432b07d.txt
  tracker serve
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Find trade, export, import and energy-delivery figures in news articles "
                    "and turn them into a checked, explained table.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from tracker import __version__
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"tracker.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"tracker.commands.{name}":
                raise
            continue  # a command not built yet
        module.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
