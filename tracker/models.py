"""Records passed between the pipeline's stages: Article -> Mention -> Claim."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from disk, with its metadata."""

    article_id: str
    text: str
    published: date | None = None
    #: "day", "month" or "year": how much of `published` the input really gave.
    published_precision: str | None = None
    source: str = ""
    url: str = ""
    title: str = ""
    lang: str = ""
    path: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure found in the text: its surface, value and unit, before any context."""

    start: int
    end: int
    surface: str
    value: Decimal
    unit: str                      # contract unit: ISO code, percent, pp, bcm, t, bbl, bbl/d, TWh, units, ...
    measure_hint: str = ""         # "change" for multiples/"en hausse de"-free % forms, "share" for fractions
    value_high: Decimal | None = None
    approx: str = "exact"
    sign: int = 1                  # -1 when the figure itself carries a minus sign
    explicit_sign: bool = False
    rule: str = ""
    alt: str = ""                  # a restatement of the same figure (conversion), as written
    currency_inferred: bool = False
    move_start: bool = False       # the first level of "from X to Y": a baseline, not the article's period


@dataclass(frozen=True, slots=True)
class Claim:
    """One row of the claims table (see shared/SCHEMA.md)."""

    article_id: str
    indicator: str
    commodity: str
    exporter: str
    importer: str
    measure: str
    value: float
    unit: str
    surface: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float
    value_high: float | None = None
    period: str = ""
    basis: str = ""
    modality: str = "actual"
    approx: str = "exact"
    alt: str = ""
    explanation: dict[str, str] = field(default_factory=dict)
    #: the choice scorer's probability for each field it chose (tracker/choose.py)
    probs: dict[str, float] = field(default_factory=dict)
