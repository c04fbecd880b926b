"""The extractor's shortcuts must not change what it finds: each fast path is checked against
the plain way it replaced, on every sentence of the corpus and on random text."""
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import lexicon as lx
from tracker import periods as pr
from tracker.ingest import iter_articles
from tracker.models import Article
from tracker.normtext import clean, sentences

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["fr", "en"]


def _corpus_sentences() -> list[tuple[str, str]]:
    arts = [a for a in iter_articles([str(ROOT / "data" / "raw"), str(ROOT / "tests" / "holdout" / "raw")])
            if isinstance(a, Article)]
    return [(a.lang, s.text) for a in arts for s in sentences(clean(a.text))]


SENTENCES = _corpus_sentences()


def _cased_chars() -> str:
    return "".join(c for c in map(chr, range(0x20, sys.maxunicode + 1))
                   if not 0xD800 <= ord(c) < 0xE000 and (c.lower() != c or c.upper() != c))


def test_plain_characters_match_case_insensitively_only_their_own_lower_case():
    """What lexicon.lowered rests on: a plain letter matches, under IGNORECASE, only characters
    with the same lower case, or characters that are not plain themselves."""
    hay = _cased_chars()
    plain = [c for c in hay if lx.plain_case(c)]
    assert len(plain) > 2000
    wrong = []
    for c in plain:
        for x in re.findall(re.escape(c), hay, re.IGNORECASE):
            if x.lower() != c.lower() and lx.plain_case(x):
                wrong.append((c, x))
    assert wrong == []


def test_lowered_refuses_texts_whose_lower_case_is_not_one_for_one():
    assert lx.lowered("Exportations de İzmir") is None  # İ lower-cases to two characters
    assert lx.lowered("ΟΔΟΣ") is None  # a capital sigma lower-cases by context
    assert lx.lowered("ſeptembre") is None  # the long s is taken for an s
    assert lx.lowered("En Septembre, +5 %") == "en septembre, +5 %"


def _same_matches(text: str, lang: str) -> None:
    fast = [(k, m.span(), m.groupdict(), m.groups()) for k, m in pr.period_matches(text, lang)]
    slow = [(k, m.span(), m.groupdict(), m.groups()) for k, m in pr.period_matches(text, lang, gates=False)]
    assert fast == slow, text


def test_gated_period_search_equals_the_full_search_on_the_corpus():
    assert len(SENTENCES) > 500
    for lang, text in SENTENCES:
        for variant in (text, text.upper(), text.lower()):
            _same_matches(variant, lang)


_WORDS = sorted({w for lang in LANGS for w in re.findall(r"[^\W\d_]+", " ".join(t for l, t in SENTENCES if l == lang))
                 if len(w) > 2})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(["2023", "12", "-", "ſ", "İ", "K", "ı", "Σ", ",", " "]),
                          st.text(max_size=3)), max_size=12), st.sampled_from(LANGS))
def test_gated_period_search_equals_the_full_search_on_random_text(pieces, lang):
    text = " ".join(pieces)
    _same_matches(text, lang)
    for future in (False, True):
        assert pr.find_periods(text, lang, date(2024, 1, 12), "day", future) == pr.find_periods(
            text, lang, date(2024, 1, 12), "day", future, matches=pr.period_matches(text, lang, gates=False))
