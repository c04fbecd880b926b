"""`tracker serve`'s argument handling and its one-line errors (no server is started)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tracker import cli


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["serve", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "tracker serve --port 8050 --data-dir data/clean" in out
    assert "--host" in out and "--debug" in out


def test_missing_folder_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    assert cli.main(["serve", "--data-dir", str(missing)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0] and "no such folder" in err[0]


def test_bad_reference_file_is_named(data_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import dash

    def no_server(*args: object, **kwargs: object) -> None:
        raise AssertionError("the server started despite a broken reference file")
    monkeypatch.setattr(dash.Dash, "run", no_server)
    shutil.copytree(data_root / "clean", tmp_path / "clean")
    (tmp_path / "reference").mkdir()
    bad = tmp_path / "reference" / "broken.csv"
    bad.write_text("indicator,value\nbilateral_trade,1\n", encoding="utf-8")
    assert cli.main(["serve", "--data-dir", str(tmp_path / "clean"), "--port", "8050"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "broken.csv" in err[0] and "source" in err[0]


def test_module_level_app_and_server_are_built_on_demand() -> None:
    import dashboards.app as module
    assert "app" not in vars(module)            # importing built nothing
    assert module.server is module.app.server
