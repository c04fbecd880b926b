"""Pure chart builders: prepared DataFrames (from `dashboards.data`) in, Plotly figures out.

A figure is a plain dict ({"data": [trace, ...], "layout": {...}}), as Plotly.js reads it:
building `go.Figure`s validated every property of every trace on every filter change, which
cost more than the queries behind them. The tests validate the dicts through `go.Figure`.
"""
from __future__ import annotations

import html
from typing import Any

import numpy as np
import pandas as pd

from dashboards.data import REFERENCE_TOLERANCE

Figure = dict[str, Any]

#: How each modality looks: a person tells an outcome from a goal and a forecast at a glance.
MODALITY_STYLE = {
    "actual": {"symbol": "circle", "dash": "solid", "color": "#1f5fa8", "label": "actual"},
    "target": {"symbol": "diamond-open", "dash": "dash", "color": "#c0392b", "label": "target"},
    "forecast": {"symbol": "triangle-up-open", "dash": "dot", "color": "#d68910", "label": "forecast"},
}
#: A light look without a template (Plotly.js's own defaults, as plotly.py's "none" gives).
_PLAIN = {"plot_bgcolor": "white", "paper_bgcolor": "white",
          "font": {"family": "system-ui, sans-serif", "size": 12, "color": "#2a3f5f"}}
_GRID = {"gridcolor": "#ebf0f8", "zerolinecolor": "#ebf0f8", "linecolor": "#c8d4e3"}
REFERENCE_COLOR = "#222222"
OFF_REFERENCE_COLOR = "#e74c3c"


def _unit_title(unit: str, currency: str) -> str:
    if unit == "USD" and currency == "usd":
        return "US dollars (converted at the period's rate)"
    return {"percent": "percent", "pp": "percentage points"}.get(unit, unit)


def _days(dates: pd.Series) -> np.ndarray:
    """Dates as "YYYY-MM-DD" strings (None when missing), as Plotly reads them."""
    out = dates.dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
    out[pd.isna(dates).to_numpy()] = None
    return out


def _scatter(**props: Any) -> dict[str, Any]:
    return {"type": "scatter", **props}


def _empty(message: str, traces: list[dict[str, Any]] | None = None) -> Figure:
    return {"data": traces or [], "layout": {
        **_PLAIN, "height": 420, "margin": {"l": 40, "r": 20, "t": 30, "b": 40},
        "xaxis": {"visible": False}, "yaxis": {"visible": False},
        "annotations": [{"text": message, "showarrow": False, "xref": "paper", "yref": "paper",
                         "x": 0.5, "y": 0.5, "font": {"size": 15, "color": "#666"}}],
    }}


def chart_figure(points: pd.DataFrame, unit: str, currency: str = "usd",
                 reference: pd.DataFrame | None = None, total: int | None = None) -> Figure:
    """The time chart: each figure at its period (a span drawn as a horizontal segment),
    one trace per modality; the official series as a line; claims off it by more than 5% ringed.

    `points` is `data.chart_points(...)[0]`; `reference` is `data.reference_series(...)`.
    """
    if points.empty:
        return _empty("No figures for this selection")
    # SVG traces only: data.MAX_POINTS keeps them light, and WebGL is not there in every
    # browser (and where it is emulated, drawing costs as much as SVG's)
    traces: list[dict[str, Any]] = []
    shapes: list[dict[str, Any]] = []
    # arrays once, then a mask a modality: a few hundred points, pandas' overhead would dominate
    modality = points["modality"].to_numpy(dtype=object)
    first, last, mid = _days(points["period_start"]), _days(points["period_end"]), _days(points["mid"])
    y = points["y"].to_numpy(dtype=float)
    span = (points["period_end"] > points["period_start"]).to_numpy()
    claim_ids, hover = points["claim_id"].to_numpy(dtype=object), points["hover"].to_numpy(dtype=object)
    size = 8 + 3 * np.log2(points["n"].to_numpy(dtype=float))
    for name, style in MODALITY_STYLE.items():
        part = modality == name
        if not part.any():
            continue
        spans = part & span
        if spans.any():
            # every span of a modality in one SVG path, from its first day to its last: a
            # line trace with gaps draws a path per segment, which costs the browser more
            segments = "".join(f"M{a},{v!r}L{b},{v!r}" for a, b, v in zip(first[spans], last[spans], y[spans].tolist()))
            shapes.append({"type": "path", "name": f"{style['label']} period", "path": segments,
                           "xref": "x", "yref": "y", "layer": "below",
                           "line": {"color": style["color"], "dash": style["dash"], "width": 3}})
        traces.append(_scatter(
            x=mid[part], y=y[part], mode="markers", name=style["label"], legendgroup=name,
            customdata=claim_ids[part], hovertext=hover[part], hovertemplate="%{hovertext}<extra></extra>",
            marker={"symbol": style["symbol"], "color": style["color"], "size": size[part],
                    "line": {"width": 2, "color": style["color"]}},
        ))
    if reference is not None and not reference.empty:
        for (source, _pair, _commodity), series in reference.groupby(["source", "_pair", "commodity"], sort=False):
            middle = series["period_start"] + (series["period_end"] - series["period_start"]) / 2
            label = f"official: {source}"
            traces.append(_scatter(
                x=_days(middle), y=series["value"].to_numpy(dtype=float), mode="lines+markers",
                name=label if len(label) < 60 else label[:57] + "…",
                line={"color": REFERENCE_COLOR, "width": 2}, marker={"symbol": "square", "size": 7},
                # claims often sit on the official point: hovering and clicking go to them, and
                # their hover states the official figure
                hoverinfo="skip",
            ))
    off = np.abs(points["ref_gap"].to_numpy(dtype=float)) > REFERENCE_TOLERANCE  # NaN: not compared
    if off.any():
        traces.append(_scatter(
            x=mid[off], y=y[off], mode="markers", name="differs >5% from official", hoverinfo="skip",
            marker={"symbol": "circle-open", "size": 22, "color": OFF_REFERENCE_COLOR,
                    "line": {"width": 3, "color": OFF_REFERENCE_COLOR}},
        ))
    layout: dict[str, Any] = {
        **_PLAIN, "height": 440, "margin": {"l": 60, "r": 20, "t": 20, "b": 90},
        "xaxis": {"type": "date", "title": {"text": "period of the figure"}, **_GRID},
        "yaxis": {"title": {"text": _unit_title(unit, currency)}, "rangemode": "tozero", **_GRID},
        "legend": {"orientation": "h", "y": -0.2, "yanchor": "top"},
        "hovermode": "closest", "clickmode": "event", "uirevision": f"{unit}|{currency}", "shapes": shapes,
    }
    if total is not None and total > len(points):
        layout["title"] = {"text": f"the {len(points):,} latest of {total:,} figures: narrow the filters to see the rest",
                           "font": {"size": 13}}
        layout["margin"]["t"] = 40
    return {"data": traces, "layout": layout}


