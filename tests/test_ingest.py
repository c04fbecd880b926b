"""Reading article files: tracker.ingest (and the decoding/lang helpers of tracker.text)."""
from __future__ import annotations

import json
import logging
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.ingest import IngestError, IngestFailure, iter_articles, parse_published, read_article
from tracker.models import Article
from tracker.text import NotText, decode_bytes, detect_lang

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_all(*paths: str | Path, published: str | None = None) -> list[Article | IngestError]:
    return list(iter_articles([str(p) for p in paths], published=published))


def only_article(*paths: str | Path, published: str | None = None) -> Article:
    items = read_all(*paths, published=published)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), str(items[0])
    return items[0]


def only_error(*paths: str | Path, published: str | None = None) -> IngestError:
    items = read_all(*paths, published=published)
    assert len(items) == 1, items
    assert isinstance(items[0], IngestError), items[0]
    return items[0]


# --- parse_published ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-12", (date(2024, 1, 12), "day")),
        ("2024-01", (date(2024, 1, 1), "month")),
        ("2024", (date(2024, 1, 1), "year")),
        (" 2023-11 ", (date(2023, 11, 1), "month")),
        ("2024-01-12T09:30:00+01:00", (date(2024, 1, 12), "day")),
        ("2024-01-12T23:30:00Z", (date(2024, 1, 12), "day")),
        ("2024-01-12 09:30", (date(2024, 1, 12), "day")),
        (date(2022, 3, 4), (date(2022, 3, 4), "day")),
        (2021, (date(2021, 1, 1), "year")),
        (None, (None, None)),
        ("", (None, None)),
    ],
)
def test_parse_published(value: object, expected: tuple[date | None, str | None]) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13", "2024-02-30", "12/01/2024", "24", True, [2024]])
def test_parse_published_rejects_garbage(value: object) -> None:
    with pytest.raises(ValueError, match="unrecognised date"):
        parse_published(value)


# --- txt / md and front matter -------------------------------------------------------


def test_markdown_front_matter_gives_metadata_and_exact_body() -> None:
    article = only_article(FIXTURES / "fr_commerce.md")
    assert article.article_id == "fr-commerce-001"
    assert article.published == date(2024, 1, 1)
    assert article.published_precision == "month"
    assert article.source == "Le Courrier de l'Est"
    assert article.url == "https://example.org/fr/commerce-chine-russie"
    assert article.title == "Chine-Russie : des échanges record"
    assert article.lang == "fr"
    raw = (FIXTURES / "fr_commerce.md").read_text(encoding="utf-8")
    # The body is the file after the closing --- and the one blank line after it,
    # inner double spaces and trailing spaces included.
    assert article.text == raw.split("---\n\n", 1)[1]
    assert article.text.startswith("Les échanges commerciaux")
    assert "dernier,  selon" in article.text
    assert article.text.endswith("marché russe.   \n")


def test_plain_text_without_front_matter_is_kept_whole() -> None:
    path = FIXTURES / "en_exports.txt"
    article = only_article(path)
    assert article.article_id == "en_exports"
    assert article.text == path.read_text(encoding="utf-8")
    assert article.published is None and article.published_precision is None
    assert article.lang == "en"
    assert article.path == str(path)


def test_front_matter_with_crlf_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbf---\r\npublished: 2023-05-24\r\nlang: FR\r\n---\r\n\r\nLigne un.\r\nLigne deux.\r\n")
    article = only_article(path)
    assert article.text == "Ligne un.\r\nLigne deux.\r\n"
    assert article.published == date(2023, 5, 24) and article.published_precision == "day"
    assert article.lang == "fr"
    assert article.article_id == "win"


def test_only_one_blank_line_after_front_matter_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "gap.md"
    path.write_text("---\nid: g\n---\n\n\n  Indented first line.\n", encoding="utf-8")
    assert only_article(path).text == "\n  Indented first line.\n"


def test_unknown_front_matter_keys_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "extra.md"
    path.write_text("---\ntags: [trade, energy]\nauthor: someone\n---\nBody text here.\n", encoding="utf-8")
    article = only_article(path)
    assert article.article_id == "extra"
    assert article.text == "Body text here.\n"


