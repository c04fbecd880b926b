"""bench/realnews_save.py: a fetched page is saved only as the text the gold was annotated on."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import bench_tools

ROOT = Path(__file__).resolve().parents[1]
rs = bench_tools.load("realnews_save")

# written for this test
ANNOTATED = ("Exports to Ghana rose 12 % in 2023.\n\nThe ministry said shipments of cocoa fell.\n\n"
             "Imports reached 4,1 milliards : a record.")


def sha(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def test_the_page_as_stored_is_brought_back_to_the_annotated_text() -> None:
    want = sha(ANNOTATED)
    # the date marker before it
    assert rs.find("date 2024-03-05 " + ANNOTATED, want) == ANNOTATED
    # single line breaks where the annotated text had blank lines
    assert rs.find(ANNOTATED.replace("\n\n", "\n"), want) == ANNOTATED
    # a paragraph the page grew since
    grown = ANNOTATED.replace("\n\nImports", "\n\nA paragraph added later.\n\nImports")
    assert rs.find(grown, want) == ANNOTATED
    # French no-break spaces lost in copying
    nbsp = ANNOTATED.replace(" %", "\u00a0%").replace(" :", "\u00a0:")
    assert rs.find(ANNOTATED, sha(nbsp)) == nbsp


def test_a_different_text_is_refused() -> None:
    assert rs.find(ANNOTATED.replace("12 %", "13 %"), sha(ANNOTATED)) is None


def test_the_excerpt_as_a_json_literal_keeps_its_escapes(tmp_path: Path) -> None:
    text = "Trade hit 5\u00a0% in May.\nA \"record\"."
    raw = tmp_path / "x.json"
    raw.write_text(json.dumps(text), encoding="utf-8")
    assert rs.read_raw(raw.read_text(encoding="utf-8")) == text
    assert rs.read_raw("plain text\n") == "plain text\n"


def test_main_writes_the_cache_only_on_a_match(tmp_path: Path, monkeypatch) -> None:
    manifest = tmp_path / "docs.jsonl"
    manifest.write_text(json.dumps({"doc": "zz-en-001", "sha256": sha(ANNOTATED), "chars": len(ANNOTATED)}) + "\n",
                        encoding="utf-8")
    monkeypatch.setattr(rs, "MANIFESTS", (manifest,))
    raw = tmp_path / "raw.json"
    raw.write_text(json.dumps("date 2024-03-05 " + ANNOTATED), encoding="utf-8")
    cache = tmp_path / "cache"
    assert rs.main(["zz-en-001", str(raw), "--cache", str(cache)]) == 0
    assert (cache / "zz-en-001.txt").read_bytes() == ANNOTATED.encode("utf-8")
    raw.write_text(json.dumps("something else"), encoding="utf-8")
    (cache / "zz-en-001.txt").unlink()
    assert rs.main(["zz-en-001", str(raw), "--cache", str(cache)]) == 1
    assert not (cache / "zz-en-001.txt").exists()
    assert rs.main(["zz-en-404", str(raw), "--cache", str(cache)]) == 2
