"""bench/realnews_plan.py: the look-ups go first to the queries that bring the most to measure."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import bench_tools

rp = bench_tools.load("realnews_plan")
rn = bench_tools.load("realnews")


def _docs_of_split(split: str, n: int, prefix: str) -> list[str]:
    """n article ids of the split, by the hash realnews.split_of uses."""
    out, k = [], 0
    while len(out) < n:
        doc = f"{prefix}-{k:03d}"
        if rn.split_of(doc) == split:
            out.append(doc)
        k += 1
    return out


def test_queries_are_ranked_by_articles_then_gold_rows_and_cached_ones_skipped() -> None:
    a, b, c, d, e = _docs_of_split("dev", 5, "zz-en")
    t = _docs_of_split("test", 1, "zz-en")[0]
    docs = [
        {"doc": a, "query": "one article, few rows", "url": "https://a.example/1", "lang": "en"},
        {"doc": b, "query": "two articles", "url": "https://b.example/1", "lang": "en"},
        {"doc": c, "query": "two articles", "url": "https://b.example/2", "lang": "en"},
        {"doc": d, "query": "one article, many rows", "url": "https://d.example/1", "lang": "en"},
        {"doc": e, "query": "cached already", "url": "https://e.example/1", "lang": "en"},
        {"doc": t, "query": "lockbox only", "url": "https://t.example/1", "lang": "en"},
    ]
    gold = Counter({a: 2, b: 1, c: 1, d: 9, e: 30, t: 50})
    got = rp.plan(docs, gold, cached={e}, split="dev")
    assert [q["query"] for q in got] == ["two articles", "one article, many rows", "one article, few rows"]
    assert got[0]["docs"] == [{"doc": b, "url": "https://b.example/1"}, {"doc": c, "url": "https://b.example/2"}]
    # the lockbox when asked for it
    assert [q["query"] for q in rp.plan(docs, gold, cached=set(), split="test")] == ["lockbox only"]


def test_a_language_goes_first_on_a_tie_only() -> None:
    a, b, c = _docs_of_split("dev", 3, "zz-xx")
    docs = [{"doc": a, "query": "english", "url": "https://x.example/a", "lang": "en"},
            {"doc": b, "query": "russian", "url": "https://x.example/b", "lang": "ru"},
            {"doc": c, "query": "english, more rows", "url": "https://x.example/c", "lang": "en"}]
    gold = Counter({a: 3, b: 3, c: 4})
    assert [q["query"] for q in rp.plan(docs, gold, set(), "dev", prefer_lang="ru")] == \
        ["english, more rows", "russian", "english"]


def test_the_lists_are_written_for_helpers(tmp_path: Path) -> None:
    assert rp.main([str(tmp_path / "plan"), "--budget", "5", "--per-list", "2", "--cache", str(tmp_path / "none")]) == 0
    lists = sorted((tmp_path / "plan").glob("list*.jsonl"))
    assert [p.name for p in lists] == ["list01.jsonl", "list02.jsonl", "list03.jsonl"]
    lines = [json.loads(x) for p in lists for x in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 5 and all(line["query"] and line["docs"] for line in lines)
