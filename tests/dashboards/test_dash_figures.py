"""dashboards.figures without a browser: what each trace shows and how it looks."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboards import data, figures
from dashboards.data import Filters


@pytest.fixture(scope="module")
def chart(data_dir: Path, data_root: Path) -> tuple[go.Figure, pd.DataFrame]:
    claims = data.load_claims(data_dir)
    reference = data.load_reference(data_root / "reference")
    points, unit, total = data.chart_points(claims, Filters(), reference)
    fig = _figure(figures.chart_figure, points, unit, "usd", data.reference_series(reference, points, unit), total)
    return fig, points


def _figure(build, *args, **kwargs) -> go.Figure:  # noqa: ANN001 - a figures.* builder
    """A figure as the builder makes it, a plain dict, read by plotly.py: that validates
    every property and value (Plotly.js would ignore a misspelt one)."""
    spec = build(*args, **kwargs)
    assert isinstance(spec, dict) and set(spec) == {"data", "layout"}
    return go.Figure(spec)


def _shape(fig: go.Figure, name: str) -> go.layout.Shape:
    found = [s for s in fig.layout.shapes if s.name == name]
    assert len(found) == 1, f"no shape {name!r} in {[s.name for s in fig.layout.shapes]}"
    return found[0]


def _trace(fig: go.Figure, name: str) -> go.Scatter:
    found = [t for t in fig.data if t.name == name]
    assert found, f"no trace {name!r} in {[t.name for t in fig.data]}"
    return found[0]


def test_modalities_look_different(chart) -> None:
    fig, _ = chart
    actual, target = _trace(fig, "actual"), _trace(fig, "target")
    assert actual.marker.symbol != target.marker.symbol
    assert _shape(fig, "actual period").line.dash != _shape(fig, "target period").line.dash
    assert actual.marker.color != target.marker.color


def test_a_span_is_drawn_from_its_first_to_its_last_day(chart) -> None:
    fig, points = chart
    spans = _shape(fig, "actual period")
    assert spans.type == "path" and spans.xref == "x" and spans.yref == "y"
    segments = re.findall(r"M([^,]+),([^L]+)L([^,]+),([^M]+)", spans.path)
    assert "".join(f"M{a},{y0}L{b},{y1}" for a, y0, b, y1 in segments) == spans.path   # nothing else in it
    assert all(y0 == y1 for _, y0, _, y1 in segments)                                  # flat: a period
    pairs = {(pd.Timestamp(a), pd.Timestamp(b), float(y)) for a, y, b, _ in segments}
    assert (pd.Timestamp("2023-01-01"), pd.Timestamp("2023-09-30"), 1.764e11) in pairs
    actual = points[(points["modality"] == "actual") & (points["period_end"] > points["period_start"])]
    assert len(segments) == len(actual)   # one per figure with a span (single days are markers only)


def test_points_carry_ids_for_clicks_and_reports_for_hover(chart) -> None:
    fig, points = chart
    target = _trace(fig, "target")
    assert len(target.customdata) == (points["modality"] == "target").sum()
    first_reports = set(points.loc[points["modality"] == "target", "claim_id"])
    assert set(target.customdata) == first_reports
    assert any("Le Quotidien Économique" in h and "Northern Wire" in h for h in target.hovertext)


def test_official_series_is_a_line_and_off_claims_are_ringed(chart) -> None:
    fig, points = chart
    official = [t for t in fig.data if t.name.startswith("official: General Administration of Customs")]
    assert len(official) == 1 and "lines" in official[0].mode
    assert list(official[0].y) == [146.887e9, 190.271e9, 240.11e9, 244.81e9]
    ringed = _trace(fig, "differs >5% from official")
    assert list(ringed.y) == [2.25e11]


def test_money_axis_says_usd_and_empty_selection_says_so(chart) -> None:
    fig, _ = chart
    assert "US dollars" in fig.layout.yaxis.title.text
    empty = _figure(figures.chart_figure, data._empty_points(), "", "usd")
    assert empty.layout.annotations[0].text == "No figures for this selection"
    assert len(empty.data) == 0


def test_a_capped_chart_says_so(chart) -> None:
    _, points = chart
    fig = _figure(figures.chart_figure, points, "USD", "usd", None, total=len(points) + 10)
    assert f"the {len(points):,} latest of {len(points) + 10:,} figures" in fig.layout.title.text
    assert _figure(figures.chart_figure, points, "USD", "usd", None, total=len(points)).layout.title.text is None


def test_timeline_one_mark_per_article_and_highlight(data_dir: Path) -> None:
    claims = data.load_claims(data_dir)
    timeline, total = data.article_timeline(claims, ("en_record_2023", "fr_visite_pekin"))
    assert total == len(timeline) == 5
    fig = _figure(figures.timeline_figure, timeline, total)
    assert fig.layout.title.text is None
    articles = _trace(fig, "articles")
    assert sorted(articles.customdata) == sorted(claims["article_id"].unique())
    picked = _trace(fig, "selected figure's articles")
    assert sorted(picked.customdata) == ["en_record_2023", "fr_visite_pekin"]
    assert fig.data[1].name == figures.HIGHLIGHT          # the trace a click patches
    patch = figures.timeline_highlight(data.article_marks(data.load_articles(data_dir), ["en_gas_script", "nope"]))
    assert patch == {"x": ["2024-05-15"], "y": ["Pipeline Weekly"], "customdata": ["en_gas_script"]}
    empty = _figure(figures.timeline_figure, *data.article_timeline(claims.iloc[0:0]))
    assert [t.name for t in empty.data] == ["articles", figures.HIGHLIGHT]
    assert all("<i>" not in h for h in articles.hovertext)   # titles are escaped
    assert any("&lt;i&gt;steady" in h for h in articles.hovertext)


def test_a_capped_timeline_keeps_the_latest_articles_and_says_so(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(data, "MAX_ARTICLES", 2)
    timeline, total = data.article_timeline(data.load_claims(data_dir))
    assert total == 5 and timeline["article_id"].tolist() == ["en_gas_script", "fr_bilan_2024"]
    assert _figure(figures.timeline_figure, timeline, total).layout.title.text == "the 2 latest of 5 articles"