def test_malformed_front_matter_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\nid: ok\ntitle: [unclosed\nsource: x\n---\nBody.\n", encoding="utf-8")
    error = only_error(path)
    assert error.line == 4
    assert str(error).startswith(f"{path}:4: invalid YAML front matter (")
    assert "\n" not in str(error)


def test_front_matter_without_closing_line(tmp_path: Path) -> None:
    path = tmp_path / "open.md"
    path.write_text("---\nid: x\nBody that never closes the block.\n", encoding="utf-8")
    assert str(only_error(path)) == f"{path}:1: front matter has no closing '---' line"


def test_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "list.md"
    path.write_text("---\n- a\n- b\n---\nBody.\n", encoding="utf-8")
    assert "not a mapping" in only_error(path).message


def test_bad_date_in_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "date.md"
    path.write_text("---\npublished: last week\n---\nBody.\n", encoding="utf-8")
    error = only_error(path)
    assert str(error).startswith(f"{path}: invalid 'published': unrecognised date 'last week'")


def test_front_matter_keeps_scalars_as_written(tmp_path: Path) -> None:
    path = tmp_path / "scalars.md"
    path.write_text("---\nid: 0012\nlang: no\ntitle: 1984\npublished: 2024\n---\nBody.\n", encoding="utf-8")
    article = only_article(path)
    # YAML 1.1 would read 0012 as 10 and "no" (Norwegian) as False.
    assert (article.article_id, article.lang, article.title) == ("0012", "no", "1984")
    assert (article.published, article.published_precision) == (date(2024, 1, 1), "year")


def test_impossible_date_in_front_matter_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "feb30.md"
    path.write_text("---\npublished: 2024-02-30\n---\nBody.\n", encoding="utf-8")
    assert "invalid 'published': unrecognised date '2024-02-30'" in only_error(path).message


@pytest.mark.parametrize("content", ["", "   \n\t\n", "---\nid: x\ntitle: nothing below\n---\n\n  \n"])
def test_empty_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    assert str(only_error(path)) == f"{path}: empty file"


# --- published from the command line --------------------------------------------------


def test_published_option_fills_only_undated_files() -> None:
    undated = only_article(FIXTURES / "en_exports.txt", published="2023-07")
    assert (undated.published, undated.published_precision) == (date(2023, 7, 1), "month")
    dated = only_article(FIXTURES / "fr_commerce.md", published="2023-07-15")
    assert (dated.published, dated.published_precision) == (date(2024, 1, 1), "month")
    year_only = only_article(FIXTURES / "en_exports.txt", published="2019")
    assert (year_only.published, year_only.published_precision) == (date(2019, 1, 1), "year")


def test_bad_published_option_fails_before_reading() -> None:
    with pytest.raises(ValueError, match="unrecognised date 'soon'"):
        iter_articles([str(FIXTURES)], published="soon")


# --- html -------------------------------------------------------------------------


def test_html_page_main_text_and_metadata() -> None:
    article = only_article(FIXTURES / "page.html", published="2020-01-01")
    paragraphs = article.text.split("\n")
    assert paragraphs[1].startswith("Pipeline deliveries of natural gas")
    assert paragraphs[2].startswith("Liquefied natural gas arriving by ship")
    assert paragraphs[3].endswith("barring a sudden cold spell.")
    for boilerplate in ("Markets", "all rights reserved", "Privacy"):
        assert boilerplate not in article.text
    assert article.title == "Gas flows to Europe fall again"
    assert article.source == "Harbour Ledger"
    assert article.url == "https://example.org/energy/gas-flows-fall"
    # The page's own date wins over --published.
    assert (article.published, article.published_precision) == (date(2024, 2, 14), "day")
    assert article.article_id == "page"
    assert article.lang == "en"


def test_undated_html_takes_published_option_not_a_year_from_the_body(tmp_path: Path) -> None:
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    page = page.replace('<meta property="article:published_time" content="2024-02-14T08:15:00+01:00">', "")
    page = page.replace("last month,", "in March 2021,")
    path = tmp_path / "undated.html"
    path.write_text(page, encoding="utf-8")
    assert only_article(path).published is None
    article = only_article(path, published="2024-03")
    assert (article.published, article.published_precision) == (date(2024, 3, 1), "month")


def test_html_page_with_only_navigation_and_cookie_banner() -> None:
    path = FIXTURES / "nav_only.html"
    assert str(only_error(path)) == f"{path}: no article text found in HTML page"


def test_htm_suffix_and_declared_latin_charset(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Blé</title></head><body><article>'
        "<p>Les ventes de blé français à l’Algérie ont reculé cet été, faute de récolte suffisante.</p>"
        "<p>Le prix moyen a dépassé 250 € la tonne à Rouen, un niveau jamais vu depuis deux ans.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "ble.htm"
    path.write_bytes(html.encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        article = only_article(path)
    assert "blé français à l’Algérie" in article.text
    assert "250 € la tonne" in article.text
    assert article.lang == "fr"
    assert [r.getMessage() for r in caplog.records] == [f"{path}: decoded as cp1252, not UTF-8"]


PAGE_FR = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body><article>'
    "<p>L’Union européenne a réduit ses achats d’électricité à la Suisse, d’après l’office fédéral de l’énergie.</p>"
    "<p>Les œuvres de maintenance sur deux lignes ont pesé sur les flux pendant tout l’hiver dernier.</p>"
    "</article></body></html>"
)


def test_page_labelled_latin1_is_read_as_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    path.write_bytes(PAGE_FR.format(charset="ISO-8859-1").encode("cp1252"))  # ’ and œ are 0x92, 0x9C
    article = only_article(path)
    assert "L’Union européenne" in article.text and "Les œuvres" in article.text


def test_page_with_a_wrong_charset_label_but_utf8_bytes(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "mislabelled.html"
    path.write_bytes(PAGE_FR.format(charset="iso-8859-1").encode("utf-8"))
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        article = only_article(path)
    assert "L’Union européenne" in article.text
    assert caplog.records == []


# --- json / jsonl -------------------------------------------------------------------


def test_jsonl_bad_line_is_reported_and_other_lines_are_read() -> None:
    path = FIXTURES / "wire.jsonl"
    items = read_all(path, published="2021-06")
    errors = [str(i) for i in items if isinstance(i, IngestError)]
    articles = [i for i in items if isinstance(i, Article)]
    assert errors == [
        f"{path}:2: invalid JSON (Expecting ',' delimiter)",
        f"{path}:5: record has no 'text' or 'html'",
    ]
    assert [a.article_id for a in articles] == ["wire-1", "wire-4"]
    first, fourth = articles
    assert (first.published, first.published_precision, first.source) == (date(2023, 4, 20), "day", "Agence du Nord")
    assert first.lang == "fr"
    assert (fourth.published, fourth.published_precision) == (date(2021, 6, 1), "month")
    assert fourth.lang == "en"  # "en-GB" in the record


def test_json_single_object() -> None:
    article = only_article(FIXTURES / "single.json")
    assert article.article_id == "json-solo"
    assert (article.published, article.published_precision) == (date(2022, 1, 1), "year")
    assert article.title == "Achats de GNL"
    assert article.text.startswith("La Turquie a augmenté")


def test_json_without_id_uses_the_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "note-7.json"
    path.write_text(json.dumps({"text": "A short English note about coal imports into Japan."}), encoding="utf-8")
    assert only_article(path).article_id == "note-7"


def test_json_record_with_html_goes_through_the_page_reader(tmp_path: Path) -> None:
    page = (FIXTURES / "page.html").read_text(encoding="utf-8")
    path = tmp_path / "pages.jsonl"
    path.write_text(
        json.dumps({"id": "p1", "html": page, "source": "Syndicated"}) + "\n"
        + json.dumps({"html": (FIXTURES / "nav_only.html").read_text(encoding="utf-8")}) + "\n",
        encoding="utf-8",
    )
    items = read_all(path)
    article, error = items
    assert isinstance(article, Article) and isinstance(error, IngestError)
    assert article.article_id == "p1"
    assert article.source == "Syndicated"  # the record's own field wins over the page's
    assert article.title == "Gas flows to Europe fall again"
    assert article.published == date(2024, 2, 14)
    assert "Liquefied natural gas arriving by ship" in article.text
    assert str(error) == f"{path}:2: no article text found in HTML page"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "x", "text": "Fine."', "1: invalid JSON (Expecting ',' delimiter)"),
        ('[{"text": "In a list."}]', "expected a JSON object, got a list"),
        ('{"text": 42}', "'text' must be a string, got a number"),
        ('{"text": "Body.", "title": ["a", "b"]}', "'title' must be a string, got a list"),
        ('{"text": "Body.", "lang": "french"}', "'lang' 'french' is not an ISO 639-1 language code"),
    ],
)
def test_json_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "rec.json"
    path.write_text(content, encoding="utf-8")
    error = only_error(path)
    assert str(error).startswith(f"{path}:")
    assert str(error).endswith(message)


def test_jsonl_text_may_contain_unicode_line_separators(tmp_path: Path) -> None:
    path = tmp_path / "sep.jsonl"
    path.write_text('{"id": "s", "text": "One\u2028two."}\n', encoding="utf-8")
    assert only_article(path).text == "One\u2028two."


# --- bad files and paths -----------------------------------------------------------


def test_missing_path() -> None:
    assert str(only_error("no/such/dir/article.txt")) == "no/such/dir/article.txt: no such file or directory"


def test_empty_path_is_not_the_current_folder() -> None:
    assert str(only_error("")) == "'': empty path"


def test_a_single_path_given_bare_is_one_path() -> None:
    items = list(iter_articles(str(FIXTURES / "single.json")))
    assert [getattr(i, "article_id", str(i)) for i in items] == ["json-solo"]


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        bytes(range(256)) * 8,
        b"\x01\x02\x03\x04\x05\x06\x07\x08 text \x0e\x0f\x10\x11\x12\x13\x14",
    ],
)
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    assert str(only_error(path)) == f"{path}: binary file, not text"


