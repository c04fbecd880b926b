"""Reusable layout pieces. Article text is always passed to Dash as plain strings, which
React renders as text: an article holding HTML or a <script> shows it and runs nothing."""
from __future__ import annotations

import warnings
from typing import Any

import pandas as pd
from dash import dash_table, dcc, html

from dashboards import ids
from dashboards.data import TABLE_COLUMNS, Filters, article_href

FILTER_LABELS = {
    "indicator": ("Indicator", ids.INDICATOR),
    "partners": ("Partners", ids.PARTNERS),
    "commodity": ("Commodity", ids.COMMODITY),
    "modality": ("Modality", ids.MODALITY),
    "lang": ("Language", ids.LANG),
    "outlet": ("Outlet", ids.OUTLET),
}


def header() -> html.Header:
    """The title bar shown on every page."""
    return html.Header(className="top", children=[
        dcc.Link("Trade figures tracker", href="/", className="brand"),
        html.Span("figures about trade and energy flows, as the news reported them", className="tagline"),
    ])


def filter_panel(f: Filters, options: dict[str, list[dict[str, str]]],
                 bounds: tuple[str | None, str | None]) -> html.Div:
    """Dropdowns for every list filter and the publication-date range, set from `f`."""
    controls: list[Any] = []
    for name, (label, cid) in FILTER_LABELS.items():
        opts = list(options.get(name, []))
        present = {o["value"] for o in opts}
        # a bookmarked value no longer in the data stays visible, so the state is honest
        opts += [{"label": v, "value": v} for v in getattr(f, name) if v not in present]
        controls.append(html.Div(className="control", children=[
            html.Label(label, htmlFor=cid),
            dcc.Dropdown(id=cid, options=opts, value=list(getattr(f, name)), multi=True,
                         placeholder="all"),
        ]))
    controls.append(html.Div(className="control", children=[
        html.Label("Published", htmlFor=ids.PUBLISHED),
        dcc.DatePickerRange(id=ids.PUBLISHED, start_date=f.published_from or None,
                            end_date=f.published_to or None, min_date_allowed=bounds[0],
                            max_date_allowed=bounds[1], initial_visible_month=bounds[1],
                            display_format="YYYY-MM-DD", clearable=True),
    ]))
    return html.Div(className="filters", children=controls)


def chart_controls(f: Filters, units: list[str]) -> html.Div:
    """The chart's unit (one of `units`) and its money display (USD or the currency as written)."""
    return html.Div(className="chart-controls", children=[
        html.Label("Unit", htmlFor=ids.UNIT),
        dcc.Dropdown(id=ids.UNIT, options=units, value=f.unit if f.unit in units else None, clearable=False,
                     className="unit-dropdown"),
        dcc.RadioItems(id=ids.CURRENCY, value=f.currency, inline=True, options=[
            {"label": "money in USD", "value": "usd"},
            {"label": "original currency", "value": "original"},
        ]),
    ])


def highlighted_text(text: str, spans: list[tuple[int, int, str]], focus: set[str]) -> list[Any]:
    """The text as strings and <mark>s around each figure; the focused ones carry class `focus`.

    >>> [type(c).__name__ for c in highlighted_text("a 1 b", [(2, 3, "c")], set())]
    ['str', 'Mark', 'str']
    """
    parts: list[Any] = []
    pos = 0
    for start, end, claim_id in spans:
        if start > pos:
            parts.append(text[pos:start])
        parts.append(html.Mark(text[start:end], title=claim_id,
                               className="figure focus" if claim_id in focus else "figure"))
        pos = end
    if pos < len(text):
        parts.append(text[pos:])
    return parts


def _safe_url(url: str) -> str | None:
    """Only web links become hrefs: a `javascript:` URL in an article stays text."""
    return url if url.lower().startswith(("http://", "https://")) else None


