"""Hostile inputs at the ingest level: each bad file is one line naming it, never a traceback;
text in another encoding is decoded; odd digits are read or ignored, never a crash.

The corpus is made here, in tmp_path (the large files too)."""
from __future__ import annotations

import json
import logging
import math
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tracker import ingest
from tracker.ingest import IngestError, Limits, iter_articles
from tracker.limits import TimeLimit, longest_line, time_limit

GOOD_EN = ("China's exports to Russia reached 110.97 billion dollars in 2023, "
           "customs data showed on Friday.")
GOOD_FR = ("Les échanges commerciaux entre la Chine et la Russie ont atteint "
           "240,1 milliards de dollars en 2023.")


def read(path: Path, limits: Limits = ingest.DEFAULT_LIMITS) -> list[object]:
    return list(iter_articles([path], limits=limits))


def one_error(path: Path, limits: Limits = ingest.DEFAULT_LIMITS) -> str:
    out = read(path, limits)
    assert len(out) == 1 and isinstance(out[0], IngestError), out
    message = str(out[0])
    assert message.startswith(str(path)) and "\n" not in message
    return message


def one_article(path: Path, limits: Limits = ingest.DEFAULT_LIMITS):  # noqa: ANN201 - an Article
    out = read(path, limits)
    assert len(out) == 1 and not isinstance(out[0], IngestError), out
    return out[0]


# --------------------------------------------------------------------------- refused, in words

def test_empty_and_blank(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b" \n\t\n")
    assert "empty file" in one_error(tmp_path / "empty.txt")
    assert "empty file" in one_error(tmp_path / "blank.md")