def test_explicit_file_with_unknown_suffix_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7")
    error = only_error(path)
    assert str(error).startswith(f"{path}: unsupported file type '.pdf'")


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second file, fine.", encoding="utf-8")
    items = read_all(tmp_path / "a.txt", tmp_path / "missing.md", tmp_path / "b.txt")
    assert [str(i) if isinstance(i, IngestError) else i.article_id for i in items] == [
        f"{tmp_path / 'a.txt'}: empty file",
        f"{tmp_path / 'missing.md'}: no such file or directory",
        "b",
    ]


def test_read_article_raises_with_the_error_line(tmp_path: Path) -> None:
    assert [a.article_id for a in read_article(FIXTURES / "single.json")] == ["json-solo"]
    with pytest.raises(IngestFailure) as info:
        read_article(FIXTURES / "wire.jsonl")
    assert len(info.value.errors) == 2
    assert str(info.value) == f"{FIXTURES / 'wire.jsonl'}:2: invalid JSON (Expecting ',' delimiter)"
    with pytest.raises(IngestFailure, match="no such file or directory"):
        read_article(tmp_path / "absent.txt")


# --- folders -----------------------------------------------------------------------


def test_folder_recursion_is_sorted_and_skips_other_files(tmp_path: Path) -> None:
    names = ["b.txt", "a/z.md", "a/b/c.json", "a-b.txt", "A.txt", "c/notes.docx", "c/d.jsonl",
             ".hidden.txt", ".git/x.txt", "e.HTML"]
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "Some words about trade." if not name.endswith(("json", "jsonl", "HTML")) else ""
        if name.endswith(".json"):
            body = '{"text": "Some words about trade."}'
        elif name.endswith(".jsonl"):
            body = '{"text": "Line one."}\n{"text": "Line two."}\n'
        elif name.endswith(".HTML"):
            body = (FIXTURES / "page.html").read_text(encoding="utf-8")
        path.write_text(body, encoding="utf-8")
    items = read_all(tmp_path)
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items]
    got = [Path(i.path).relative_to(tmp_path).as_posix() for i in items if isinstance(i, Article)]
    assert got == ["A.txt", "a/b/c.json", "a/z.md", "a-b.txt", "b.txt", "c/d.jsonl", "c/d.jsonl", "e.HTML"]
    assert [i.article_id for i in items if isinstance(i, Article)][5:7] == ["d-1", "d-2"]


