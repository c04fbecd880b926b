"""PhraseIndex.find (a regex prefilter, then checks at the few positions it keeps) must give
exactly the hits of PhraseIndex._find_reference (the plain scan of every token)."""
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker import lexicon as lx
from tracker.context import grammar
from tracker.ingest import iter_articles
from tracker.models import Article
from tracker.normtext import clean, sentences

ROOT = Path(__file__).resolve().parents[1]
LANGS = ["fr", "en", "ru"]


def _index(lang: str) -> lx.PhraseIndex:
    return grammar(lang).index


def _phrases(ix: lx.PhraseIndex) -> list[str]:
    """Every phrase the index holds, its tokens joined by a space (and stems given an ending)."""
    out = []
    for entries in ix._first.values():
        for ptoks, stem, _, _, _ in entries:
            out.append(" ".join(ptoks) + ("ations" if stem else ""))
    for entries2 in ix._stems.values():
        for first_tok, _, _, _, _ in entries2:
            out.append(first_tok + "é")
    return sorted(set(out))


PHRASES = sorted({p for lang in LANGS for p in _phrases(_index(lang))})


def _variant(phrase: str, case: str, gap: str) -> str:
    p = {"keep": phrase, "upper": phrase.upper(), "title": phrase.title(), "cap": phrase[:1].upper() + phrase[1:]}[case]
    return p.replace(" ", gap)


phrase_piece = st.builds(_variant, st.sampled_from(PHRASES), st.sampled_from(["keep", "upper", "title", "cap"]),
                         st.sampled_from([" ", " ", "  ", "\u00a0", "\n", "\t", "    ", "_", " _ ", ""]))
noise_piece = st.sampled_from(
    list(" ,.;:!?()«»\"'’-–+%$€/0123456789_\n\t\u00a0\u202f")
    + ["l'", "d'", "L’", "qu'", "s", "é", "É", "à", "ç", "Œ", "ß", "ſ", "\u212a", "İ", "ı", "Σ", "σ", "ς", "ﬁ",
       "i\u0307", "n", "e", "de ", "the ", "US", "U.S.", "EU's", "UE", "Russie", "China", "2023", "12,5", "milliards",
       "exportations", "en", "a", "of", "  "])
texts = st.lists(st.one_of(phrase_piece, noise_piece, st.text(max_size=4)), max_size=30).map("".join)


def _same(ix: lx.PhraseIndex, text: str, offset: int = 0) -> list[lx.Hit]:
    got = ix.find(text, offset)
    want = ix._find_reference(text, offset)
    assert got == want, text
    return got


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(min_value=0, max_value=10_000))
def test_find_equals_reference_on_random_text(text, offset):
    for lang in LANGS:
        _same(_index(lang), text, offset)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=8), st.sampled_from([" ", ", ", " et ", " and ", "'"]))
def test_find_equals_reference_on_runs_of_phrases(pieces, sep):
    text = sep.join(pieces)
    found = [_same(_index(lang), text) for lang in LANGS]
    assert any(found), text  # whole phrases as written, side by side: something is found


def _corpus() -> list[Article]:
    arts = [a for a in iter_articles([str(ROOT / "data" / "raw")]) if isinstance(a, Article)]
    assert len(arts) >= 40
    return arts


def test_find_equals_reference_on_every_sentence_of_the_corpus():
    n_hits = n_sents = 0
    for art in _corpus():
        text = clean(art.text)
        for lang in LANGS:
            ix = _index(lang)
            n_hits += len(_same(ix, art.text))
            _same(ix, text)
            for s in sentences(text):
                n_sents += 1
                n_hits += len(_same(ix, s.text, s.start))
    assert n_sents > 1000 and n_hits > 5000


def test_lower_keeps_length_and_token_classes_but_for_two_characters():
    """find lower-cases the whole text once; that is safe for every character but İ (two
    characters once lower-cased) and Σ (final sigma depends on the letters around it),
    for which find falls back to the reference scan."""
    word, space, punct = re.compile(r"[^\W_]"), re.compile(r"\s"), re.compile(r"[^\w\s]")
    odd = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        low = c.lower()
        if low == c:
            continue
        if len(low) != 1 or cp == 0x3A3 or any(bool(r.match(c)) != bool(r.match(low)) for r in (word, space, punct)):
            odd.append(c)
    assert odd == ["\u0130", "\u03a3"]


