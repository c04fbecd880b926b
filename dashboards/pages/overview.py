"""The main page: filters, the time chart beside the article timeline, the article reader,
targets against outcomes, and the table view; the whole state lives in the URL."""
from __future__ import annotations

from typing import Any

from dash import dcc, html

from dashboards import components, data, ids

PATH = "/"
TITLE = "Trade figures tracker"


def layout(**query: Any) -> html.Div:
    """The page for a URL query (Dash passes the query string's parameters)."""
    f = data.Filters.from_query(query)
    claims = data.claims()
    return html.Div(className="page", children=[
        dcc.Store(id=ids.QUERY, data=f.to_query()),
        dcc.Store(id=ids.SELECTION, data=None),
        # the table asks for rows only while it is shown (the chart view sends one request a change)
        dcc.Store(id=ids.TABLE_QUERY, data=f.rows_only().to_query() if f.view == "table" else None),
        html.Div(id="url-sync", hidden=True),
        components.filter_panel(f, data.filter_options(claims), data.published_bounds(claims)),
        html.Div(className="summary-bar", children=[
            html.Span(id=ids.SUMMARY, className="summary"),
            html.Button("Download CSV", id=ids.DOWNLOAD_BUTTON, n_clicks=0, className="button"),
            dcc.Download(id=ids.DOWNLOAD),
        ]),
        # both views stay in the page (only hidden), so every callback always has its outputs
        dcc.Tabs(id=ids.VIEW, value=f.view, children=[dcc.Tab(label="Chart", value="chart"),
                                                      dcc.Tab(label="Table", value="table")]),
        html.Div(id=ids.CHART_VIEW, style=_shown(f.view == "chart"), children=[
            html.Div(className="chart-row", children=[
                html.Div(className="chart-col", children=[
                    components.chart_controls(f, data.unit_options(data.selection(f), f.currency)),
                    # not `responsive`: its resize observer costs every redraw (a graph
                    # drawn while its view is hidden still fits once shown: tested)
                    dcc.Graph(id=ids.CHART, config={"displaylogo": False}),
                ]),
                html.Div(className="timeline-col", children=[
                    html.H4("Articles, by publication date"),
                    dcc.Graph(id=ids.TIMELINE, config={"displayModeBar": False}),
                ]),
            ]),
            html.Div(className="lower-row", children=[
                html.Div(className="article-col", children=[
                    html.H4("Article"),
                    html.Div(id=ids.ARTICLE, children=components.article_view(None, [], set())),
                ]),
                html.Div(className="targets-col", children=[
                    html.H4("Targets and forecasts against outcomes"),
                    html.Div(id=ids.TARGETS),
                ]),
            ]),
        ]),
        html.Div(id=ids.TABLE_VIEW, style=_shown(f.view == "table"), children=[components.claims_table()]),
    ])


def _shown(visible: bool) -> dict[str, str]:
    return {} if visible else {"display": "none"}
