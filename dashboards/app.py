"""The Dash app: `create_app(data_dir)` builds it; `python -m dashboards.app` serves it.

`app` and `server` are module attributes (for `python -m` and WSGI servers), built on
first access so that importing this module does nothing.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dash
import flask
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


#: Largest request body accepted (413 above): a callback sends a few KB of filter values.
MAX_REQUEST_BYTES = 1_000_000
#: Longest URL accepted, path and query (414 above): the filters in a URL take well under 1 KB.
MAX_URL_CHARS = 8_000
#: Host names a dashboard listening on a loopback address answers to: a page elsewhere
#: whose name is made to resolve to 127.0.0.1 (DNS rebinding) gets 400, not the store.
LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"]
#: Sent with every response: no MIME sniffing, no framing by other sites, no referrer
#: (article ids in URLs stay here).
HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
           "Referrer-Policy": "same-origin"}


def create_app(data_dir: str | os.PathLike[str] | None = None,
               reference_dir: str | os.PathLike[str] | None = None,
               trusted_hosts: list[str] | None = None) -> Dash:
    """A dashboard over the store in `data_dir` (default: $TRACKER_DATA_DIR or data/clean).

    Official series come from `reference_dir` (default: DATA_DIR/../reference). Nothing
    is read until the first page is requested. `trusted_hosts`, when given, are the only
    Host headers answered (`tracker serve` on 127.0.0.1 gives LOOPBACK_HOSTS).
    """
    folder = data.resolve_data_dir(data_dir)
    # the server serves no folder of its own: Flask's default /static route is switched off,
    # and files come only from Dash's assets folder and its registered component bundles
    server = flask.Flask(__name__, static_folder=None)
    app = Dash(__name__, server=server, use_pages=True, pages_folder="", suppress_callback_exceptions=True,
               title=overview.TITLE, assets_folder=str(Path(__file__).with_name("assets")),
               update_title=None, index_string=INDEX_STRING)
    _harden(server, trusted_hosts)
    app.server.config["TRACKER_DATA_DIR"] = str(folder)
    app.server.config["TRACKER_REFERENCE_DIR"] = str(data.resolve_reference_dir(folder, reference_dir))
    dash.register_page("dashboards.pages.overview", path=overview.PATH, title=overview.TITLE,
                       name="Overview", layout=overview.layout)
    dash.register_page("dashboards.pages.article", path_template=article.PATH_TEMPLATE,
                       title=article.TITLE, name="Article", layout=article.layout)
    app.layout = html.Div([components.header(), dash.page_container])
    overview_callbacks.register(app)
    return app


def _harden(server: flask.Flask, trusted_hosts: list[str] | None) -> None:
    """Request limits, response headers and quiet 404s for what Dash does not serve."""
    from dash.exceptions import DependencyException

    server.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    server.config["MAX_FORM_MEMORY_SIZE"] = MAX_REQUEST_BYTES
    if trusted_hosts:
        server.config["TRUSTED_HOSTS"] = list(trusted_hosts)

    @server.before_request
    def refuse_oversized() -> Any:
        request = flask.request
        if len(request.full_path) > MAX_URL_CHARS:
            flask.abort(414)
        if request.method not in ("GET", "HEAD", "OPTIONS") and request.content_length is None:
            # a body without a length (chunked) would be cut silently at the limit: Dash's
            # renderer always says how long its body is, so ask for it (411)
            flask.abort(411)
        if trusted_hosts:
            flask.request.host  # noqa: B018 - reading it checks it against TRUSTED_HOSTS (400)
        return None

    @server.after_request
    def add_headers(response: flask.Response) -> flask.Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @server.errorhandler(DependencyException)
    def not_a_bundle(exc: Exception) -> Any:
        # a component-suite path Dash has not registered ("../../etc/passwd"): not found,
        # rather than a 500 and a traceback in the log
        return flask.Response("Not Found", status=404, mimetype="text/plain")


_built: dict[str, Any] = {}


def __getattr__(name: str) -> Any:
    if name in ("app", "server"):
        if "app" not in _built:
            _built["app"] = create_app()
        return _built["app"] if name == "app" else _built["app"].server
    raise AttributeError(f"module 'dashboards.app' has no attribute {name!r}")


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=8050, debug=False)
