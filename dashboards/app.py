"""The Dash app: `create_app(data_dir)` builds it; `python -m dashboards.app` serves it.

`app` and `server` are module attributes (for `python -m` and WSGI servers), built on
first access so that importing this module does nothing.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dash
from dash import Dash, html

from dashboards import components, data
from dashboards.callbacks import overview as overview_callbacks
from dashboards.pages import article, overview


#: Dash's renderer needs babel-polyfill (for its regenerator runtime), whose core-js 2 finds
#: the browser's String.prototype.trim, parseInt and parseFloat "broken" (U+180E stopped
#: being a space in ES2016) and swaps in slower JavaScript versions. Plotly calls them for
#: every color it parses, a few times per point drawn: a fifth of a filter change's redraw.
#: The page saves the browser's own in <head>, before any script; assets/natives.js puts
#: them back once the polyfill has run.
SAVE_NATIVES = ("window.__trackerNatives = {trim: String.prototype.trim, trimStart: String.prototype.trimStart, "
                "trimEnd: String.prototype.trimEnd, parseInt: window.parseInt, parseFloat: window.parseFloat};")

INDEX_STRING = """<!DOCTYPE html>
<html>
    <head>
        <script>%s</script>
        {%%metas%%}
        <title>{%%title%%}</title>
        {%%favicon%%}
        {%%css%%}
    </head>
    <body>
        {%%app_entry%%}
        <footer>
            {%%config%%}
            {%%scripts%%}
            {%%renderer%%}
        </footer>
    </body>
</html>""" % SAVE_NATIVES


def create_app(data_dir: str | os.PathLike[str] | None = None,
               reference_dir: str | os.PathLike[str] | None = None) -> Dash:
    """A dashboard over the store in `data_dir` (default: $TRACKER_DATA_DIR or data/clean).

    Official series come from `reference_dir` (default: DATA_DIR/../reference). Nothing
    is read until the first page is requested.
    """
    folder = data.resolve_data_dir(data_dir)
    app = Dash(__name__, use_pages=True, pages_folder="", suppress_callback_exceptions=True,
               title=overview.TITLE, assets_folder=str(Path(__file__).with_name("assets")),
               update_title=None, index_string=INDEX_STRING)
    app.server.config["TRACKER_DATA_DIR"] = str(folder)
    app.server.config["TRACKER_REFERENCE_DIR"] = str(data.resolve_reference_dir(folder, reference_dir))
    dash.register_page("dashboards.pages.overview", path=overview.PATH, title=overview.TITLE,
                       name="Overview", layout=overview.layout)
    dash.register_page("dashboards.pages.article", path_template=article.PATH_TEMPLATE,
                       title=article.TITLE, name="Article", layout=article.layout)
    app.layout = html.Div([components.header(), dash.page_container])
    overview_callbacks.register(app)
    return app


_built: dict[str, Any] = {}


def __getattr__(name: str) -> Any:
    if name in ("app", "server"):
        if "app" not in _built:
            _built["app"] = create_app()
        return _built["app"] if name == "app" else _built["app"].server
    raise AttributeError(f"module 'dashboards.app' has no attribute {name!r}")


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=8050, debug=False)
