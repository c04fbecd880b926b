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
LANGS = ["fr", "en", "ru"]


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


def _case_insensitive_patterns() -> list[re.Pattern[str]]:
    """Every case-insensitive pattern of the figure, cue and period grammars."""
    from tracker import context as cx
    from tracker import figures as fg

    out = []
    for lang in LANGS:
        for g in (fg.grammar(lang), cx.grammar(lang)):
            out += [v for v in vars(g).values() if isinstance(v, re.Pattern) and v.flags & re.IGNORECASE]
        out += [p for _, p in pr.grammar(lang).patterns if p.flags & re.IGNORECASE]
    return out


PATTERNS = _case_insensitive_patterns()
ARTICLE_TEXTS = sorted({clean(a.text) for a in iter_articles([str(ROOT / "data" / "raw"),
                                                               str(ROOT / "tests" / "holdout" / "raw")])
                        if isinstance(a, Article)})


def _spans(ms: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in ms]


def test_most_patterns_have_a_lower_case_twin():
    folded = [lx.Folded(p) for p in PATTERNS]
    assert len(PATTERNS) > 80
    assert sum(f.twin is not None for f in folded) > 0.9 * len(folded)


def test_folded_search_equals_the_case_insensitive_search_on_the_corpus():
    for p in PATTERNS:
        f = lx.Folded(p)
        if f.twin is None:
            continue
        for text in ARTICLE_TEXTS:
            for variant in (text, text.upper()):
                low = lx.lowered(variant)
                assert low is not None
                assert _spans(f.finditer(variant, low)) == _spans(list(p.finditer(variant))), p.pattern
                # the twin itself must agree, not only the fallback behind it
                assert [m.span() for m in f.twin.finditer(low)] == [m.span() for m in p.finditer(variant)]
                half = len(variant) // 2
                got, want = f.search(variant, low, half, half + 300), p.search(variant, half, half + 300)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(["2023", "12,5", "%", "$", "-", "ſ", "K", "ı", "µ"]),
                          st.text(max_size=3)), max_size=15))
def test_folded_search_equals_the_case_insensitive_search_on_random_text(pieces):
    text = " ".join(pieces)
    low = lx.lowered(text)
    for p in PATTERNS:
        f = lx.Folded(p)
        assert _spans(f.finditer(text, low)) == _spans(list(p.finditer(text)))
        if f.twin is not None and low is not None:
            assert [m.span() for m in f.twin.finditer(low)] == [m.span() for m in p.finditer(text)]


def test_lowered_source_refuses_what_it_cannot_lower():
    assert lx._lowered_source(r"(?P<Mois>Mai)\s+\d") == r"(?P<Mois>mai)\s+\d"
    assert lx._lowered_source(r"[A-Z]x") is None
    assert lx._lowered_source(r"\x41") is None
    assert lx._lowered_source(r"(?i:a)") is None
    assert lx._lowered_source("ſ") is None


def test_folded_match_equals_the_case_insensitive_match_at_every_figure():
    """Folded.match answers "no" from the twin alone: check it where figures are read, after
    every number of the corpus (and in upper case), for every pattern."""
    number = re.compile(r"\d+")
    for p in PATTERNS:
        f = lx.Folded(p)
        for text in ARTICLE_TEXTS[:20]:
            for variant in (text, text.upper()):
                low = lx.lowered(variant)
                for n in number.finditer(variant):
                    for pos in (n.end(), n.start()):
                        got, want = f.match(variant, low, pos), p.match(variant, pos)
                        assert (got and got.span()) == (want and want.span()), (p.pattern, pos)


def test_text_state_is_kept_for_one_text_object_only():
    a = "Les Exportations de la Chine " * 3
    b = "".join(list(a))  # equal, but another object: another article
    low_a, memo_a = lx.text_state(a)
    memo_a["k"] = 1
    assert lx.text_state(a)[1] is memo_a and low_a == a.lower()
    low_b, memo_b = lx.text_state(b)
    assert memo_b == {} and low_b == low_a
    assert lx.text_state(a)[1] == {}  # reading another text dropped what the first one kept
