"""Fixtures for the dashboard's tests: a small store, and the app served on 127.0.0.1."""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

import dash_fixture as fixture


@pytest.fixture(scope="session")
def data_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dash")
    fixture.build(root)
    return root


@pytest.fixture(scope="session")
def data_dir(data_root: Path) -> Path:
    return data_root / "clean"


@pytest.fixture(scope="session")
def app(data_root: Path):  # noqa: ANN201 - a dash.Dash
    from dashboards.app import create_app
    return create_app(data_root / "clean", data_root / "reference")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server_url(app) -> Iterator[str]:  # noqa: ANN001
    from werkzeug.serving import make_server
    port = _free_port()
    server = make_server("127.0.0.1", port, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