HIGHLIGHT = "selected figure's articles"


def timeline_figure(timeline: pd.DataFrame, total: int | None = None,
                    highlight: tuple[str, ...] | None = None) -> Figure:
    """Articles by publication date, one lane per outlet; trace 1 rings the highlighted ones
    (it is always there, so a selection can update it alone: see `timeline_highlight`).

    `timeline` and `total` are `data.article_timeline(...)`; a capped timeline says so. The
    ringed articles are those of `highlight` when given, else the timeline's `highlighted` rows.
    """
    if timeline.empty:
        return _empty("No articles for this selection", [_scatter(x=[], y=[], name="articles", visible=False),
                                                          _scatter(x=[], y=[], name=HIGHLIGHT, visible=False)])
    hover = [f"{html.escape(str(t) or a)}<br>{html.escape(s)}, {d:%Y-%m-%d}<br>{n} figure{'s' if n != 1 else ''}"
             if pd.notna(d) else f"{html.escape(str(t) or a)}<br>{html.escape(s)}, undated"
             for a, t, s, d, n in zip(timeline["article_id"], timeline["title"], timeline["source"],
                                      timeline["published"], timeline["n"])]
    articles = _scatter(
        x=_days(timeline["published"]), y=timeline["source"].to_numpy(dtype=object), mode="markers",
        name="articles", customdata=timeline["article_id"].to_numpy(dtype=object),
        hovertext=np.array(hover, dtype=object), hovertemplate="%{hovertext}<extra></extra>",
        marker={"size": 8 + 2 * np.log2(np.maximum(timeline["n"].to_numpy(dtype=float), 1)),
                "color": "#5d6d7e", "symbol": "square"},
    )
    chosen = timeline["article_id"].isin(highlight) if highlight is not None else timeline["highlighted"]
    ringed = _scatter(
        mode="markers", name=HIGHLIGHT, hoverinfo="skip", **timeline_highlight(timeline[chosen]),
        marker={"size": 18, "symbol": "square-open", "color": "#d68910", "line": {"width": 3}},
    )
    lanes = timeline["source"].nunique()
    layout: dict[str, Any] = {
        **_PLAIN, "height": max(220, min(600, 60 + 28 * lanes)),
        "margin": {"l": 10, "r": 10, "t": 10, "b": 30}, "showlegend": False,
        "xaxis": {"type": "date", **_GRID},
        "yaxis": {"automargin": True, "type": "category", **_GRID},
        "hovermode": "closest", "clickmode": "event", "uirevision": "timeline",
    }
    if total is not None and total > len(timeline):
        layout["title"] = {"text": f"the {len(timeline):,} latest of {total:,} articles", "font": {"size": 12}}
        layout["margin"]["t"] = 30
    return {"data": [articles, ringed], "layout": layout}


def timeline_highlight(articles: pd.DataFrame) -> dict[str, list[str]]:
    """The data of the timeline's highlight trace for these articles (published, source,
    article_id), as plain lists for a Dash Patch."""
    return {"x": [d.strftime("%Y-%m-%d") for d in articles["published"] if pd.notna(d)],
            "y": [str(s) for s, d in zip(articles["source"], articles["published"]) if pd.notna(d)],
            "customdata": [str(a) for a, d in zip(articles["article_id"], articles["published"]) if pd.notna(d)]}
