"""The positional query index gives what the former DataFrame queries gave (former_queries.py),
on synthetic claims with many ties in publication dates and figures reported several times."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import former_queries as former
from dashboards import data
from dashboards.data import Filters

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_dashboard.py"


def _bench_module():  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location("bench_dashboard", BENCH)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules.setdefault("bench_dashboard", module)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    """3,000 synthetic claims in 300 articles (dates tie often), plus 600 copies of some of
    them in other articles: the same figure reported again, later or on the same day."""
    raw, _ = _bench_module().synthetic(3000, 300, seed=11)
    rng = np.random.default_rng(5)
    copies = raw.iloc[rng.choice(len(raw), 600, replace=False)].copy()
    donors = raw.iloc[rng.choice(len(raw), 600)]
    for c in ["article_id", "published", "source", "title", "lang"]:
        copies[c] = donors[c].to_numpy()
    copies["claim_id"] = [f"copy{i:05d}" for i in range(len(copies))]
    both = pd.concat([raw, copies], ignore_index=True)
    undated = both["article_id"].isin(rng.choice(both["article_id"].unique(), 6, replace=False))
    both.loc[undated, "published"] = pd.NaT  # a few undated articles (a date belongs to an article)
    return data.prepare_claims(both)


@pytest.fixture(scope="module")
def index(claims: pd.DataFrame) -> data.ClaimsIndex:
    return data.index_claims(claims)


FILTERS = [
    Filters(), Filters(lang=("fr",)), Filters(indicator=("exports",)), Filters(lang=("en",), indicator=("imports",)),
    Filters(partners=("CHN-RUS", "IND-RUS")), Filters(commodity=("gas", "oil")), Filters(modality=("target",)),
    Filters(outlet=("Outlet 03", "Outlet 11")), Filters(published_from="2023-01-01"),
    Filters(published_to="2022-06-30", lang=("fr",)), Filters(published_from="2024-02-10", published_to="2024-02-10"),
    Filters(indicator=("no-such-indicator",)), Filters(lang=("fr",), unit="percent"), Filters(currency="original"),
    Filters(currency="original", unit="EUR"), Filters(unit="bcm"), Filters(unit="t", modality=("actual",)),
]


def _ids(f: Filters) -> str:
    return f.to_query() or "none"


@pytest.mark.parametrize("f", FILTERS, ids=_ids)
def test_select_keeps_the_rows_the_former_filter_kept(claims, index, f: Filters) -> None:
    chosen = data.select(index, f)
    expected = former.filter_claims(claims, f)
    assert claims["claim_id"].iloc[chosen.rows].tolist() == expected["claim_id"].tolist()
    assert chosen.frame()["claim_id"].tolist() == expected["claim_id"].tolist()
    assert data.filter_claims(claims, f)["claim_id"].tolist() == expected["claim_id"].tolist()


@pytest.mark.parametrize("f", FILTERS, ids=_ids)
def test_unit_options_and_summary_as_before(claims, index, f: Filters) -> None:
    chosen, rows = data.select(index, f), former.filter_claims(claims, f)
    assert data.unit_options(chosen, f.currency) == former.unit_options(rows, f.currency)
    assert data.summary(chosen, len(claims)) == former.summary(rows, len(claims))


@pytest.mark.parametrize("cap", [5, 40, 10_000])
@pytest.mark.parametrize("f", FILTERS, ids=_ids)
def test_chart_points_as_before(claims, index, f: Filters, cap: int, monkeypatch) -> None:
    monkeypatch.setattr(data, "MAX_POINTS", cap)
    reference = _reference_for(claims)
    got, unit, total = data.chart_points(data.select(index, f), f, reference)
    want, want_unit, want_total = former.chart_points(former.filter_claims(claims, f), f, reference)
    assert (unit, total) == (want_unit, want_total)
    if want.empty:
        assert got.empty
        return
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want[got.columns].reset_index(drop=True),
                                  check_dtype=False, check_categorical=False)


@pytest.mark.parametrize("limit", [3, None])
@pytest.mark.parametrize("f", FILTERS, ids=_ids)
def test_targets_vs_outcomes_as_before(claims, index, f: Filters, limit: int | None) -> None:
    got, total = data.targets_vs_outcomes(data.select(index, f), limit)
    want, want_total = former.targets_vs_outcomes(former.filter_claims(claims, f), limit)
    assert total == want_total
    assert got["text"].tolist() == want["text"].tolist()
    if not want.empty:
        pd.testing.assert_frame_equal(got, want, check_dtype=False)


@pytest.mark.parametrize("cap", [7, 10_000])
@pytest.mark.parametrize("f", FILTERS, ids=_ids)
def test_article_timeline_as_before(claims, index, f: Filters, cap: int, monkeypatch) -> None:
    monkeypatch.setattr(data, "MAX_ARTICLES", cap)
    highlight = tuple(claims["article_id"].iloc[[0, 500, 2000]])
    got, total = data.article_timeline(data.select(index, f), highlight)
    want, want_total = former.article_timeline(former.filter_claims(claims, f), highlight)
    assert total == want_total
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_overview_runs_each_query_once_with_the_same_answers(claims, index) -> None:
    f = Filters(lang=("fr",), indicator=("bilateral_trade", "exports"))
    chosen = data.select(index, f)
    view = data.overview_of(chosen, f, None, len(claims))
    assert view.units == data.unit_options(chosen, "usd") and view.unit == view.units[0]
    assert view.total_points == data.chart_points(chosen, f)[2]
    assert view.targets["text"].tolist() == data.targets_vs_outcomes(chosen, data.MAX_TARGETS)[0]["text"].tolist()
    assert view.total_articles == data.article_timeline(chosen)[1]
    assert view.summary == data.summary(chosen, len(claims))


def _reference_for(claims: pd.DataFrame) -> pd.DataFrame:
    """An official series for yearly CHN-RUS trade: the synthetic points of that flow and span
    get its figure (and, being random, are mostly more than 5% off it)."""
    rows = []
    for year, value in [(2021, 146.9e9), (2022, 190.3e9), (2023, 240.1e9), (2024, 244.8e9)]:
        rows.append({"indicator": "bilateral_trade", "exporter": "CHN", "importer": "RUS", "commodity": "all",
                     "unit": "USD", "period": str(year), "value": value})
    ref = pd.DataFrame(rows)
    ref["period_start"] = pd.to_datetime([f"{y}-01-01" for y in ref["period"]])
    ref["period_end"] = pd.to_datetime([f"{y}-12-31" for y in ref["period"]])
    ref["source"], ref["file"], ref["_pair"] = "made up for the test", "x.csv", "CHN-RUS"
    return ref
