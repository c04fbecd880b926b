"""bench/rows_delta.py: a change's rows counted right or wrong against the gold, field by field."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import bench_tools

ROOT = Path(__file__).resolve().parents[1]


def _tool():
    return bench_tools.load("rows_delta")


COLS = ["article_id", "surface", "start", "exporter", "importer", "period", "indicator", "commodity",
        "measure", "modality", "sentence"]


def _table(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLS)
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLS})
    return path


def test_changed_rows_are_counted_against_the_gold(tmp_path, capsys):
    base = dict(indicator="exports", commodity="all", measure="level", modality="actual", sentence="s")
    old = _table(tmp_path / "old.csv", [
        dict(base, article_id="a", surface="$5 billion", start="10", exporter="RUS", importer="UKR", period="2022"),
        dict(base, article_id="a", surface="7%", start="40", exporter="CHN", importer="RUS", period="2023"),
        dict(base, article_id="b", surface="3 bcm", start="5", exporter="RUS", importer="CHN", period="2021"),
    ])
    new = _table(tmp_path / "new.csv", [
        dict(base, article_id="a", surface="$5 billion", start="10", exporter="CHN", importer="RUS", period="2022"),
        dict(base, article_id="a", surface="7%", start="40", exporter="RUS", importer="WLD", period="2023"),
        dict(base, article_id="b", surface="3 bcm", start="5", exporter="RUS", importer="CHN", period="2020"),
    ])
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(g) for g in [
        {"doc": "a", "surface": "$5 billion", "exporter": "CHN", "importer": "RUS", "period": "2022"},
        {"doc": "a", "surface": "7%", "exporter": "CHN", "importer": "RUS", "period": "2023"},
        {"doc": "b", "surface": "3 bcm", "exporter": "RUS", "importer": "CHN", "period": "2022"},
    ]), encoding="utf-8")
    tool = _tool()
    counts, changed = tool.compare(tool.load(str(old)), tool.load(str(new)), tool.load_gold([gold]), ["pair", "period"])
    assert counts["pair"] == {"better": 1, "worse": 1}
    assert counts["period"] == {"other": 1}  # 2021 -> 2020, the gold says 2022: neither
    assert {(tag, field, key[1]) for tag, field, key, *_ in changed} == {
        ("better", "pair", "$5 billion"), ("worse", "pair", "7%"), ("other", "period", "3 bcm")}
    # the command line prints the same counts, and reads a directory holding claims.csv
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "claims.csv").write_text(new.read_text(encoding="utf-8"), encoding="utf-8")
    assert tool.main([str(old), str(tmp_path / "run"), "--gold", str(gold), "--field", "pair"]) == 0
    out = capsys.readouterr().out
    assert "pair      better    1  worse    1  other    0" in out
