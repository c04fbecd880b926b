"""bench/partner_readings.py: the rules' readings of partners, grouped without the words they quote."""
from __future__ import annotations

import datetime
import doctest

import pytest

import bench_tools
from tracker import choose, pipeline
from tracker.models import Article


def _tool():
    return bench_tools.load("partner_readings")


def test_doctests_pass():
    assert doctest.testmod(_tool()).failed == 0


@pytest.fixture
def rules_alone(monkeypatch):
    """The rules without the choice scorer, as the tool runs them; the cached weights are dropped
    before and after (choose.load_model reads the variable once), so no other test sees them."""
    monkeypatch.setenv("TRACKER_CHOICE_WEIGHTS", "none")
    choose.load_model.cache_clear()
    yield
    monkeypatch.undo()
    choose.load_model.cache_clear()


def test_two_rows_read_the_same_way_share_one_reading(rules_alone):
    # two articles whose figures are paired with their listed countries the same way: one group
    assert not choose.load_model().weights
    tool = _tool()
    texts = ["India imported 4.5 million tonnes of coal. Indonesia and Australia supplied 2.5 million tonnes and 1.1 million tonnes, respectively.",
             "Japan imported 9.9 million tonnes of LNG. Qatar and Malaysia supplied 3.5 million tonnes and 2.2 million tonnes, respectively."]
    keys = set()
    for i, t in enumerate(texts):
        art = Article(article_id=f"a{i}", text=t, lang="en", published=datetime.date(2024, 3, 1))
        rows = [c for c in pipeline.analyse(art)[0] if c.surface.startswith(("1.1", "2.2"))]
        assert rows, t
        keys.add(tool.reading(rows[0].explanation["partners"]))
    assert len(keys) == 1 and "'…'" in keys.pop()


def test_pair_orders_bilateral_sides_only():
    tool = _tool()
    assert tool.pair("bilateral_trade", "RUS", "CHN") == ("CHN", "RUS")
    assert tool.pair("exports", "RUS", "CHN") == ("RUS", "CHN")
    assert tool.pair("imports", None, "IND") == ("", "IND")
