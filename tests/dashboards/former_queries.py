"""The dashboard's former queries, DataFrame-based (as they were before the positional
index): the reference the index's results are compared against in test_dash_queries.py."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from dashboards import data
from dashboards.data import LIST_FILTERS, REFERENCE_TOLERANCE, Filters, _empty_reference, _iso, format_amount, format_gap

def filter_claims(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The rows that pass every filter (the chart's unit and currency are not filters)."""
    mask = pd.Series(True, index=df.index)
    for name, column in LIST_FILTERS.items():
        chosen = getattr(f, name)
        if chosen:
            mask &= df[column].isin(chosen)
    if f.published_from:
        mask &= df["published"] >= pd.Timestamp(f.published_from)
    if f.published_to:
        mask &= df["published"] < pd.Timestamp(f.published_to) + pd.Timedelta(days=1)
    return df[mask] if not mask.all() else df



def chart_units(df: pd.DataFrame, currency: str) -> pd.Series:
    """The y-axis unit of each row: money collapses to USD unless the original currency is asked."""
    return df["_usd_unit"] if currency == "usd" else df["unit"]


def unit_options(df: pd.DataFrame, currency: str) -> list[str]:
    """Units that the chart can show for these rows, most frequent first, USD ahead."""
    counts = chart_units(df, currency).value_counts()
    units = [str(u) for u, n in counts.items() if n and u]
    if "USD" in units:
        units.remove("USD")
        units.insert(0, "USD")
    return units


def chart_points(df: pd.DataFrame, f: Filters, reference: pd.DataFrame | None = None
                 ) -> tuple[pd.DataFrame, str, int]:
    """One row per figure in the chosen unit, with every report of it.

    Returns (points, unit, total): points has indicator, _pair, commodity, modality, y,
    period_start, period_end, mid, period, claim_id and article_id (of the first report),
    n (reports), reports and hover (the reports' surface, outlet and date), ref_value (the
    official figure for the same flow and span) and ref_gap (an actual's percent off it;
    NaN when none). Only the MAX_POINTS latest periods are kept; `total` counts them all.
    """
    units = unit_options(df, f.currency)
    unit = f.unit if f.unit in units else (units[0] if units else "")
    y = df["value_usd"].where(df["_money"], df["value"]) if f.currency == "usd" else df["value"]
    keep = ((chart_units(df, f.currency) == unit) & df["period_start"].notna() & y.notna()).to_numpy()
    if not keep.any():
        return _empty_points(), unit, 0
    # numpy on positions, so that only the rows drawn are taken out of the frame
    rows = np.flatnonzero(keep)
    rows = rows[np.argsort(df["published"].to_numpy()[rows], kind="stable")]  # oldest report first
    figs = df["_figure"].to_numpy()[rows]
    uniq, first, counts = np.unique(figs, return_index=True, return_counts=True)
    points = df[_POINT_COLUMNS].iloc[rows[first]].set_index(pd.Index(uniq, name="_figure"))
    points["y"] = y.to_numpy()[rows[first]]
    points["n"] = counts
    total = len(points)
    if total > data.MAX_POINTS:
        points = points.sort_values("period_start", ascending=False, kind="stable").head(data.MAX_POINTS)
        drawn = np.isin(figs, points.index.to_numpy())
        rows, figs = rows[drawn], figs[drawn]
    points["reports"] = _reports(figs, df["_report"].to_numpy()[rows], points)
    points["mid"] = points["period_start"] + (points["period_end"] - points["period_start"]) / 2
    for c in ["indicator", "_pair", "commodity", "modality"]:
        points[c] = points[c].astype(str)
    points["ref_value"] = _reference_values(points, unit, reference)
    # a target or forecast is no claim about the measured figure: only actuals are checked
    points["ref_gap"] = ((points["y"] / points["ref_value"] - 1) * 100).where(points["modality"] == "actual")
    notes = [_ref_note(v, g, unit) for v, g in zip(points["ref_value"], points["ref_gap"])]
    points["hover"] = (points["reports"] + "<br>" + points["modality"] + ", period " + points["period"]
                       + pd.Series(notes, index=points.index, dtype=object))
    return points.reset_index(names="figure"), unit, total


_POINT_COLUMNS = ["indicator", "_pair", "commodity", "exporter", "importer", "modality", "period",
                  "period_start", "period_end", "claim_id", "article_id"]
#: Reports listed in a point's hover; the rest are counted.
_HOVER_REPORTS = 8


def _reports(figures: Any, lines: Any, points: pd.DataFrame) -> list[str]:
    """Each point's hover lines: its first reports, oldest first, then how many more."""
    shown: dict[int, list[str]] = {}
    for fig, line in zip(figures.tolist(), lines.tolist()):
        got = shown.setdefault(fig, [])
        if len(got) < _HOVER_REPORTS:
            got.append(line)
    out = []
    for fig, n in zip(points.index.tolist(), points["n"].tolist()):
        text = "<br>".join(shown.get(fig, []))
        out.append(text + (f"<br>… and {n - _HOVER_REPORTS} more" if n > _HOVER_REPORTS else ""))
    return out


def _empty_points() -> pd.DataFrame:
    cols = ["figure", "indicator", "_pair", "commodity", "exporter", "importer", "modality", "y",
            "period", "period_start", "period_end", "claim_id", "article_id", "n", "reports", "mid",
            "ref_value", "ref_gap", "hover"]
    return pd.DataFrame({c: [] for c in cols})


def _html_escape(s: pd.Series) -> pd.Series:
    """Plotly hover labels read a few HTML tags: an article's text must show, not act."""
    return (s.astype(str).str.replace("&", "&amp;", regex=False)
            .str.replace("<", "&lt;", regex=False).str.replace(">", "&gt;", regex=False))


