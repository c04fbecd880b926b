"""The tracker for notebooks: load the table, pick a series, plot it.

>>> import tracker                                          # doctest: +SKIP
>>> df = tracker.load()                                     # doctest: +SKIP
>>> tracker.series(df, indicator="bilateral_trade", exporter="CHN", importer="RUS")  # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from tracker.schema import CATEGORIES, MODALITIES

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from tracker.store import Store

__all__ = ["load", "load_articles", "series", "plot"]

#: Columns that `load()` turns into categories besides the contract's vocabularies.
_CATEGORY_COLUMNS = ["exporter", "importer", "unit", "lang", "source", "review"]
_FREQS = {"year": "Y", "half": None, "quarter": "Q", "month": "M", "day": "D", "span": None}


def _store(data_dir: str | Path | None) -> Store:
    from tracker.store import Store, default_store_path

    return Store.open(default_store_path(data_dir), read_only=True)


def load(data_dir: str | Path | None = None, *, include_rejected: bool = False,
         **filters: Any) -> pd.DataFrame:
    """The claims table from the store, with categories and dates as proper dtypes.

    data_dir defaults to $TRACKER_DATA_DIR, else data/clean. Filters are those of
    `tracker export` (indicator, partners, period, modality, commodity, exporter, importer).
    Raises tracker.store.StoreError when there is no readable store.
    """
    with _store(data_dir) as store:
        df = store.claims(include_rejected=include_rejected, **filters)
    for c in _CATEGORY_COLUMNS:
        if c in df.columns:
            df[c] = df[c].astype("category")
    for c, values in CATEGORIES.items():
        df[c] = df[c].astype(pd.CategoricalDtype(values))
    return df


def load_articles(data_dir: str | Path | None = None) -> pd.DataFrame:
    """The articles table: article_id, published (datetime64), source, url, title, lang, text."""
    with _store(data_dir) as store:
        return store.articles()


def _granularity(period: str) -> str:
    if "/" in period:
        return "span"
    if "-Q" in period:
        return "quarter"
    if "-H" in period:
        return "half"
    return {4: "year", 7: "month", 10: "day"}.get(len(period), "span")


def _in_unit(rows: pd.DataFrame, unit: str) -> pd.Series:
    """Row values expressed in `unit`: USD from value_usd, physical units through pint."""
    if unit == "USD":
        return rows["value_usd"].astype(float)
    from tracker.store import _comparable

    base, factor = _comparable(unit, 1.0)
    out = []
    for u, v in zip(rows["unit"].astype(str), rows["value"].astype(float)):
        b, x = _comparable(u, v)
        out.append(x / factor if b == base else float("nan"))
    return pd.Series(out, index=rows.index, dtype="float64")


def series(df: pd.DataFrame, indicator: str, exporter: str | None = None,
           importer: str | None = None, *, commodity: str | None = None,
           measure: str = "level", unit: str | None = None, basis: str | None = None,
           freq: str | None = None, modality: str | None = None) -> pd.DataFrame | pd.Series:
    """One figure per period for a flow, targets and forecasts kept apart from actuals.

    Returns a DataFrame indexed by period (sorted by period start, then end) with one
    column per modality (`actual`, `target`, `forecast`) or, when `modality` is given,
    that column as a Series. Money is in US dollars (value_usd) unless `unit` says
    otherwise; physical quantities are converted to `unit` (default: the most common).
    Where several figures disagree for a period, the one most articles state wins
    (ties: the latest published). `freq` keeps one granularity: year, half, quarter,
    month, day or span; year/quarter/month/day give a PeriodIndex.
    For bilateral_trade the two partners may be given in either order.
    """
    rows = df[df["indicator"].astype(str) == indicator]
    if indicator == "bilateral_trade" and exporter and importer:
        exporter, importer = sorted([exporter, importer])
    for col, want in (("exporter", exporter), ("importer", importer),
                      ("commodity", commodity), ("measure", measure), ("basis", basis)):
        if want is not None:
            rows = rows[rows[col].astype(str) == want]
    if freq is not None:
        if freq not in _FREQS:
            raise ValueError(f"freq must be one of {', '.join(_FREQS)}, not {freq!r}")
        rows = rows[rows["period"].astype(str).map(_granularity) == freq]
    rows = rows[rows["period"].astype(str) != ""]
    if unit is None:
        units = rows["unit"].astype(str)
        money = units.str.fullmatch(r"[A-Z]{3}")
        unit = "USD" if money.any() and money.mean() >= 0.5 else (
            units.mode().iloc[0] if len(units) else "USD")
    values = _in_unit(rows, unit)
    from tracker.store import _number_step

    steps = [_number_step(float(v), str(s)) or float("inf")
             for v, s in zip(rows["value"], rows["surface"])]
    rows = rows.assign(_v=values, _step=steps)[values.notna()]
    if "figure_id" in rows.columns and rows["figure_id"].astype(str).ne("").all():
        # A figure's value is its most precisely written statement ("240,1" over "240").
        rows = rows.sort_values(["_step", "claim_id"], kind="stable")
        fig = rows.groupby("figure_id", observed=True).agg(
            period=("period", "first"), modality=("modality", "first"),
            ps=("period_start", "first"), pe=("period_end", "first"),
            v=("_v", "first"), n=("article_id", "nunique"), last=("published", "max"))
    else:
        fig = rows.rename(columns={"period_start": "ps", "period_end": "pe", "_v": "v"}).assign(
            n=1, last=rows["published"])
    fig = fig.sort_values(["n", "last"], ascending=[False, False], kind="stable")
    best = fig.drop_duplicates(["period", "modality"], keep="first")
    best = best.assign(modality=best["modality"].astype(str))
    table = best.pivot(index="period", columns="modality", values="v")
    order = best.drop_duplicates("period").set_index("period")[["ps", "pe"]]
    table = table.reindex(order.sort_values(["ps", "pe"]).index)
    table = table.reindex(columns=[m for m in MODALITIES])
    table.columns.name = None
    code = _FREQS.get(freq or "")
    if code and len(table):
        table.index = pd.PeriodIndex(table.index, freq=code)
    table.index.name = "period"
    table.attrs["unit"] = unit
    if modality is not None:
        if modality not in MODALITIES:
            raise ValueError(f"modality must be one of {', '.join(MODALITIES)}, not {modality!r}")
        out = table[modality].dropna()
        out.name = f"{indicator} {exporter or '*'}->{importer or '*'} ({unit})"
        out.attrs["unit"] = unit
        return out
    return table


def plot(df: pd.DataFrame | None = None, indicator: str = "bilateral_trade",
         exporter: str | None = None, importer: str | None = None, **kwargs: Any) -> go.Figure:
    """A plotly figure of `series(...)`: actuals as a line, targets and forecasts as markers.

    df defaults to `load()`; other keyword arguments go to `series`.
    """
    import plotly.graph_objects as go

    if df is None:
        df = load()
    table = series(df, indicator, exporter, importer, **{k: v for k, v in kwargs.items()
                                                          if k != "modality"})
    unit = table.attrs.get("unit", "")
    x = [str(p) for p in table.index]
    fig = go.Figure()
    styles: dict[str, dict[str, Any]] = {"actual": dict(mode="lines+markers"),
              "target": dict(mode="markers", marker=dict(symbol="star", size=11)),
              "forecast": dict(mode="markers", marker=dict(symbol="diamond-open", size=10))}
    for modality in MODALITIES:
        col = table[modality]
        mask = col.notna()
        if mask.any():
            fig.add_trace(go.Scatter(x=[p for p, m in zip(x, mask) if m], y=col[mask].tolist(),
                                     name=modality, **styles[modality]))
    pair = f"{exporter or '*'} \u2192 {importer or '*'}"
    fig.update_layout(title=f"{indicator.replace('_', ' ')}, {pair}",
                      xaxis_title="period", yaxis_title=unit, template="plotly_white",
                      legend_title_text="modality")
    return fig
