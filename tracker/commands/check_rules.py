"""`tracker check-rules`: run every rule's examples and counterexamples outside pytest."""
from __future__ import annotations

import argparse

HELP = """Run the examples and counterexamples every extraction rule carries
(tracker/rules/catalogue.py) and print the ones that fail.

example:
  tracker check-rules
"""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("check-rules", help="run every rule's examples", description=HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tracker.rules import RULES, run_example

    total = failed = 0
    for rule in RULES:
        for ex, negative in [(e, False) for e in rule.examples] + [(e, True) for e in rule.counterexamples]:
            total += 1
            problem = run_example(rule, ex, negative=negative)
            if problem:
                failed += 1
                print(f"FAIL {rule.name}[{ex.label}]{' (counterexample)' if negative else ''}: {problem}")
    print(f"{total - failed} passed, {failed} failed")
    return 1 if failed else 0
