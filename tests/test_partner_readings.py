"""bench/partner_readings.py: the rules' readings of partners, grouped without the words they quote."""
from __future__ import annotations

import datetime
import doctest
import importlib.util
from pathlib import Path

from tracker import pipeline
from tracker.models import Article

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location("partner_readings", ROOT / "bench" / "partner_readings.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


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
