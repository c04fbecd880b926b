"""Corrections: `tracker review`, applied on every read and export, never lost."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from claims_factory import article, frame, row
from tracker.cli import main
from tracker.store import Store

A = article("a1")
ROWS = [row(A, 0, "200 milliards de dollars", 2e11, indicator="bilateral_trade",
            modality="target"),
        row(A, 40, "153 %", 153.0, unit="percent", measure="change", basis="yoy",
            period="2023-04"),
        row(A, 60, "3 %", 3.0, unit="percent", measure="change", indicator="imports")]
TARGET, GROWTH, GDP = "a1:0-24", "a1:40-45", "a1:60-63"


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "tracker.duckdb"
    with Store.open(path) as store:
        store.replace_article(A, frame(list(ROWS)))
    return path


def review(store_path: Path, *args: str) -> int:
    return main(["review", "--store", str(store_path), *args])


def table(store_path: Path, **kw: object) -> pd.DataFrame:
    with Store.open(store_path, read_only=True) as store:
        return store.claims(**kw).set_index("claim_id")


def test_list_shows_pending_rows(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert review(store_path, "list") == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == [TARGET, GROWTH, GDP]
    assert review(store_path, "accept", GROWTH) == 0
    capsys.readouterr()
    assert review(store_path, "list") == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == [TARGET, GDP]
    assert review(store_path, "list", "--status", "accepted") == 0
    assert capsys.readouterr().out.split()[0] == GROWTH


def test_accept_reject_set_are_applied(store_path: Path) -> None:
    assert review(store_path, "accept", TARGET) == 0
    assert review(store_path, "reject", GDP, "--reason", "a GDP figure, not imports") == 0
    assert review(store_path, "set", GROWTH, "period", "2023-Q2", "--reason", "quarter") == 0
    assert review(store_path, "set", GROWTH, "value", "135") == 0
    assert review(store_path, "set", TARGET, "importer", "EUU") == 0
    df = table(store_path)
    assert GDP not in df.index
    assert df.at[TARGET, "review"] == "accepted"
    assert df.at[TARGET, "importer"] == "EUU"
    assert df.at[GROWTH, "review"] == "edited"
    assert df.at[GROWTH, "value"] == 135.0
    assert df.at[GROWTH, "period"] == "2023-Q2"
    assert df.at[GROWTH, "period_end"] == pd.Timestamp("2023-06-30")
    assert "value set to 135.0 (was 153.0)" in df.at[GROWTH, "note"]
    everything = table(store_path, include_rejected=True)
    assert everything.at[GDP, "review"] == "rejected"
    assert "a GDP figure, not imports" in everything.at[GDP, "note"]


def test_reopen_undoes_a_rejection(store_path: Path) -> None:
    review(store_path, "reject", GDP, "-r", "wrong")
    assert review(store_path, "reopen", GDP) == 0
    assert table(store_path).at[GDP, "review"] == "pending"


def test_bad_requests_give_one_clear_line(store_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = len(Store.open(store_path, read_only=True).corrections())
    cases = [("accept", "nope:1-2"), ("set", GROWTH, "indicator", "gdp"),
             ("set", GROWTH, "value", "lots"), ("set", GROWTH, "claim_id", "x"),
             ("set", GROWTH, "period", "2023-13"), ("set", GROWTH, "exporter", "China"),
             ("set", GROWTH, "unit", "dollars")]
    for args in cases:
        assert review(store_path, *args) == 1, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("tracker review: "), err
    with pytest.raises(SystemExit) as exc:  # a rejection needs a reason
        review(store_path, "reject", GDP)
    assert exc.value.code == 2
    assert len(Store.open(store_path, read_only=True).corrections()) == before


def test_corrections_survive_reextraction_and_orphans_are_reported(
        store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    review(store_path, "set", TARGET, "modality", "forecast")
    review(store_path, "reject", GDP, "-r", "not trade")
    # The article changes: the target keeps its offsets, the 3 % row is gone.
    changed = article("a1", text="Nouveau texte de l'article.")
    with Store.open(store_path) as store:
        store.replace_article(changed, frame([dict(r, published=changed.published)
                                              for r in ROWS[:2]]))
        assert store.orphaned_corrections()["claim_id"].tolist() == [GDP]
    df = table(store_path)
    assert df.at[TARGET, "modality"] == "forecast"
    capsys.readouterr()
    out = tmp_path / "x.csv"
    assert main(["export", "--store", str(store_path), "--output", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 correction(s) refer to 1 claim(s) no longer extracted (a1:60-63)" in err
    assert pd.read_csv(out).set_index("claim_id").at[TARGET, "modality"] == "forecast"
    assert review(store_path, "orphans") == 0
    assert capsys.readouterr().out.startswith(GDP)
    # The row comes back: its rejection applies again.
    with Store.open(store_path) as store:
        store.replace_article(A, frame(list(ROWS)))
        assert store.orphaned_corrections().empty
    assert GDP not in table(store_path).index


def test_show_prints_fields_and_history(store_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    review(store_path, "set", TARGET, "approx", "about")
    capsys.readouterr()
    assert review(store_path, "show", TARGET) == 0
    out = capsys.readouterr().out
    assert "approx: about" in out and "set approx='about'" in out


def test_review_without_action_is_a_usage_error(store_path: Path) -> None:
    assert review(store_path) == 2


def test_extract_applies_corrections_and_reports_orphans(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[1]
    seed = (root / "data" / "raw" / "000_c982afabc432b07d.txt").read_text(encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "seed.txt").write_text(seed, encoding="utf-8")
    out = tmp_path / "clean" / "claims.csv"
    extract = ["extract", str(raw), "--output", str(out), "--quiet"]
    assert main(extract) == 0
    first = pd.read_csv(out)
    victim = first["claim_id"].iloc[0]
    store = tmp_path / "clean" / "tracker.duckdb"
    assert review(store, "reject", victim, "-r", "checked by hand") == 0
    assert main(extract) == 0  # nothing changed: the rejection applies to the written table
    assert victim not in set(pd.read_csv(out)["claim_id"])
    capsys.readouterr()
    front = seed[: seed.index("\n---", 3) + 4]  # keep the front matter (id, date)
    (raw / "seed.txt").write_text(front + "\n\nRien à signaler.\n", encoding="utf-8")
    main(extract)
    assert "1 correction(s) refer to 1 claim(s) no longer extracted" in capsys.readouterr().err
    (raw / "seed.txt").write_text(seed, encoding="utf-8")
    assert main(extract) == 0
    assert "no longer extracted" not in capsys.readouterr().err
    assert victim not in set(pd.read_csv(out)["claim_id"])
    assert len(pd.read_csv(out)) == len(first) - 1