def article_view(record: dict[str, Any] | None, spans: list[tuple[int, int, str]],
                 focus: set[str], reports: pd.DataFrame | None = None) -> html.Div:
    """An article's metadata and its text with every figure highlighted.

    `reports` (rows of the same figure in other articles) lists who else stated it.
    """
    if record is None:
        return html.Div("Choose a point on the chart or an article on the timeline to read it here.",
                        className="article placeholder")
    published = record["published"]
    meta = [html.Span(str(record["source"]) or "unknown outlet", className="outlet"),
            html.Span(f"{published:%Y-%m-%d}" if pd.notna(published) else "undated", className="date"),
            html.Span(str(record["lang"]), className="lang")]
    href = _safe_url(str(record["url"]))
    if href:
        meta.append(html.A("original", href=href, target="_blank", rel="noopener noreferrer"))
    children: list[Any] = [
        html.H3(str(record["title"]) or str(record["article_id"]), className="article-title"),
        html.Div(meta, className="article-meta"),
    ]
    if reports is not None and len(reports) > 1:
        children.append(html.Div(className="reports", children=[
            html.Span(f"This figure was reported by {reports['article_id'].nunique()} articles: "),
            html.Ul([html.Li(dcc.Link(f"{s} ({d:%Y-%m-%d}): {surface}" if pd.notna(d) else f"{s}: {surface}",
                                      href=article_href(a, c)))
                     for a, c, s, d, surface in zip(reports["article_id"], reports["claim_id"],
                                                    reports["source"].astype(str), reports["published"],
                                                    reports["surface"])]),
        ]))
    text = str(record["text"])
    if text:
        children.append(html.Div(highlighted_text(text, spans, focus), className="article-text"))
    else:
        children.append(html.P("The store has no text for this article.", className="placeholder"))
    return html.Div(children, id=f"article-{record['article_id']}", className="article")


def targets_list(frame: pd.DataFrame, total: int) -> html.Div:
    """Targets and forecasts against what was later reported, one sentence each."""
    if frame.empty:
        return html.Div("No target or forecast in this selection.", className="placeholder")
    items = [html.Li(text, className="gap-" + ("none" if pd.isna(gap) else "over" if gap >= 0 else "under"))
             for text, gap in zip(frame["text"], frame["gap"])]
    more = [html.P(f"… and {total - len(frame):,} more: narrow the filters.")] if total > len(frame) else []
    return html.Div([html.Ul(items, className="targets-list"), *more])


TABLE_LABELS = {"value_usd": "value (USD)", "article": "article"}


def claims_table(page_size: int = 25) -> dash_table.DataTable:
    """The sortable, filterable table; pages, sorting and filtering run on the server."""
    columns = []
    for c in TABLE_COLUMNS:
        col: dict[str, Any] = {"name": TABLE_LABELS.get(c, c), "id": c}
        if c == "article":
            col["presentation"] = "markdown"
        elif c in ("value", "value_usd"):
            col["type"] = "numeric"
        elif c == "published":
            col["type"] = "datetime"
        columns.append(col)
    with warnings.catch_warnings():
        # Dash 4 announces DataTable's move out of the core; dash-ag-grid is not a dependency
        warnings.simplefilter("ignore", DeprecationWarning)
        return _data_table(columns, page_size)


def _data_table(columns: list[dict[str, Any]], page_size: int) -> dash_table.DataTable:
    return dash_table.DataTable(
        id=ids.TABLE, columns=columns, data=[], page_current=0, page_size=page_size, page_count=1,
        page_action="custom", sort_action="custom", sort_mode="multi", sort_by=[],
        filter_action="custom", filter_query="",
        markdown_options={"html": False, "link_target": "_self"},
        style_table={"overflowX": "auto"},
        style_cell={"fontSize": "13px", "padding": "4px 6px", "maxWidth": "320px",
                    "overflow": "hidden", "textOverflow": "ellipsis", "textAlign": "left"},
        style_header={"fontWeight": "600"},
    )
