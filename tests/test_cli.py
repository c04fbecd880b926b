"""`tracker extract` on bad input: one clear line per bad file, the rest extracted,
exit 1 (issue 2, item 6); help texts; atomic output."""
import csv
import json

import pytest

from tracker.cli import main

GOOD = """---
id: good
published: 2024-01-12
lang: fr
---
Les échanges commerciaux entre la Chine et la Russie ont atteint 240,1 milliards de dollars en 2023.
"""


@pytest.fixture
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "lines.jsonl").write_text(
        json.dumps({"id": "ok-line", "published": "2023-06-07", "lang": "en",
                    "text": "China's exports to Russia rose 75.6% in May."}) + "\n"
        + '{"id": "broken", "text": "no closing brace"\n', encoding="utf-8")
    (d / "nav.html").write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
                                "<a href='/eco'>Economy</a></nav></body></html>", encoding="utf-8")
    return d


def _run(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr().err


def test_bad_inputs_are_reported_and_the_rest_extracted(inputs, tmp_path, capsys):
    out = tmp_path / "out" / "claims.csv"
    missing = tmp_path / "does-not-exist.txt"
    code, err = _run(capsys, "extract", str(inputs), str(missing), "--output", str(out), "-q")
    assert code == 1
    lines = [l for l in err.splitlines() if l.strip()]
    assert any("empty.txt" in l and "empty" in l for l in lines), err
    assert any("binary.txt" in l and "binary" in l for l in lines), err
    assert any("lines.jsonl:2" in l and "JSON" in l for l in lines), err
    assert any("does-not-exist.txt" in l and "no such file" in l for l in lines), err
    assert any("nav.html" in l and "no article text" in l for l in lines), err
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["article_id"] for r in rows} == {"good", "ok-line"}
    assert any(r["surface"] == "240,1 milliards de dollars" for r in rows)


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt", "nav.html"])
def test_each_bad_file_alone_exits_1_with_one_line(inputs, tmp_path, capsys, name):
    code, err = _run(capsys, "extract", str(inputs / name), "--output", str(tmp_path / "c.csv"), "-q")
    assert code == 1
    problem = [l for l in err.splitlines() if name in l and "->" not in l]
    assert len(problem) == 1, err


def test_good_input_exits_0(inputs, tmp_path, capsys):
    code, err = _run(capsys, "extract", str(inputs / "good.txt"), "--output", str(tmp_path / "c.parquet"), "-q")
    assert code == 0, err
    import pandas as pd

    df = pd.read_parquet(tmp_path / "c.parquet")
    assert df["value"].tolist() == [240.1e9]
    assert str(df["published"].dtype).startswith("datetime64")


def test_failed_run_keeps_the_previous_output(inputs, tmp_path, capsys):
    """A run refused by a locked store leaves the earlier table untouched."""
    from filelock import FileLock

    out = tmp_path / "claims.csv"
    assert main(["extract", str(inputs / "good.txt"), "--output", str(out), "-q"]) == 0
    before = out.read_bytes()
    with FileLock(str(tmp_path / "tracker.duckdb.lock")):
        code, err = _run(capsys, "extract", str(inputs / "good.txt"), "--output", str(out), "-q",
                         "--store", str(tmp_path / "tracker.duckdb"))
    assert code == 1 and "in use" in err
    assert out.read_bytes() == before


def test_unknown_output_format(inputs, tmp_path, capsys):
    code, err = _run(capsys, "extract", str(inputs / "good.txt"), "--output", str(tmp_path / "c.xlsx"))
    assert code == 2 and "c.xlsx" in err


def test_published_fills_undated_files(tmp_path, capsys):
    f = tmp_path / "undated.txt"
    f.write_text("Chinese exports to Russia rose 12% last month.", encoding="utf-8")
    out = tmp_path / "c.csv"
    assert main(["extract", str(f), "--published", "2024-03", "--output", str(out), "-q"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["period"] == "2024-02" and rows[0]["published"] == "2024-03-01"


@pytest.mark.parametrize("cmd", [[], ["extract"], ["explain"], ["check-rules"]])
def test_help_explains_with_an_example(cmd, capsys):
    with pytest.raises(SystemExit) as exc:
        main(cmd + ["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "example" in out and "tracker" in out


def test_explain_shows_cues_and_rejections(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("---\npublished: 2024-01-12\nlang: fr\n---\nLe PIB russe a progressé de 3,6 % en 2023. "
                 "Les exportations chinoises vers la Russie ont bondi de 47 % en 2023.", encoding="utf-8")
    assert main(["explain", str(f)]) == 0
    out = capsys.readouterr().out
    assert "'exportations'" in out and "CHN->RUS" in out
    assert "rejected" in out and "3,6 %" in out and "PIB" in out


def test_written_table_is_an_ordinary_file(inputs, tmp_path):
    """The atomic write goes through a private temporary file; the table itself is not private."""
    import os
    import stat

    out = tmp_path / "c.csv"
    old = os.umask(0o022)
    try:
        assert main(["extract", str(inputs / "good.txt"), "--output", str(out), "--no-store", "-q"]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