def _ref_note(ref_value: float, gap: float, unit: str) -> str:
    if pd.isna(ref_value):
        return ""
    note = f"<br>official figure {format_amount(ref_value, unit)}"
    if pd.notna(gap):
        note += f": this one is {format_gap(gap / 100)} off"
        note += " (more than 5%)" if abs(gap) > REFERENCE_TOLERANCE else ""
    return note


_REF_KEY = ["indicator", "_pair", "commodity", "period_start", "period_end"]


def reference_series(reference: pd.DataFrame | None, points: pd.DataFrame, unit: str) -> pd.DataFrame:
    """The official rows in the chart's unit for the flows the chart shows."""
    if reference is None or reference.empty or points.empty:
        return _empty_reference()
    ref = reference[reference["unit"] == unit]
    flows = points[["indicator", "_pair", "commodity"]].drop_duplicates()
    ref = ref.merge(flows, on=["indicator", "_pair", "commodity"], how="inner")
    return ref.sort_values("period_start")


def _reference_values(points: pd.DataFrame, unit: str, reference: pd.DataFrame | None) -> pd.Series:
    """The official figure for each point's flow and exact span (NaN when there is none)."""
    ref = reference_series(reference, points, unit)
    if ref.empty:
        return pd.Series(float("nan"), index=points.index)
    ref = ref.drop_duplicates(_REF_KEY)[_REF_KEY + ["value"]]
    merged = points[_REF_KEY].merge(ref, on=_REF_KEY, how="left")
    return pd.Series(merged["value"].to_numpy(dtype=float), index=points.index)


def article_timeline(df: pd.DataFrame, highlight: tuple[str, ...] = ()) -> tuple[pd.DataFrame, int]:
    """The articles stating these rows, one row each (article_id, published, source, title,
    n figures, highlighted), oldest first: the MAX_ARTICLES latest of `total`."""
    if df.empty:
        return pd.DataFrame({c: [] for c in ["article_id", "published", "source", "title", "n", "highlighted"]}), 0
    g = df.groupby("article_id", sort=False, observed=True)
    out = g.agg(published=("published", "first"), source=("source", "first"),
                title=("title", "first"), n=("claim_id", "size")).reset_index()
    total = len(out)
    out["source"] = out["source"].astype(str)
    out = out.sort_values("published", ascending=False, kind="stable").head(data.MAX_ARTICLES)
    out["highlighted"] = out["article_id"].isin(highlight)
    return out.sort_values("published", kind="stable").reset_index(drop=True), total



def targets_vs_outcomes(df: pd.DataFrame, limit: int | None = None) -> tuple[pd.DataFrame, int]:
    """Each target or forecast level next to the first actual reported after it for the same
    flow and period, with the gap in words.

    Returns (frame, total): frame has figure, modality, period, stated, target, outcome,
    reported, gap (ratio, NaN when nothing comparable was reported since) and text,
    latest periods first, the first `limit` of `total` goals.
    """
    cols = ["figure", "modality", "period", "stated", "target", "outcome", "reported", "gap", "text"]
    needed = ["_figure", "_flow", "modality", "period", "period_start", "value", "unit", "value_usd", "published"]
    levels = df.loc[(df["measure"] == "level") & df["period_start"].notna(), needed]
    goals = levels[levels["modality"].isin(["target", "forecast"]) & levels["published"].notna()]
    if goals.empty:
        return pd.DataFrame({c: [] for c in cols}), 0
    goals = (goals.sort_values("published", kind="stable").drop_duplicates("_figure")
             .rename(columns={"_figure": "figure", "published": "stated"}))
    actual = levels[(levels["modality"] == "actual") & levels["published"].notna()]
    actual = (actual[["_flow", "published", "value", "unit", "value_usd"]]
              .rename(columns={"published": "reported", "value": "a_value", "unit": "a_unit", "value_usd": "a_usd"})
              .sort_values("reported", kind="stable"))
    # the first actual of the same flow and span published strictly after the goal was stated
    out = pd.merge_asof(goals.sort_values("stated", kind="stable"), actual, left_on="stated",
                        right_on="reported", by="_flow", direction="forward", allow_exact_matches=False)
    total = len(out)
    out = out.sort_values(["period_start", "stated"], ascending=[False, True], kind="stable")
    if limit is not None:
        out = out.head(limit)
    same = out["unit"].astype(str) == out["a_unit"].astype(str)
    target_v = out["value"].where(same | out["a_value"].isna(), out["value_usd"])
    target_u = out["unit"].astype(str).where(same | out["a_value"].isna(), "USD")
    actual_v = out["a_value"].where(same, out["a_usd"])
    out = out.assign(gap=actual_v / target_v - 1, modality=out["modality"].astype(str))
    out["target"] = [format_amount(v, u) for v, u in zip(target_v, target_u)]
    out["outcome"] = [format_amount(v, u) if pd.notna(v) else "" for v, u in zip(actual_v, target_u)]
    texts = []
    for r in out.itertuples():
        head = f"{r.modality} {r.target} for {r.period}, stated {_iso(r.stated)}"
        if pd.isna(r.gap):
            texts.append(f"{head}; no outcome reported since")
        else:
            texts.append(f"{head}; reported {r.outcome} on {_iso(r.reported)}: {format_gap(r.gap)}")
    out["text"] = texts
    return out.reset_index(drop=True)[cols], total


# --------------------------------------------------------------------------- the table


def summary(df: pd.DataFrame, total: int) -> str:
    """"12 of 40 claims, from 3 articles"."""
    articles_n = df["article_id"].nunique() if len(df) else 0
    return f"{len(df):,} of {total:,} claims, from {articles_n:,} article{'s' if articles_n != 1 else ''}"
