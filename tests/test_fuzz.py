"""Fuzzing the public functions with Hypothesis: whatever the text or the bytes, nothing
raises, every value is finite, and every offset points at its surface.

`bench/fuzz_numbers.py` runs atheris over the number parser for longer, outside the tests.
"""
from __future__ import annotations

import json
import math
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import tracker
from tracker import ingest
from tracker.figures import find_mentions, parse_number
from tracker.normtext import clean
from tracker.text import NotText, decode_bytes

#: Pieces of trade news and of what breaks parsers: numbers in every typography and script,
#: scale words, currencies, units, countries, periods, and control, format and odd characters.
PIECES = [
    "0", "1", "12", "240,1", "240.1", "1 980 000", "13,253.13", "12.500", "9" * 45, "1e400", "1E+400",
    "10^400", "-", "+", "−", "%", " %", "\u202f%", "pp", "points", "bcm", "Mt", "tonnes", "bbl/d", "TWh",
    " milliards", " billion", " millions", " trillion", " mille", " de dollars", " dollars", " d'euros",
    " euros", " yuans", " roubles", "$", "€", "£", "₽", "¥", "US$", "USD", "EUR", " de m3", " m3",
    " Chine", " Russie", " China", " Russia", " India", " l'UE", " the EU", " exports", " imports",
    " exportations", " échanges commerciaux", " trade", " gas deliveries", " LNG", " oil", " pétrole",
    " en 2023", " in 2022", " en avril", " in May", " sur un an", " year on year", " Q1", " T3", " 2024-01",
    " entre ", " et ", " between ", " and ", " from ", " to ", " soit ", " or ", " (", ")", " fois",
    " times", " doubled", " la moitié", " a third", " objectif", " target", " forecast", " près de",
    " about", " more than", ".", ",", ";", ":", "\n", "\n\n", "\t", "\r\n", " ", "\u00a0", "\u2028",
    "١٢٣", "٫", "٬", "１２３", "，", "５％", "߁߂", "٣", "\x00", "\x1b[31m", "\x07", "\u200b", "\u202e",
    "\ufeff", "\ufffd", "🛢", "e\u0301", "İ", "ß", "ﬁ", "<script>alert(1)</script>", "=HYPERLINK(\"x\")",
    "deux cents", "two hundred", "cent vingt", "mille milliards de milliards",
]
TRADE_TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
ANY_TEXT = st.one_of(TRADE_TEXT, st.text(max_size=200),
                     st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map("".join))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _finite(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or math.isfinite(float(x))  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from(["fr", "en", ""]))
@example("Exports reached " + "9" * 1000 + " billion dollars in 2023.", "en")
@example("mille milliards de milliards de milliards de dollars", "fr")
def test_extract_claims_never_raises_values_finite_offsets_true(text: str, lang: str) -> None:
    from tracker.models import Article

    for c in tracker.extract_claims(Article("x", text, published=date(2024, 3, 15), lang=lang)):
        assert math.isfinite(c.value) and (c.value_high is None or math.isfinite(c.value_high)), c
        assert 0.0 <= c.confidence <= 1.0
        assert 0 <= c.start < c.end <= len(text)
        assert clean(text[c.start:c.end]) == c.surface, (text[c.start:c.end], c.surface)


# the table adds value_usd, periods and validation (a fifth of a second a call): fewer examples
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT, st.sampled_from(["fr", "en", None]))
@example("Exports reached " + "9" * 1000 + " billion dollars in 2023.", "en")
@example("Les échanges ont atteint 1e400 milliards de dollars.", "fr")
@example("Les échanges ont atteint 1" + "0" * 39 + " milliards de milliards de dollars en 2023.", "fr")
def test_extract_text_never_raises_values_finite_offsets_true(text: str, lang: str | None) -> None:
    df = tracker.extract_text(text, published="2024-03-15", lang=lang)
    for row in df.itertuples(index=False):
        assert math.isfinite(row.value), row
        assert row.value_high is None or pd_na(row.value_high) or math.isfinite(row.value_high), row
        assert pd_na(row.value_usd) or math.isfinite(row.value_usd), row
        assert 0.0 <= row.confidence <= 1.0
        assert 0 <= row.start < row.end <= len(text)
        written = text[row.start:row.end]
        assert written == row.surface or clean(written) == row.surface, (written, row.surface)
        assert row.sentence and clean(text).find(row.sentence) >= 0