def test_binary(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(bytes(range(256)) * 64)
    assert "binary file" in one_error(f)


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "dump.txt"
    line = (GOOD_EN + "\n").encode()
    with f.open("wb") as fh:
        fh.write(line * (50 * 2**20 // len(line) + 1))
    read_bytes = []
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: read_bytes.append(1) or pytest.fail("read"))
    message = one_error(f)
    assert "file of 52.4 MB, over the 20 MB limit" in message and "--max-mb 53" in message
    assert not read_bytes


def test_the_size_limit_can_be_raised(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text((GOOD_EN + "\n") * 2000, encoding="utf-8")  # 200 KB
    assert "over the 0.1 MB limit" in one_error(f, Limits(max_bytes=100_000))
    assert one_article(f, Limits(max_bytes=300_000)).text.startswith("China")


def test_a_10_mb_single_line_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "oneline.txt"
    f.write_bytes(b"trade " * (10 * 10**6 // 6))
    t0 = time.perf_counter()
    message = one_error(f)
    assert "a line of 9,999,996 characters, over the 1,000,000 limit" in message
    assert "--max-line" in message
    assert time.perf_counter() - t0 < 5


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_long_line_inside_a_json_text_is_refused_but_long_json_lines_are_not(tmp_path: Path, suffix: str) -> None:
    limits = Limits(max_line=1000)
    ok = tmp_path / f"ok{suffix}"
    ok.write_text(json.dumps({"id": "ok", "text": (GOOD_EN + "\n") * 40}), encoding="utf-8")  # one 4 KB line
    assert one_article(ok, limits).article_id == "ok"
    bad = tmp_path / f"bad{suffix}"
    bad.write_text(json.dumps({"id": "bad", "text": "x" * 5000}), encoding="utf-8")
    assert "a line of 5,000 characters" in one_error(bad, limits)


def test_deeply_nested_html(tmp_path: Path) -> None:
    f = tmp_path / "nested.html"
    f.write_text("<html><body>" + "<div>" * 50_000 + GOOD_EN + "</div>" * 50_000 + "</body></html>",
                 encoding="utf-8")
    out = read(f)
    assert len(out) == 1  # lxml stops at its depth limit: the text, or one line saying none was found
    assert not isinstance(out[0], IngestError) or "no article text" in str(out[0])


def test_html_of_scripts_and_styles_only(tmp_path: Path) -> None:
    f = tmp_path / "scripts.html"
    f.write_text("<html><head><style>p{color:red}</style></head><body>"
                 + "<script>var trade = '240 billion dollars';</script>" * 200
                 + "<style>body{}</style></body></html>", encoding="utf-8")
    assert "no article text found" in one_error(f)


@pytest.mark.parametrize("content, message", [
    ('{"id": "a", "text": 12}', "'text' must be a string, got a number"),
    ('{"id": ["a"], "text": "Exports rose."}', "'id' must be a string, got a list"),
    ('{"id": "a", "text": "Exports rose.", "published": {"y": 2023}}', "invalid 'published'"),
    ('{"id": "a", "text": "Exports rose.", "lang": true}', "'lang' must be a string"),
    ('{"id": 1e400, "text": "Exports rose."}', "'id' must be a string, got the number inf"),
    ('{"title": "no text"}', "record has no 'text' or 'html'"),
    ('{"id": "a", "html": 5}', "'html' must be a string"),
    ('[1, 2, 3]', "expected a JSON object, got a list"),
    ('"just a string"', "expected a JSON object, got a string"),
    ('{"id": ' + "9" * 100_000 + ', "text": "Exports rose."}', "invalid JSON (Exceeds the limit"),
    ('{"text": "' + "[" * 10 + '"', "invalid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_json_with_wrong_types_and_missing_fields(tmp_path: Path, content: str, message: str) -> None:
    f = tmp_path / "record.json"
    f.write_text(content, encoding="utf-8")
    assert message in one_error(f)


def test_jsonl_bad_records_are_named_by_line_and_the_good_ones_read(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    f.write_text("\n".join([json.dumps({"id": "a", "text": GOOD_EN}), '{"id": 3, "text": null}',
                            "9" * 10_000, json.dumps({"id": "b", "text": GOOD_FR})]), encoding="utf-8")
    out = read(f)
    assert [getattr(x, "article_id", None) for x in out] == ["a", None, None, "b"]
    assert str(out[1]).startswith(f"{f}:2: ") and str(out[2]).startswith(f"{f}:3: invalid JSON")


def test_symlink_loop_in_a_folder_and_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("b.txt", folder / "a.txt")
    os.symlink("a.txt", folder / "b.txt")
    os.symlink("gone.txt", folder / "dangling.txt")
    os.symlink(".", folder / "sub")  # a folder that contains itself
    out = list(iter_articles([folder]))
    messages = sorted(str(x) for x in out if isinstance(x, IngestError))
    assert [x.article_id for x in out if not isinstance(x, IngestError)] == ["good"]
    assert messages == [f"{folder / 'a.txt'}: symbolic link loop (the link leads back to itself)",
                        f"{folder / 'b.txt'}: symbolic link loop (the link leads back to itself)",
                        f"{folder / 'dangling.txt'}: broken symbolic link (to 'gone.txt', which does not exist)",
                        f"{folder / 'loop.txt'}: symbolic link loop (the link leads back to itself)"]
    assert "symbolic link loop" in one_error(folder / "loop.txt")
    with pytest.raises(ingest.IngestFailure, match="symbolic link loop"):
        ingest.read_article(folder / "loop.txt")


def test_a_named_pipe_is_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in one_error(fifo)
    folder = tmp_path
    (folder / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    out = list(iter_articles([folder]))
    assert [str(x) for x in out if isinstance(x, IngestError)] == [f"{fifo}: not a regular file (a pipe, socket or device)"]


UNREADABLE = """
import sys
from tracker.ingest import iter_articles
for item in iter_articles(sys.argv[1:]):
    print(item if not hasattr(item, "article_id") else "article " + item.article_id)
"""


@pytest.mark.skipif(not __import__("hostile_corpus").unreadable_possible(),
                    reason="root without setpriv reads every file")
def test_a_file_without_read_permission(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_EN, encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text(GOOD_EN, encoding="utf-8")
    secret.chmod(0)
    command = [sys.executable, "-c", UNREADABLE, str(folder)]
    if os.geteuid() == 0:  # root reads anything: drop the powers that let it
        command = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                   "--bounding-set=-dac_override,-dac_read_search", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["article good",
                                        f"{secret}: cannot read file (Permission denied)"]


def test_a_file_deleted_after_it_was_listed(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD_EN, encoding="utf-8")
    out = []
    for item in iter_articles([tmp_path]):
        out.append(item)
        (tmp_path / "b.txt").unlink(missing_ok=True)
    assert [getattr(x, "article_id", None) for x in out] == ["a", None, "c"]
    assert str(out[1]) == f"{tmp_path / 'b.txt'}: file disappeared before it could be read (deleted or moved during the run?)"


def test_reading_is_stopped_after_its_time(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><article>" + "".join(f"<p>Paragraph {i}: {GOOD_EN}</p>" for i in range(20_000))
                    + "</article></body></html>", encoding="utf-8")
    t0 = time.perf_counter()
    message = one_error(page, Limits(max_seconds=0.3))
    assert time.perf_counter() - t0 < 3
    assert message == f"{page}: reading stopped after 0.3 s; raise the limit with --max-seconds"


# --------------------------------------------------------------------------- read, with a word

@pytest.mark.parametrize("encoding, bom, warning", [
    ("latin-1", b"", "decoded as cp1252, not UTF-8"),
    ("cp1252", b"", "decoded as cp1252, not UTF-8"),
    ("utf-16-le", b"\xff\xfe", "decoded as utf-16, not UTF-8"),
    ("utf-16-be", b"\xfe\xff", "decoded as utf-16, not UTF-8"),
    ("utf-8", b"\xef\xbb\xbf", None),
])
def test_other_encodings_are_decoded(tmp_path: Path, encoding: str, bom: bytes, warning: str | None,
                                     caplog: pytest.LogCaptureFixture) -> None:
    text = GOOD_FR.replace("échanges", "échanges (déjà très élevés)")
    if encoding == "cp1252":
        text = text.replace("dollars", "dollars, soit 220 milliards d’euros")
    f = tmp_path / "article.txt"
    f.write_bytes(bom + text.encode(encoding))
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        assert one_article(f).text == text
    assert [r.getMessage() for r in caplog.records] == ([f"{f}: {warning}"] if warning else [])


def test_truncated_utf8_is_read_without_its_cut_character(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    f = tmp_path / "cut.txt"
    f.write_bytes((GOOD_FR + " Déjà é").encode("utf-8")[:-1])
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        assert one_article(f).text == GOOD_FR + " Déjà "
    assert [r.getMessage() for r in caplog.records] == [
        f"{f}: ends inside a UTF-8 character (cut short?); read without it"]


def test_control_characters_become_spaces_one_for_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    f = tmp_path / "ctrl.txt"
    f.write_text(GOOD_EN + "\nExports\x1b[31m reached\x07 12 billion dollars\x7f in 2023.\x85\tEnd\r\n",
                 encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        art = one_article(f)
    assert art.text == GOOD_EN + "\nExports [31m reached  12 billion dollars  in 2023. \tEnd\r\n"
    assert [r.getMessage() for r in caplog.records] == [f"{f}: 4 control characters replaced by spaces"]


def test_a_million_digit_number_is_no_figure(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import tracker

    f = tmp_path / "digits.txt"
    f.write_text(f"{GOOD_EN}\nExports reached\n{'7' * 1_000_000}\nbillion dollars.\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        art = one_article(f)
    assert [r.getMessage() for r in caplog.records] == [f"{f}: a number of over 1,000 digits is no figure; skipped"]
    df = tracker.extract_claims(art)
    assert [c.surface for c in df] == ["110.97 billion dollars"]


@pytest.mark.parametrize("text", ["Exports reached 1e400 billion dollars in 2023.",
                                  "Exports reached 1E+400 dollars, or 10^400 tonnes.",
                                  "Exports reached " + "9" * 400 + " billion dollars.",
                                  "Exports reached " + " ".join(["999"] * 200) + " billion dollars."])
def test_huge_numbers_give_finite_values_or_nothing(text: str) -> None:
    import tracker

    df = tracker.extract_text(text, published="2024-01-01", lang="en")
    assert all(math.isfinite(v) for v in df["value"]) and all(math.isfinite(v) for v in df["value_usd"].dropna())


@pytest.mark.parametrize("text, value", [
    ("Les exportations ont atteint ١٢٣ milliards de dollars en 2023.", 123e9),      # Arabic-Indic
    ("Exports reached ۱۲۳ billion dollars in 2023.", 123e9),                        # Persian
    ("Les exportations ont atteint １２３ milliards de dollars en 2023.", 123e9),    # full-width
    ("Exports reached １２３，５ billion dollars in 2023.", 123.5e9),
    ("Exports reached ٣٫٥ billion dollars in 2023.", 3.5e9),                        # Arabic decimal mark
    ("Les exportations ont atteint ٣٬٥٠٠ milliards de dollars en 2023.", 3500e9),   # Arabic thousands
    ("Exports reached ３５％ of the total in 2023.", 35),
])
def test_digits_of_other_scripts_are_read(text: str, value: float) -> None:
    import tracker

    df = tracker.extract_text(text, published="2024-01-01")
    assert list(df["value"]) == [pytest.approx(value)]
    row = df.iloc[0]
    from tracker.normtext import clean
    assert clean(text[row["start"]:row["end"]]) == row["surface"]


# --------------------------------------------------------------------------- the limits themselves

def test_longest_line() -> None:
    assert longest_line("") == 0
    assert longest_line("abc") == 3
    assert longest_line("a\n\nabcd\nab") == 4
    assert longest_line("x" * 10 + "\n") == 10


def test_time_limit_stops_a_loop_and_restores_the_outer_one() -> None:
    t0 = time.perf_counter()
    with pytest.raises(TimeLimit):
        with time_limit(0.1):
            while True:
                pass
    assert time.perf_counter() - t0 < 1
    with pytest.raises(TimeLimit) as outer:
        with time_limit(0.3):
            with time_limit(5):  # cannot extend the outer one
                while True:
                    pass
    assert outer.value.seconds == 0.3
    with pytest.raises(TimeLimit) as outer:
        with time_limit(0.3):
            with time_limit(0.05):
                pass
            while True:  # the outer limit still runs after the inner one
                pass
    assert outer.value.seconds == 0.3


def test_time_limit_outside_the_main_thread_does_nothing() -> None:
    done = []

    def work() -> None:
        with time_limit(0.01):
            time.sleep(0.05)
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]
