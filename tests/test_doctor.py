"""`tracker doctor`: each check finds what is wrong, says it in words with a fix, and the
command exits 1 when anything is a problem."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tracker import cli, doctor
from tracker.doctor import NOTE, OK, PROBLEM, Setup


@pytest.fixture()
def good(tmp_path: Path) -> Setup:
    """A working setup: an empty store, a valid rates file, one official series."""
    from tracker.store import Store

    clean = tmp_path / "clean"
    with Store.open(clean / "tracker.duckdb"):
        pass
    rates = tmp_path / "rates.csv"
    rates.write_text("# comment\ndate,currency,usd\n2023,RUB,0.0117\n2024-05,RUB,0.0109\n", encoding="utf-8")
    reference = tmp_path / "reference"
    reference.mkdir()
    (reference / "gacc.csv").write_text(
        "# source: customs\nindicator,exporter,importer,commodity,unit,period,value\n"
        "bilateral_trade,CHN,RUS,all,USD,2023,240100000000\n", encoding="utf-8")
    return doctor.setup(str(clean), rates=str(rates), reference=str(reference))


def findings(s: Setup, *checks: object) -> list[doctor.Finding]:
    return list(doctor.run_checks(s, list(checks)))  # type: ignore[arg-type]


def test_a_good_installation_exits_0(good: Setup, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)  # outside CI a missing Chromium is only a note
    assert cli.main(["doctor", "--data-dir", str(good.data_dir), "--rates", str(good.rates),
                     "--reference-dir", str(good.reference)]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert [line.split()[1] for line in lines] == ["python:", "dependencies:", "package", "lexicons:",
                                                  "rates:", "store:", "reference:", "chromium:"]
    assert all(line.startswith((OK, NOTE, PROBLEM)) for line in lines)
    assert [line for line in lines if line.startswith(PROBLEM) and "chromium" not in line] == []
    assert "0 articles, 0 claims, 0 corrections" in out.out and "2 rates for RUB" in out.out


def test_a_damaged_store_is_a_problem_with_a_fix(good: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    good.store.write_bytes(b"this is not a duckdb file" * 100)
    (f,) = findings(good, doctor.check_store)
    assert f.status == PROBLEM and str(good.store) in f.message and "damaged" in f.message
    assert "move the file away" in f.fix
    assert cli.main(["doctor", "--data-dir", str(good.data_dir), "--rates", str(good.rates),
                     "--reference-dir", str(good.reference)]) == 1
    out = capsys.readouterr()
    assert f"PROBLEM store: {good.store}" in out.out and "problem(s) to fix" in out.err


def test_no_store_yet_is_a_note(tmp_path: Path) -> None:
    (f,) = findings(doctor.setup(str(tmp_path / "nothing")), doctor.check_store)
    assert f.status == NOTE and "no store yet" in f.message and "tracker extract" in f.fix


def test_a_store_whose_folder_is_read_only_is_a_problem(good: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real(p, mode))
    (f,) = findings(good, doctor.check_store)
    assert f.status == PROBLEM and "not writable" in f.message and "chmod" in f.fix


@pytest.mark.parametrize("content, message", [
    ("date,currency,usd\n2023,RUB,abc\n", ":2: bad rate 'abc'"),
    ("date,currency,usd\n2023-13,RUB,0.01\n", ":2: bad date '2023-13'"),
    ("day,cur,rate\n", ":1: header must be 'date,currency,usd'"),
    ("date,currency,usd\n2023,rouble,0.01\n", ":2: bad currency 'rouble'"),
    ("date,currency,usd\n2023,RUB,-1\n", ":2: rate must be a positive number"),
])
def test_a_bad_rates_file_names_its_line(good: Setup, content: str, message: str) -> None:
    assert good.rates is not None
    good.rates.write_text(content, encoding="utf-8")
    (f,) = findings(good, doctor.check_rates)
    assert f.status == PROBLEM and f.message.startswith(str(good.rates)) and message in f.message
    assert "date,currency,usd" in f.fix


def test_a_rates_file_named_but_missing(good: Setup, tmp_path: Path) -> None:
    s = doctor.setup(str(good.data_dir), rates=str(tmp_path / "gone.csv"))
    (f,) = findings(s, doctor.check_rates)
    assert f.status == PROBLEM and "no such file" in f.message


def test_a_lexicon_that_does_not_load(good: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker import lexicon

    def broken(lang: str) -> None:
        raise lexicon.LexiconError(f"{lang}.yaml: unknown keys ['scales_typo']")
    monkeypatch.setattr(lexicon, "load", broken)
    (f,) = findings(good, doctor.check_lexicons)
    assert f.status == PROBLEM and "unknown keys ['scales_typo']" in f.message and "tracker/lexicons" in f.fix


def test_lexicons_that_load_but_find_nothing(good: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker import pipeline

    monkeypatch.setattr(pipeline, "extract_claims", lambda article: [])
    (f,) = findings(good, doctor.check_lexicons)
    assert f.status == PROBLEM and "not the expected figure" in f.message and "check-rules" in f.fix


def test_the_lexicons_of_this_tree(good: Setup) -> None:
    (f,) = findings(good, doctor.check_lexicons)
    assert f.status == OK, f


def test_missing_package_data(good: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(doctor.PACKAGE_DATA, "tracker.lexicons", ["fr.yaml", "de.yaml"])
    (f,) = findings(good, doctor.check_package_data)
    assert f.status == PROBLEM and "tracker/lexicons/de.yaml" in f.message and "reinstall" in f.fix


def test_missing_and_broken_dependencies(good: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "DEPENDENCIES", {"json": "json", "no_such_module_x": "no-such-package-x"})
    (f,) = findings(good, doctor.check_dependencies)
    assert f.status == PROBLEM and "no-such-package-x" in f.message and "pip install no-such-package-x" in f.fix


def test_chromium_missing_is_a_note_here_and_a_problem_in_ci(good: Setup, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "CHROMIUM", "/nonexistent/chromium")
    monkeypatch.setattr(doctor.shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    (f,) = findings(good, doctor.check_chromium)
    assert f.status == NOTE and "skipped" in f.message and "apt-get install -y chromium" in f.fix
    monkeypatch.setenv("CI", "true")
    (f,) = findings(good, doctor.check_chromium)
    assert f.status == PROBLEM and "fail in CI" in f.message


def test_chromium_that_does_not_start(good: Setup, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n")
    fake.chmod(0o755)
    monkeypatch.setattr(doctor, "CHROMIUM", str(fake))
    monkeypatch.delenv("CI", raising=False)
    (f,) = findings(good, doctor.check_chromium)
    assert f.status == NOTE and "does not start (error while loading shared libraries" in f.message


def test_a_bad_official_series(good: Setup) -> None:
    (good.reference / "broken.csv").write_text("indicator,value\nbilateral_trade,1\n", encoding="utf-8")
    found = findings(good, doctor.check_reference)
    assert [f.status for f in found] == [PROBLEM] and "broken.csv" in found[0].message


def test_a_check_that_crashes_is_a_problem_not_a_traceback(good: Setup) -> None:
    def check_boom(s: Setup):  # noqa: ANN202
        raise RuntimeError("boom")
        yield
    (f,) = findings(good, check_boom)
    assert f.status == PROBLEM and f.check == "boom" and "boom" in f.message
