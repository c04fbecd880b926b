"""Callbacks of the main page: filters -> chart, timeline, targets, table, CSV; a click ->
the article. Each reads the filters, asks `data` and `figures`, and returns."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from dash import Dash, Input, Output, Patch, State, ctx, dcc, no_update

from dashboards import components, data, figures, ids

#: Every control whose value is part of the URL, in the order of `_filters`' arguments.
FILTER_CONTROLS = [
    (ids.INDICATOR, "value"), (ids.PARTNERS, "value"), (ids.COMMODITY, "value"),
    (ids.MODALITY, "value"), (ids.LANG, "value"), (ids.OUTLET, "value"),
    (ids.PUBLISHED, "start_date"), (ids.PUBLISHED, "end_date"),
    (ids.UNIT, "value"), (ids.CURRENCY, "value"), (ids.VIEW, "value"),
]


def _filters(*values: Any) -> data.Filters:
    names = ["indicator", "partners", "commodity", "modality", "lang", "outlet",
             "published_from", "published_to", "unit", "currency", "view"]
    return data.Filters.from_controls(**dict(zip(names, values)))


#: The chart's own controls leave the rows (and so the timeline, targets and summary) alone.
_CHART_ONLY = {f"{ids.UNIT}.value", f"{ids.CURRENCY}.value"}


def _changed(triggered: Any, view: str) -> set[str]:
    """What to send again after these controls changed: any of "chart", "rows" (the timeline
    and the targets) and "summary". The browser redraws whatever it is sent, hidden or not:
    the table view gets only the summary, and coming back to the chart view redraws it all."""
    if view == "table":
        return {"summary"}
    props = set(triggered or ())
    if props and props <= _CHART_ONLY:
        return {"chart"}
    return {"chart", "rows", "summary"}  # a page's first call, a filter, or back from the table


def register(app: Dash) -> None:
    """Attach the page's callbacks to `app`."""

    @app.callback(
        Output(ids.CHART, "figure"), Output(ids.UNIT, "options"), Output(ids.UNIT, "value"),
        Output(ids.TARGETS, "children"), Output(ids.SUMMARY, "children"), Output(ids.QUERY, "data"),
        Output(ids.TIMELINE, "figure"), Output(ids.TABLE_QUERY, "data"),
        *[Input(c, p) for c, p in FILTER_CONTROLS],
        State(ids.SELECTION, "data"), State(ids.UNIT, "options"), State(ids.TABLE_QUERY, "data"),
    )
    def update_views(*values: Any) -> tuple[Any, ...]:
        f = _filters(*values[:len(FILTER_CONTROLS)])
        selection, shown_units, table_query = values[len(FILTER_CONTROLS):]
        view = data.overview(f)
        send = _changed(ctx.triggered_prop_ids, f.view)
        unit = view.unit or None
        rows_query = f.rows_only().to_query() if f.view == "table" else None
        chosen = tuple(selection.get("articles", [])) if selection else ()
        return (
            figures.chart_figure(view.points, view.unit, f.currency, view.reference, view.total_points)
            if "chart" in send else no_update,
            view.units if view.units != shown_units else no_update,
            unit if unit != values[FILTER_CONTROLS.index((ids.UNIT, "value"))] else no_update,
            components.targets_list(view.targets, view.total_targets) if "rows" in send else no_update,
            view.summary if "summary" in send else no_update,
            replace(f, unit=view.unit).to_query(),
            figures.timeline_figure(view.timeline, view.total_articles, chosen) if "rows" in send else no_update,
            rows_query if rows_query is not None and rows_query != table_query else no_update,
        )

    @app.callback(
        Output(ids.TIMELINE, "figure", allow_duplicate=True), Input(ids.SELECTION, "data"),
        prevent_initial_call=True,
    )
    def highlight_articles(selection: dict[str, Any] | None) -> Any:
        # only the highlight trace changes: the timeline is not rebuilt on a click. The store
        # announces its empty start too, maybe before the timeline is drawn: nothing to patch then
        if not selection:
            return no_update
        chosen = data.article_marks(data.articles(), list(selection.get("articles", [])))
        patch = Patch()
        patch["data"][1].update(figures.timeline_highlight(chosen))
        return patch

    @app.callback(
        Output(ids.SELECTION, "data"),
        Input(ids.CHART, "clickData"), Input(ids.TIMELINE, "clickData"),
        prevent_initial_call=True,
    )
    def select(chart_click: dict[str, Any] | None, timeline_click: dict[str, Any] | None) -> Any:
        click = chart_click if ctx.triggered_id == ids.CHART else timeline_click
        points = (click or {}).get("points") or []
        custom = points[0].get("customdata") if points else None
        if not custom:
            return no_update
        if ctx.triggered_id == ids.CHART:  # a figure: its first report, and every article stating it
            reports = data.figure_reports(data.claims(), custom)
            if reports.empty:
                return no_update
            return {"article_id": reports["article_id"].iloc[0], "claim_id": custom,
                    "articles": sorted(set(reports["article_id"]))}
        return {"article_id": custom, "claim_id": None, "articles": [custom]}

    @app.callback(Output(ids.ARTICLE, "children"), Input(ids.SELECTION, "data"), prevent_initial_call=True)
    def show_article(selection: dict[str, Any] | None) -> Any:
        if not selection:
            return components.article_view(None, [], set())
        claims = data.claims()
        record = data.article_record(data.articles(), claims, selection["article_id"])
        spans = data.highlight_spans(str(record["text"]), data.article_claims(claims, record["article_id"])) \
            if record else []
        claim_id = selection.get("claim_id")
        reports = data.figure_reports(claims, claim_id) if claim_id else None
        return components.article_view(record, spans, {claim_id} if claim_id else set(), reports)

    @app.callback(
        Output(ids.TABLE, "data"), Output(ids.TABLE, "page_count"),
        Input(ids.TABLE, "page_current"), Input(ids.TABLE, "page_size"),
        Input(ids.TABLE, "sort_by"), Input(ids.TABLE, "filter_query"), Input(ids.TABLE_QUERY, "data"),
    )
    def update_table(page: int | None, size: int | None, sort_by: list[dict[str, str]] | None,
                     filter_query: str | None, rows_query: str | None) -> tuple[Any, ...]:
        if rows_query is None:  # the chart view
            return no_update, no_update
        rows = data.filtered_claims(data.Filters.from_query(rows_query))
        records, pages, _ = data.table_page(rows, page or 0, size or 25, filter_query, sort_by)
        return records, pages

    @app.callback(
        Output(ids.DOWNLOAD, "data"), Input(ids.DOWNLOAD_BUTTON, "n_clicks"),
        *[State(c, p) for c, p in FILTER_CONTROLS[:8]],
        prevent_initial_call=True,
    )
    def download(n_clicks: int, *values: Any) -> Any:
        rows = data.export_frame(data.filtered_claims(_filters(*values)))
        return dcc.send_data_frame(rows.to_csv, "claims.csv", index=False)

    app.clientside_callback(
        """
        function(view) {
            const hidden = {display: "none"};
            return [view === "table" ? hidden : {}, view === "table" ? {} : hidden];
        }
        """,
        Output(ids.CHART_VIEW, "style"), Output(ids.TABLE_VIEW, "style"), Input(ids.VIEW, "value"),
        prevent_initial_call=True,
    )

    # The URL follows the filters without a page reload: replaceState fires no event
    # that Dash's router listens to, so the page is not rebuilt.
    app.clientside_callback(
        """
        function(query) {
            if (typeof query === "string" && window.location.search !== query) {
                window.history.replaceState(null, "", window.location.pathname + query);
            }
            return window.dash_clientside.no_update;
        }
        """,
        Output("url-sync", "children"), Input(ids.QUERY, "data"),
    )