def _toy() -> lx.PhraseIndex:
    ix = lx.PhraseIndex()
    ix.add("Saudi Arabia", "country", "SAU")
    ix.add("Arabia", "country", "ARB")
    ix.add("export*", "flow", "X")
    ix.add("exports of", "flow", "XO")
    ix.add("US", "country", "USA", case_sensitive=True)
    ix.add("d'un an", "period", "1y")
    ix.add("year", "period", "Y")
    ix.add("year on year", "basis", "yoy")
    ix.add("ας", "greek", "as")
    ix.add("exp*", "other", "E")
    ix.add("Kuzey İzmir", "city", "IZM")  # 'İzmir' lower-cases to 'i' + a combining dot + 'zmir'
    return ix


@pytest.mark.parametrize("text, want", [
    ("Saudi  Arabia", [(0, 13, "country", "SAU", "Saudi  Arabia")]),  # the inner 'Arabia' is dropped
    ("saudi, Arabia", [(7, 13, "country", "ARB", "Arabia")]),  # not across a comma
    ("Saudi          Arabia", [(15, 21, "country", "ARB", "Arabia")]),  # nor across a wide gap
    ("EXPORTATIONS rose", [(0, 12, "other", "E", "EXPORTATIONS"), (0, 12, "flow", "X", "EXPORTATIONS")]),
    ("exports of gas", [(0, 10, "flow", "XO", "exports of"), (0, 7, "other", "E", "exports")]),  # longest wins
    ("the US and us", [(4, 6, "country", "USA", "US")]),  # case-sensitive
    ("hausse d'un an", [(7, 14, "period", "1y", "d'un an")]),
    ("hausse d’un an", []),  # only the straight apostrophe is in the phrase
    ("year-on-year", [(0, 4, "period", "Y", "year"), (8, 12, "period", "Y", "year")]),
    ("year on year", [(0, 4, "period", "Y", "year"), (0, 12, "basis", "yoy", "year on year"),
                      (8, 12, "period", "Y", "year")]),
    ("yearly exporter", [(7, 15, "other", "E", "exporter"), (7, 15, "flow", "X", "exporter")]),  # two stems
    ("exports rose", [(0, 7, "other", "E", "exports"), (0, 7, "flow", "X", "exports")]),
    ("exports \n of", [(0, 12, "flow", "XO", "exports \n of"), (0, 7, "other", "E", "exports")]),
    ("İstanbul exports", [(9, 16, "other", "E", "exports"), (9, 16, "flow", "X", "exports")]),  # falls back
    ("kuzey i\u0307zmir", []),  # the combining dot is a token of its own in the text
    ("ΑΣ'Α", [(0, 2, "greek", "as", "ΑΣ")]),  # 'ΑΣ' is 'ας' alone, 'ασ' in the whole text: falls back too
])
def test_semantics_on_a_small_index(text, want):
    ix = _toy()
    got = _same(ix, text, 0)
    assert [(h.start, h.end, h.kind, h.value, h.text) for h in got] == want
    assert [(h.start, h.end) for h in _same(ix, text, 100)] == [(s + 100, e + 100) for s, e, *_ in want]


def test_phrases_added_after_a_search_are_found():
    ix = _toy()
    assert ix.find("Kingdom of Spain") == []
    ix.add("Kingdom of Spain", "country", "ESP")
    assert [h.value for h in _same(ix, "the Kingdom of Spain")] == ["ESP"]
    assert lx.PhraseIndex().find("anything") == []


def test_given_tokens_are_used():
    ix = _toy()
    text = "exports of gas"
    toks = lx.tokens(text)[:1]  # only the first token: 'exports of' cannot be seen
    assert [(h.value, h.text) for h in ix.find(text, toks=toks)] == [("E", "exports"), ("X", "exports")]
