"""One article on its own page, every figure highlighted (the table view links here)."""
from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from dash import dcc, html

from dashboards import components, data

PATH_TEMPLATE = "/article/<article_id>"
TITLE = "Article · Trade figures tracker"


def layout(article_id: str | None = None, claim: str | None = None, **_: Any) -> html.Div:
    """The article named in the path; `?claim=ID` marks that figure as the focus."""
    article_id = unquote(article_id or "")
    claims = data.claims()
    record = data.article_record(data.articles(), claims, article_id)
    if record is None:
        return html.Div(className="page", children=[
            html.P(f"No article {article_id!r} in the store."), dcc.Link("back to the dashboard", href="/")])
    rows = data.article_claims(claims, record["article_id"])
    spans = data.highlight_spans(str(record["text"]), rows)
    reports = data.figure_reports(claims, claim) if claim else None
    return html.Div(className="page", children=[
        dcc.Link("← back to the dashboard", href="/"),
        components.article_view(record, spans, {claim} if claim else set(), reports),
    ])
