"""bench/partner_readings.py: the rules' readings of partners, grouped without the words they quote."""
from __future__ import annotations

import datetime
import doctest

import bench_tools
from tracker import pipeline
from tracker.models import Article


def _tool():
    return bench_tools.load("partner_readings")


def test_doctests_pass():
    assert doctest.testmod(_tool()).failed == 0


def test_two_rows_read_the_same_way_share_one_reading(monkeypatch):
    # two articles whose figures are paired with their listed countries the same way: one group
    monkeypatch.setenv("TRACKER_CHOICE_WEIGHTS", "none")
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
