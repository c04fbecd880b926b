"""The claims table's contract (shared/SCHEMA.md) as a pandera model, checked before every write."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import pandas as pd

INDICATORS = ["bilateral_trade", "exports", "imports", "energy_deliveries", "trade_balance"]
COMMODITIES = ["all", "oil", "gas", "lng", "coal", "electricity", "oil_gas", "agri", "cars", "other"]
MEASURES = ["level", "change", "share"]
MODALITIES = ["actual", "target", "forecast"]
APPROX = ["exact", "about", "more_than", "less_than", "up_to"]

#: Column order of every table the tracker writes: SCHEMA.md's columns, then extras.
COLUMNS = [
    "claim_id", "article_id", "published", "source", "url", "title", "lang",
    "indicator", "commodity", "exporter", "importer", "measure",
    "value", "value_high", "unit", "value_usd",
    "period", "period_start", "period_end", "basis", "modality", "approx",
    "surface", "sentence", "start", "end", "rule", "confidence",
    # extras
    "alt", "note", "figure_id",
]
CATEGORIES = {
    "indicator": INDICATORS, "commodity": COMMODITIES, "measure": MEASURES,
    "modality": MODALITIES, "approx": APPROX,
}
DATE_COLUMNS = ["published", "period_start", "period_end"]
FLOAT_COLUMNS = ["value", "value_high", "value_usd", "confidence"]
INT_COLUMNS = ["start", "end"]
STR_COLUMNS = [c for c in COLUMNS if c not in CATEGORIES and c not in DATE_COLUMNS
               and c not in FLOAT_COLUMNS and c not in INT_COLUMNS]


@lru_cache(maxsize=1)
def claims_schema() -> Any:
    """The pandera schema, built on first use: importing pandera costs about half a second,
    which a run that validates nothing (a re-run over unchanged articles) need not pay."""
    import pandera.pandas as pa

    def _cat(values: list[str]) -> Any:
        return pa.Column(pd.CategoricalDtype(values), nullable=False, coerce=True,
                         checks=pa.Check.isin(values))

    return pa.DataFrameSchema(
        {
            "claim_id": pa.Column(str, unique=True, nullable=False),
            "article_id": pa.Column(str, nullable=False),
            "published": pa.Column("datetime64[ns]", nullable=True, coerce=True),
            "source": pa.Column(str, nullable=True, coerce=True),
            "url": pa.Column(str, nullable=True, coerce=True),
            "title": pa.Column(str, nullable=True, coerce=True),
            "lang": pa.Column(str, nullable=True, coerce=True),
            **{c: _cat(v) for c, v in CATEGORIES.items()},
            "exporter": pa.Column(str, nullable=True, coerce=True),
            "importer": pa.Column(str, nullable=True, coerce=True),
            "value": pa.Column(float, nullable=False, coerce=True),
            "value_high": pa.Column(float, nullable=True, coerce=True),
            "unit": pa.Column(str, nullable=False, coerce=True),
            "value_usd": pa.Column(float, nullable=True, coerce=True),
            "period": pa.Column(str, nullable=True, coerce=True,
                                checks=pa.Check.str_matches(r"^$|^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?(/\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?)?$")),
            "period_start": pa.Column("datetime64[ns]", nullable=True, coerce=True),
            "period_end": pa.Column("datetime64[ns]", nullable=True, coerce=True),
            "basis": pa.Column(str, nullable=True, coerce=True,
                               checks=pa.Check.str_matches(r"^$|^(yoy|prev_period|vs:[0-9A-Za-z-]+)$")),
            "surface": pa.Column(str, nullable=False),
            "sentence": pa.Column(str, nullable=False),
            "start": pa.Column("int64", nullable=False, coerce=True, checks=pa.Check.ge(0)),
            "end": pa.Column("int64", nullable=False, coerce=True, checks=pa.Check.ge(0)),
            "rule": pa.Column(str, nullable=False),
            "confidence": pa.Column(float, nullable=False, coerce=True, checks=pa.Check.in_range(0.0, 1.0)),
            "alt": pa.Column(str, nullable=True, coerce=True),
            "note": pa.Column(str, nullable=True, coerce=True),
            "figure_id": pa.Column(str, nullable=True, coerce=True),
        },
        checks=[pa.Check(lambda df: (df["end"] >= df["start"]).all(), error="end before start")],
        strict=False,
        ordered=False,
    )


def __getattr__(name: str) -> Any:
    if name == "CLAIMS_SCHEMA":
        return claims_schema()
    raise AttributeError(f"module 'tracker.schema' has no attribute {name!r}")


def empty_frame() -> pd.DataFrame:
    """A claims table with no rows and the contract's dtypes."""
    return validate(pd.DataFrame({c: [] for c in COLUMNS}))


def validate(df: pd.DataFrame) -> pd.DataFrame:
    """Coerce and check a claims table against the contract; raises pandera's SchemaError."""
    for c in COLUMNS:
        if c not in df.columns:
            df[c] = None
    for c in STR_COLUMNS:
        df[c] = df[c].astype("object").where(df[c].notna(), "")
        df[c] = df[c].astype(str)
    df = claims_schema().validate(df, lazy=True)
    extra = [c for c in df.columns if c not in COLUMNS]
    return df[COLUMNS + extra]