def test_a_file_named_twice_is_read_once() -> None:
    items = read_all(FIXTURES / "single.json", FIXTURES, FIXTURES / "single.json")
    ids = [i.article_id for i in items if isinstance(i, Article)]
    assert ids.count("json-solo") == 1
    assert ids[0] == "json-solo"


# --- decoding ----------------------------------------------------------------------


FRENCH = (
    "Les échanges entre la France et l’Algérie ont progressé de 4 % l’an dernier, à 11,5 milliards d’euros. "
    "Le gaz représente à lui seul près de la moitié des achats français ; le blé, lui, a reculé.\n"
    "Le prix moyen du mégawattheure s’est établi à 48 €, d’après le ministère de l’Économie.\n"
)


def test_cp1252_french_file_is_decoded_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "algerie.txt"
    path.write_bytes(("---\nid: dz-1\n---\n" + FRENCH).encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        article = only_article(path)
    assert article.text == FRENCH
    assert article.lang == "fr"
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert messages == [f"{path}: decoded as cp1252, not UTF-8"]


def test_short_latin1_french_file_is_decoded(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = "Déjà près de la moitié des ventes à l'étranger.\n"
    path = tmp_path / "court.txt"
    path.write_bytes(text.encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        assert only_article(path).text == text
    assert len(caplog.records) == 1 and "not UTF-8" in caplog.records[0].getMessage()


def test_utf8_file_gives_no_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "ok.txt"
    path.write_text(FRENCH, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="tracker.ingest"):
        assert only_article(path).text == FRENCH
    assert caplog.records == []


def test_decode_bytes_utf16_with_bom_and_rejects_nul() -> None:
    assert decode_bytes(FRENCH.encode("utf-16")) == (FRENCH, "utf-16")
    with pytest.raises(NotText):
        decode_bytes(b"abc\x00def")


# --- language ----------------------------------------------------------------------


def test_detect_lang_french_and_english() -> None:
    assert detect_lang(FRENCH) == "fr"
    assert detect_lang("Exports of liquefied natural gas from Qatar to Europe rose last winter.") == "en"
    assert detect_lang("12 345 678") == ""


def test_detect_lang_only_picks_from_the_given_languages() -> None:
    assert detect_lang(FRENCH, languages=("en", "de")) in {"en", "de"}
    assert detect_lang(FRENCH, languages=("en",)) == "en"


def test_russian_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_text("Товарооборот России и Китая по итогам 2023 года вырос на 26,3%, до 240,1 млрд долларов.",
                    encoding="utf-8")
    assert only_article(path).lang == "ru"


@pytest.mark.parametrize("name, text, language", [
    ("de.txt", "Der Handel zwischen China und Russland stieg im Jahr 2023 um 26 Prozent auf 240 Milliarden Dollar.",
     "German (de)"),
    ("zh.txt", "2023年中俄贸易额增长26.3%，达到2401亿美元，海关总署公布的数据显示。", "(zh)"),
])
def test_a_text_in_a_language_with_no_lexicon_is_an_error_naming_file_and_language(
        tmp_path: Path, name: str, text: str, language: str) -> None:
    """Not routed to the nearest language we have: one error line, and the other files go on."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    items = read_all(tmp_path)
    errors = [str(i) for i in items if isinstance(i, IngestError)]
    assert len(errors) == 1 and name in errors[0] and language in errors[0] and "no lexicon" in errors[0], errors
    assert [a.lang for a in items if isinstance(a, Article)] == ["fr"]


def test_metadata_lang_wins_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "tagged.md"
    path.write_text("---\nlang: en\n---\n" + FRENCH, encoding="utf-8")
    assert only_article(path).lang == "en"


def test_lang_detection_is_fast_on_3kb() -> None:
    text = (FRENCH * 20)[:3000]
    detect_lang(text)  # loads the model once
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        assert detect_lang(text) == "fr"
    per_call = (time.perf_counter() - start) / runs
    assert per_call < 0.05, f"{per_call * 1000:.1f} ms per 3 KB text"


# --- never crash -------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]),
    content=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.text(max_size=200).map(lambda t: ("---\n" + t + "\n---\n" + t).encode("utf-8")),
        st.text(max_size=200).map(lambda t: ('{"text": ' + json.dumps(t) + ', "published": "' + t[:8] + '"}').encode()),
    ),
)
def test_any_file_content_gives_articles_or_one_line_errors(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    for item in read_all(path):
        if isinstance(item, IngestError):
            assert str(item).startswith(f"{path}")
            assert "\n" not in str(item)
        else:
            assert isinstance(item, Article) and item.text.strip()
