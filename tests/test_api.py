"""The notebook API: tracker.load, load_articles, series, plot."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import tracker
from claims_factory import article, frame, row
from tracker.store import Store, StoreError

TRADE = dict(indicator="bilateral_trade", exporter="CHN", importer="RUS")


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    a = article("a", published="2023-03-21", title="Objectif 200")
    b = article("b", published="2024-01-12", source="Autre", lang="en")
    c = article("c", published="2024-01-15", source="Troisième")
    with Store.open(tmp_path / "tracker.duckdb") as store:
        store.replace_article(a, frame([
            row(a, 0, "185 milliards de dollars", 1.85e11, period="2022", **TRADE),
            row(a, 30, "200 milliards de dollars", 2e11, period="2023", modality="forecast",
                **TRADE),
            row(a, 60, "38 milliards de m3", 38.0, unit="bcm", indicator="energy_deliveries",
                commodity="gas", exporter="RUS", importer="CHN", period="2025",
                modality="target"),
            row(a, 90, "15,5 milliards de m3", 15.5, unit="bcm", indicator="energy_deliveries",
                commodity="gas", exporter="RUS", importer="CHN", period="2022")]))
        store.replace_article(b, frame([
            row(b, 0, "240.1 billion dollars", 2.401e11, period="2023", **TRADE),
            row(b, 30, "200 billion dollars", 2e11, period="2023", modality="target", **TRADE),
            row(b, 60, "20.5 billion dollars", 2.05e10, period="2023-05", **TRADE)]))
        store.replace_article(c, frame([
            row(c, 0, "240 milliards de dollars", 2.4e11, period="2023", **TRADE),
            row(c, 30, "250 milliards de dollars", 2.5e11, period="2023", **TRADE),
            row(c, 60, "16 000 000 000 m3", 1.6e10, unit="m3", indicator="energy_deliveries",
                commodity="gas", exporter="RUS", importer="CHN", period="2022")]))
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path))
    return tmp_path


def test_load_has_proper_dtypes(data_dir: Path) -> None:
    df = tracker.load()
    assert len(df) == 10
    for col in ("indicator", "commodity", "modality", "measure", "approx", "exporter", "unit"):
        assert isinstance(df[col].dtype, pd.CategoricalDtype), col
    assert list(df["modality"].cat.categories) == ["actual", "target", "forecast"]
    for col in ("published", "period_start", "period_end"):
        assert pd.api.types.is_datetime64_any_dtype(df[col]), col
    assert df["value"].dtype == "float64" and df["start"].dtype == "int64"
    assert tracker.load(data_dir, modality="target")["surface"].tolist() == [
        "38 milliards de m3", "200 billion dollars"]


def test_load_articles(data_dir: Path) -> None:
    arts = tracker.load_articles(str(data_dir))
    assert list(arts.columns) == ["article_id", "published", "source", "url", "title", "lang",
                                  "text"]
    assert arts["article_id"].tolist() == ["a", "b", "c"]
    assert pd.api.types.is_datetime64_any_dtype(arts["published"])
    assert arts.at[1, "lang"] == "en" and arts.at[0, "title"] == "Objectif 200"


def test_load_without_store_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        tracker.load(tmp_path / "empty")
    with pytest.raises(FileNotFoundError):  # callers may treat it as "no data yet"
        tracker.load_articles(tmp_path / "empty")


def test_series_keeps_targets_and_forecasts_apart(data_dir: Path) -> None:
    df = tracker.load()
    s = tracker.series(df, indicator="bilateral_trade", exporter="RUS", importer="CHN",
                       freq="year")
    assert isinstance(s.index, pd.PeriodIndex)
    assert [str(p) for p in s.index] == ["2022", "2023"]
    assert list(s.columns) == ["actual", "target", "forecast"]
    # 2023: "240" and "240.1" are one figure stated twice (the precise value wins)
    # over "250", stated once; the target and the forecast stay in their own columns.
    assert s.at[pd.Period("2023", "Y"), "actual"] == pytest.approx(2.401e11)
    assert s.at[pd.Period("2023", "Y"), "target"] == pytest.approx(2e11)
    assert s.at[pd.Period("2023", "Y"), "forecast"] == pytest.approx(2e11)
    assert pd.isna(s.at[pd.Period("2022", "Y"), "target"])
    actual = tracker.series(df, "bilateral_trade", "CHN", "RUS", modality="actual")
    assert isinstance(actual, pd.Series)
    assert actual.index.tolist() == ["2022", "2023", "2023-05"]  # by period start, then end


def test_series_converts_physical_units(data_dir: Path) -> None:
    df = tracker.load()
    gas = tracker.series(df, "energy_deliveries", "RUS", "CHN", commodity="gas")
    assert gas.attrs["unit"] == "bcm"
    # 2022: 15.5 bcm (a) and 16e9 m3 (c) disagree, one article each: the later one wins.
    assert gas.at["2022", "actual"] == pytest.approx(16.0)
    assert gas.at["2025", "target"] == 38.0
    in_m3 = tracker.series(df, "energy_deliveries", "RUS", "CHN", commodity="gas", unit="m3")
    assert in_m3.at["2025", "target"] == pytest.approx(3.8e10)


def test_series_rejects_unknown_freq(data_dir: Path) -> None:
    with pytest.raises(ValueError, match="freq must be one of"):
        tracker.series(tracker.load(), "exports", freq="week")


def test_plot_returns_a_plotly_figure(data_dir: Path) -> None:
    import plotly.graph_objects as go

    fig = tracker.plot(indicator="bilateral_trade", exporter="CHN", importer="RUS", freq="year")
    assert isinstance(fig, go.Figure)
    names = [t.name for t in fig.data]
    assert names == ["actual", "target", "forecast"]
    assert list(fig.data[0].x) == ["2022", "2023"]
    assert fig.layout.yaxis.title.text == "USD"