def pd_na(x: object) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


@FUZZ
@given(ANY_TEXT, st.sampled_from(["fr", "en"]))
def test_find_mentions_offsets_and_finite_values(text: str, lang: str) -> None:
    cleaned = clean(text)
    for m in find_mentions(cleaned, lang):
        assert cleaned[m.start:m.end] == m.surface
        assert m.value.is_finite() and (m.value_high is None or m.value_high.is_finite())
        assert math.isfinite(float(m.value))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.text(alphabet="0123456789 ,.\u202f\u00a0e+-١٢٣١２", max_size=60)),
       st.sampled_from(["fr", "en"]))
@example("9" * 1_000_000, "en")
@example("1e400", "en")
@example("NaN", "fr")
@example("Infinity", "en")
@example("1_000", "en")
def test_parse_number_gives_a_finite_decimal_or_none(s: str, lang: str) -> None:
    value = parse_number(s, lang)
    assert value is None or (isinstance(value, Decimal) and value.is_finite())


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=400),
                 st.text(max_size=200).flatmap(lambda t: st.sampled_from(
                     ["utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "utf-8-sig"]).map(
                     lambda enc: t.encode(enc, errors="replace"))),
                 st.text(max_size=200).map(lambda t: t.encode("utf-8")).flatmap(
                     lambda b: st.integers(0, len(b)).map(lambda n: b[:n]))),
       st.one_of(st.none(), st.sampled_from(["utf-8", "latin-1", "koi8-r", "no-such-charset", "utf-16", ""])))
def test_decode_bytes_gives_text_or_not_text(data: bytes, declared: str | None) -> None:
    try:
        text, encoding = decode_bytes(data, declared=declared)
    except NotText:
        return
    assert isinstance(text, str) and isinstance(encoding, str) and encoding


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]),
       content=st.one_of(
           st.binary(max_size=500),
           ANY_TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
           ANY_TEXT.map(lambda t: t.encode("utf-16")),
           ANY_TEXT.map(lambda t: ("<html><body>" + "<div>" * 300 + "<p>" + t + "</p></body></html>").encode()),
           st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
                        lambda c: st.one_of(st.lists(c, max_size=3),
                                            st.dictionaries(st.sampled_from(["id", "text", "html", "published",
                                                                             "lang", "title", "url", "x"]),
                                                            c, max_size=5)),
                        max_leaves=10).map(lambda v: json.dumps(v).encode()),
           st.text(max_size=100).map(lambda t: f"---\nid: {t}\npublished: {t[:10]}\n---\n{t}".encode()),
       ))
def test_ingest_on_any_bytes_gives_articles_or_one_line_errors(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    for item in ingest.iter_articles([path]):
        if isinstance(item, ingest.IngestError):
            message = str(item)
            assert message.startswith(str(path)) and "\n" not in message and "Traceback" not in message
        else:
            assert item.text.strip() and isinstance(item.article_id, str)
            assert not any(0x00 <= ord(c) < 0x09 or 0x0E <= ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in item.text)


@pytest.mark.parametrize("text", ["", " ", "\n" * 1000, "%" * 500, "9" * 5000, "1," * 2000, "de " * 3000],
                         ids=["empty", "space", "newlines", "percents", "digits", "commas", "words"])
def test_degenerate_texts(text: str) -> None:
    assert tracker.extract_text(text, published="2024", lang="fr").empty
