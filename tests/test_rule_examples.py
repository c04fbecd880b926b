"""Every rule's examples and counterexamples, one test id each."""
import pytest

from tracker.rules import RULES, run_example

CASES = [pytest.param(r, e, False, id=f"{r.name}[{e.label}]") for r in RULES for e in r.examples]
NEGATIVE = [pytest.param(r, e, True, id=f"{r.name}[not:{e.label}]") for r in RULES for e in r.counterexamples]


@pytest.mark.parametrize("rule,example,negative", CASES + NEGATIVE)
def test_rule_example(rule, example, negative):
    problem = run_example(rule, example, negative=negative)
    assert problem is None, problem


def test_every_rule_has_examples():
    assert all(r.examples for r in RULES)
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_rules_cover_every_figure_rule_name():
    """A figure rule the extractor can emit must be in the catalogue."""
    import re
    from pathlib import Path

    src = Path(__file__).parents[1].joinpath("tracker", "figures.py").read_text(encoding="utf-8")
    emitted = set(re.findall(r'"((?:money|percent|quantity|multiple|fraction|range|number)\.[a-z]+)"', src))
    emitted -= {"number.bare", "number.counted"}  # internal: never rows (no unit, or counts of people)
    assert emitted <= {r.name for r in RULES}
