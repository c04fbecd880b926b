"""dashboards.data without a browser: loading, filters and the URL, chart points, targets
against outcomes, official series, the table's server-side query, the article highlights."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

import dash_fixture as fixture
from dashboards import data
from dashboards.data import Filters


@pytest.fixture(scope="module")
def claims(data_dir: Path) -> pd.DataFrame:
    return data.load_claims(data_dir)


@pytest.fixture(scope="module")
def reference(data_root: Path) -> pd.DataFrame:
    return data.load_reference(data_root / "reference")


def test_load_claims_reads_every_fixture_row_with_dates_and_pairs(claims: pd.DataFrame) -> None:
    assert len(claims) == len(fixture.CLAIMS)
    assert pd.api.types.is_datetime64_any_dtype(claims["published"])
    assert set(claims["_pair"].astype(str)) == {"CHN-RUS"}
    span = claims[claims["surface"] == "176.4 billion dollars"].iloc[0]
    assert (span["period_start"], span["period_end"]) == (pd.Timestamp("2023-01-01"), pd.Timestamp("2023-09-30"))


def test_load_is_cached_until_a_file_changes(data_dir: Path) -> None:
    first = data.load_claims(data_dir)
    assert data.load_claims(data_dir) is first


def test_load_articles_indexed_by_id_with_text(data_dir: Path) -> None:
    arts = data.load_articles(data_dir)
    assert "<script>window.__pwned=1</script>" in arts.loc["en_gas_script", "text"]
    assert arts.loc["fr_visite_pekin", "published"] == pd.Timestamp("2023-05-24")


def test_same_figure_in_two_articles_is_one_figure(claims: pd.DataFrame) -> None:
    target_2023 = claims[(claims["modality"] == "target") & (claims["period"] == "2023")]
    assert len(target_2023) == 2
    assert target_2023["_figure"].nunique() == 1


@pytest.mark.parametrize("period,start,end", [
    ("2023", "2023-01-01", "2023-12-31"), ("2023-04", "2023-04-01", "2023-04-30"),
    ("2024-02", "2024-02-01", "2024-02-29"), ("2023-Q4", "2023-10-01", "2023-12-31"),
    ("2023-H1", "2023-01-01", "2023-06-30"), ("2023-H2", "2023-07-01", "2023-12-31"),
    ("2022-12-07", "2022-12-07", "2022-12-07"), ("2019-12/2024-06", "2019-12-01", "2024-06-30"),
])
def test_period_span(period: str, start: str, end: str) -> None:
    assert data.period_span(period) == (pd.Timestamp(start), pd.Timestamp(end))


@pytest.mark.parametrize("bad", ["", "23", "2023-13x", "2023-Q5", "next year"])
def test_period_span_rejects_non_periods(bad: str) -> None:
    assert data.period_span(bad) is None


def test_filters_round_trip_through_the_url() -> None:
    f = Filters(indicator=("exports", "imports"), partners=("CHN-RUS",), lang=("fr",),
                published_from="2023-01-01", published_to="2024-06-30", unit="bcm",
                currency="original", view="table")
    query = f.to_query()
    assert query.startswith("?") and "partners=CHN-RUS" in query and "from=2023-01-01" in query
    assert Filters.from_query(query) == f
    assert Filters().to_query() == ""


def test_filters_from_query_ignores_junk() -> None:
    f = Filters.from_query({"indicator": "exports", "y": "yen", "view": "map", "from": "not-a-date",
                            "evil": "<script>"})
    assert f == Filters(indicator=("exports",))


def test_filters_from_controls_treats_none_and_empty_as_no_filter() -> None:
    f = Filters.from_controls(indicator=[], partners=None, lang=["en"], published_from="2024-01-01T00:00:00",
                              published_to=None, unit=None, currency="usd", view="chart")
    assert f == Filters(lang=("en",), published_from="2024-01-01")


def test_filter_claims_by_each_filter(claims: pd.DataFrame) -> None:
    assert set(data.filter_claims(claims, Filters(lang=("fr",)))["lang"].astype(str)) == {"fr"}
    assert len(data.filter_claims(claims, Filters(indicator=("energy_deliveries",)))) == 2
    assert set(data.filter_claims(claims, Filters(outlet=("Northern Wire",)))["article_id"]) == {
        "en_record_2023", "en_forum_2023"}
    assert set(data.filter_claims(claims, Filters(modality=("target", "forecast")))["modality"].astype(str)) == {
        "target", "forecast"}
    assert sorted(data.filter_claims(claims, Filters(commodity=("gas",)))["surface"]) == ["22.7 bcm", "38 bcm"]
    assert data.filter_claims(claims, Filters(partners=("IND-RUS",))).empty
    dated = data.filter_claims(claims, Filters(published_from="2024-01-12", published_to="2024-05-15"))
    assert set(dated["article_id"]) == {"en_record_2023", "en_gas_script"}


def test_filter_options_list_present_values_with_counts(claims: pd.DataFrame) -> None:
    opts = data.filter_options(claims)
    assert [o["value"] for o in opts["lang"]] == ["en", "fr"]
    assert opts["partners"][0] == {"label": f"CHN-RUS ({len(claims)})", "value": "CHN-RUS"}


def test_chart_points_in_usd_group_reports_and_mark_off_reference(claims, reference) -> None:
    points, unit, total = data.chart_points(claims, Filters(), reference)
    assert unit == "USD"
    # every money row counts, the EUR one converted; the 2023 target stated twice is one point
    money = claims[claims["_money"]]
    assert total == money["_figure"].nunique() == len(points)
    target = points[(points["modality"] == "target") & (points["period"] == "2023")].iloc[0]
    assert target["n"] == 2
    assert "200 milliards de dollars — Le Quotidien Économique, 2023-05-24" in target["hover"]
    assert "200 billion dollar — Northern Wire, 2024-01-12" in target["hover"]
    off = points[points["ref_gap"].abs() > data.REFERENCE_TOLERANCE]
    assert off["y"].tolist() == [2.25e11]          # 225 bn for 2023 against 240.11 bn official
    assert off["ref_gap"].iloc[0] == pytest.approx((225 / 240.11 - 1) * 100)
    assert pd.isna(target["ref_gap"])               # goals are not checked against outcomes
    exact = points[points["y"] == 1.90271e11].iloc[0]
    assert exact["ref_gap"] == pytest.approx(0.0)
    assert "official figure 190.271 bn USD: this one is 0% off" in exact["hover"]
    assert "official figure 240.11 bn USD: this one is -6.3% off (more than 5%)" in off["hover"].iloc[0]


def test_chart_points_in_original_currency_keep_euros_apart(claims, reference) -> None:
    units = data.unit_options(claims, "original")
    assert "EUR" in units and "USD" in units
    points, unit, _ = data.chart_points(claims, Filters(currency="original", unit="EUR"), reference)
    assert unit == "EUR" and points["y"].tolist() == [2.353e11]


def test_chart_points_other_units_and_empty(claims, reference) -> None:
    points, unit, _ = data.chart_points(claims, Filters(unit="bcm"), reference)
    assert unit == "bcm" and sorted(points["y"]) == [22.7, 38.0]
    gas = data.filter_claims(claims, Filters(indicator=("energy_deliveries",)))
    assert data.unit_options(gas, "usd") == ["bcm"]          # only units these rows have
    points, unit, _ = data.chart_points(gas, Filters(indicator=("energy_deliveries",)), reference)
    assert unit == "bcm" and len(points) == 2
    empty, _, total = data.chart_points(claims.iloc[0:0], Filters(), reference)
    assert empty.empty and total == 0


def test_chart_points_cap_keeps_latest_periods(claims, reference, monkeypatch) -> None:
    monkeypatch.setattr(data, "MAX_POINTS", 2)
    points, _, total = data.chart_points(claims, Filters(), reference)
    assert len(points) == 2 and total > 2
    assert points["period_start"].min() >= pd.Timestamp("2024-01-01")


def test_hover_escapes_markup() -> None:
    s = pd.Series(["<b>x</b> & y"])
    assert data._html_escape(s).iloc[0] == "&lt;b&gt;x&lt;/b&gt; &amp; y"


def test_targets_vs_outcomes_in_words(claims: pd.DataFrame) -> None:
    out, total = data.targets_vs_outcomes(claims)
    texts = out["text"].tolist()
    assert ("target 200 bn USD for 2023, stated 2023-05-24; reported 240.1 bn USD on 2024-01-12: +20%"
            in texts)
    assert "target 200 bn USD for 2024, stated 2023-10-18; reported 244.81 bn USD on 2025-01-13: +22%" in texts
    assert "forecast 38 bcm for 2025, stated 2024-05-15; no outcome reported since" in texts
    assert len(out) == total == 3
    first, total = data.targets_vs_outcomes(claims, limit=1)
    assert total == 3 and first["text"].tolist() == [texts[0]]


def test_targets_ignore_outcomes_reported_before_the_target() -> None:
    rows = fixture.claims_frame()
    # the outcome is now published before the goal was stated: it cannot answer it
    rows.loc[rows["surface"] == "240.1 billion dollars", "published"] = pd.Timestamp("2023-01-02")
    rows = rows[~rows["article_id"].isin(["fr_bilan_2024"])]
    out, _ = data.targets_vs_outcomes(data.prepare_claims(rows))
    line = out[out["period"] == "2023"]["text"].iloc[0]
    assert line.endswith("no outcome reported since")


def test_format_amount_and_gap() -> None:
    assert data.format_amount(1.74e12, "CNY") == "1.74 tn CNY"
    assert data.format_amount(405000, "units") == "405,000 units"
    assert data.format_amount(-11.6, "percent") == "-11.6%"
    assert data.format_gap(-0.2) == "-20%"


def test_reference_file_must_name_its_source(tmp_path: Path) -> None:
    bad = tmp_path / "x.csv"
    bad.write_text("indicator,exporter,importer,commodity,unit,period,value\n"
                   "bilateral_trade,CHN,RUS,all,USD,2023,1\n", encoding="utf-8")
    with pytest.raises(data.DataError, match=r"x\.csv: no '# source: \.\.\.' line"):
        data.read_reference_file(bad)
    bad.write_text("# source: me\nindicator,exporter,importer,commodity,unit,period,value\n"
                   "bilateral_trade,CHN,RUS,all,USD,last year,1\n", encoding="utf-8")
    with pytest.raises(data.DataError, match=r"x\.csv: period 'last year'"):
        data.read_reference_file(bad)
    bad.write_text("# source: me\nindicator,exporter\nbilateral_trade,CHN\n", encoding="utf-8")
    with pytest.raises(data.DataError, match=r"x\.csv: missing column\(s\) importer"):
        data.read_reference_file(bad)


def test_repo_reference_series_names_gacc(reference: pd.DataFrame) -> None:
    assert set(reference["period"]) == {"2021", "2022", "2023", "2024"}
    assert reference["source"].str.contains("General Administration of Customs").all()
    assert reference.set_index("period").loc["2023", "value"] == 240.11e9


def test_table_page_filters_sorts_and_links(claims: pd.DataFrame) -> None:
    query, order = '{source} icontains "wire" && {value} > 1e11', [{"column_id": "value", "direction": "desc"}]
    records, pages, total = data.table_page(claims, 0, 2, query, order)
    assert total == 5 and pages == 3
    assert [r["value"] for r in records] == [2.401e11, 2e11]
    claim_id = claims.loc[claims["surface"] == "240.1 billion dollars", "claim_id"].iloc[0]
    assert records[0]["article"] == (
        f"[China-Russia trade hits a record in 2023](/article/en_record_2023?claim={claim_id})")
    last, _, _ = data.table_page(claims, 2, 2, query, order)
    assert [r["value"] for r in last] == [1.764e11]


def test_table_query_operators(claims: pd.DataFrame) -> None:
    q = data.apply_table_query
    assert set(q(claims, "{lang} = fr", None)["lang"].astype(str)) == {"fr"}
    assert len(q(claims, "{unit} s= bcm", None)) == 2
    assert len(q(claims, "{surface} contains milliards", None)) == 4
    assert len(q(claims, "{published} datestartswith 2024", None)) == 5
    assert len(q(claims, "{nope} = 1 && {value} ne 2e11", None)) == len(claims) - 3


def test_table_title_markup_is_escaped_in_markdown(claims: pd.DataFrame) -> None:
    records, _, _ = data.table_page(claims, 0, 50, "{unit} s= bcm", None)
    assert records[0]["article"].startswith("[Gas to China: \\<i\\>steady\\</i\\> growth](/article/")


def test_highlight_spans_true_offsets_and_fallback() -> None:
    text = "Trade reached 240.1 billion dollars, up 26.3%."
    rows = pd.DataFrame({"start": [14, 0, 99], "end": [35, 5, 104],
                         "surface": ["240.1 billion dollars", "26.3%", "nowhere"],
                         "claim_id": ["a", "b", "c"]})
    assert data.highlight_spans(text, rows) == [(14, 35, "a"), (40, 45, "b")]


def test_export_frame_keeps_contract_columns_only(claims: pd.DataFrame) -> None:
    out = data.export_frame(claims)
    assert not [c for c in out.columns if c.startswith("_")]
    back = pd.read_csv(io.StringIO(out.to_csv(index=False)))
    assert len(back) == len(claims) and back["published"].str.match(r"\d{4}-\d{2}-\d{2}").all()


def test_fallback_reads_parquet_when_no_store(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(data, "_store_function", lambda name: None)
    fixture.claims_frame().to_parquet(tmp_path / "claims.parquet")
    fixture.articles_frame().to_parquet(tmp_path / "articles.parquet")
    assert len(data.load_claims(tmp_path)) == len(fixture.CLAIMS)
    (tmp_path / "claims.parquet").write_bytes(b"not parquet")
    with pytest.raises(data.DataError, match=r"claims\.parquet: cannot read as Parquet"):
        data.load_claims(tmp_path)


def test_an_empty_store_gives_empty_views_not_errors() -> None:
    from tracker import schema
    empty = data.prepare_claims(schema.empty_frame())
    points, unit, total = data.chart_points(empty, Filters(), None)
    assert points.empty and unit == "" and total == 0
    assert data.targets_vs_outcomes(empty)[1] == 0
    assert data.article_timeline(empty)[0].empty
    assert data.summary(empty, 0) == "0 of 0 claims, from 0 articles"
    assert data.table_page(empty, 0, 25) == ([], 1, 0)
    assert data.published_bounds(empty) == (None, None)


def test_language_filter_lists_every_language_present(claims: pd.DataFrame) -> None:
    """No language list is written into the dashboard: Russian rows bring a Russian option."""
    with_ru = pd.concat([claims, claims.head(1).assign(lang="ru")], ignore_index=True)
    assert "ru" in [o["value"] for o in data.filter_options(with_ru)["lang"]]
