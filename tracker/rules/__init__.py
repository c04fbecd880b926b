"""The extractor's rules, each with the examples that show what it does.

Figure rules (figures.py) find a figure's surface, value and unit; context rules
(context.py) decide what the figure is about. Every rule lists examples (a text and
the row it must give) and counterexamples (a text that must give no row); the tests
and `tracker check-rules` run them all. The words behind the rules live in the
lexicons; the examples here are test data in each language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Example:
    lang: str
    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    published: str = "2024-01-12"
    title: str = ""
    #: the article's address (an outlet's country domain: "$" in an Australian outlet)
    url: str = ""

    @property
    def label(self) -> str:
        return f"{self.lang}-{self.text[:48]}"


@dataclass(frozen=True)
class Rule:
    name: str
    doc: str
    #: "figure": checked on find_mentions (surface, value, unit, ...);
    #: "claim": checked on a whole extracted row (extract_text).
    level: str
    examples: list[Example]
    counterexamples: list[Example] = field(default_factory=list)


def E(lang: str, text: str, **fields: Any) -> Example:
    published = fields.pop("published", "2024-01-12")
    title = fields.pop("title", "")
    url = fields.pop("url", "")
    return Example(lang, text, fields, published, title, url)


from tracker.rules.catalogue import RULES  # noqa: E402

__all__ = ["Example", "Rule", "RULES", "E", "run_example"]


def run_example(rule: Rule, ex: Example, negative: bool = False) -> str | None:
    """Check one example; None when it holds, else what went wrong."""
    from decimal import Decimal

    from tracker.figures import find_mentions
    from tracker.normtext import clean
    from tracker.pipeline import extract_text

    if rule.level == "figure":
        found = find_mentions(clean(ex.text), ex.lang)
        if negative:  # nothing at all, or not the surface the counterexample names
            if "surface" in ex.fields:
                found = [m for m in found if m.surface == clean(ex.fields["surface"])]
            return None if not found else f"found {[m.surface for m in found]}"
        want_surface = ex.fields.get("surface", ex.text)
        hits = [m for m in found if m.surface == clean(want_surface)]
        if not hits:
            return f"no figure {want_surface!r}; found {[m.surface for m in found]}"
        m = hits[0]
        for k, v in ex.fields.items():
            if k == "surface":
                continue
            got = getattr(m, k)
            if isinstance(got, Decimal) or k in ("value", "value_high"):
                ok = got is not None and v is not None and abs(float(got) - float(v)) <= 1e-9 * max(1.0, abs(float(v)))
                ok = ok or (got is None and v is None)
            else:
                ok = got == v
            if not ok:
                return f"{k}: expected {v!r}, got {got!r}"
        return None
    df = extract_text(ex.text, published=ex.published, lang=ex.lang, title=ex.title, url=ex.url)
    if negative:  # no row at all, or none with the surface and the other fields the counterexample names
        if "surface" in ex.fields:
            df = df[df["surface"] == clean(ex.fields["surface"])]
        for k, v in ex.fields.items():
            if k != "surface":
                df = df[df[k].astype(str) == str(v)]
        return None if df.empty else f"rows for {df['surface'].tolist()}"
    want_surface = ex.fields.get("surface")
    rows = df[df["surface"] == clean(want_surface)] if want_surface else df
    if rows.empty:
        return f"no row {want_surface!r}; rows: {df['surface'].tolist()}"
    errors = []
    for _, row in rows.iterrows():
        bad = []
        for k, v in ex.fields.items():
            got = row[k]
            if k in ("value", "value_high"):
                ok = abs(float(got) - float(v)) <= 1e-9 * max(1.0, abs(float(v)))
            else:
                ok = str(got) == str(v)
            if not ok:
                bad.append(f"{k}: expected {v!r}, got {got!r}")
        if not bad:
            return None
        errors.append("; ".join(bad))
    return " | ".join(errors)
