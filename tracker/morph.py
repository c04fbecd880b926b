"""Inflected forms of the gazetteer's names, from a language's table of endings.

Russian declines names: the news writes "Китай, Китая, Китаю, Китаем, Китае", "Россия,
России, Россией", "российский, российского, российской, российские". The gazetteer lists
each name, capital and metonym in the nominative and each demonym as the masculine
nominative adjective; the language's lexicon holds, under `inflection`, a table of
endings (which nominative ending gives which ending in each case). This module applies the
table to the gazetteer's forms when they are loaded (`lexicon.gazetteer`), once per process.
It holds no word of any language: a language without an `inflection` table gets its forms
back unchanged.

The table (see ru.yaml):

- `nouns`: nominative ending -> one slot per oblique case, each slot an ending or a list of
  endings (a variant is harmless: a form the news never writes is never matched); the
  longest ending that fits wins, and "" fits any word (a consonant).
- `adjectives`: rows (m, f, n, pl) of endings for every case, nominative first; a word
  ending in one of the rows' nominatives is an adjective of that row.
- `indeclinable`: endings of words that do not decline (foreign names in -и, -о, -у...).
- `irregular`: the few names whose stem changes (a fleeting vowel), with their forms.

A name of several words declines its adjectives in their own row and its first noun (the
head); the words after the head stay as written ("Республика Корея" -> "Республики Корея").
In a hyphenated word only the last part declines ("Буэнос-Айрес" -> "Буэнос-Айреса").
A name written in capitals (an abbreviation: "КНР") does not decline.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tracker import lexicon as lx


@dataclass(frozen=True)
class Paradigm:
    """An adjective's endings: per row (m, f, n, pl), per case (nominative first), the variants."""

    rows: dict[str, tuple[tuple[str, ...], ...]]
    #: the letters its stems end in (empty: any)
    after: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A language's table of endings, ready to apply."""

    #: nominative ending -> per oblique case, the endings it takes (longest ending first)
    nouns: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    adjectives: tuple[Paradigm, ...]
    indeclinable: tuple[str, ...]
    irregular: dict[str, tuple[str, ...]]
    cases: int


def _slots(raw: list[Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(x) for x in (s if isinstance(s, list) else [s])) for s in raw)


@lru_cache(maxsize=None)
def table(lang: str) -> Table | None:
    """The `inflection` table of a language's lexicon; None when it has none."""
    raw = lx.load(lang).get("inflection")
    if not raw:
        return None
    nouns = sorted(((str(k), _slots(v)) for k, v in (raw.get("nouns") or {}).items()),
                   key=lambda kv: -len(kv[0]))
    cases = int(raw.get("cases") or max((len(v) for _, v in nouns), default=0))
    for k, v in nouns:
        if len(v) != cases:
            raise lx.LexiconError(f"{lang}.yaml: inflection.nouns.{k or '(consonant)'} needs {cases} slots")
    paradigms = []
    for p in raw.get("adjectives") or []:
        rows = {str(r): _slots(v) for r, v in p.items() if r != "after"}
        if any(len(v) != cases + 1 for v in rows.values()):
            raise lx.LexiconError(f"{lang}.yaml: inflection.adjectives: every row needs {cases + 1} slots")
        paradigms.append(Paradigm(rows, tuple(str(x) for x in p.get("after") or [])))
    return Table(
        nouns=tuple(nouns),
        adjectives=tuple(paradigms),
        indeclinable=tuple(sorted((str(x) for x in raw.get("indeclinable") or []), key=len, reverse=True)),
        irregular={str(k): tuple(str(x) for x in v) for k, v in (raw.get("irregular") or {}).items()},
        cases=cases,
    )


def _adjective_rows(word: str, t: Table) -> tuple[str, Paradigm, str] | None:
    """(nominative ending, paradigm, row) when `word` is an adjective of the table: the
    longest nominative ending it has, in the first paradigm its stem fits."""
    low = word.lower()
    best: tuple[str, Paradigm, str] | None = None
    for p in t.adjectives:
        for row, slots in p.rows.items():
            for e in slots[0]:
                stem = low[:len(low) - len(e)]
                if low.endswith(e) and len(stem) >= 2 and (not p.after or stem.endswith(p.after)) \
                        and (best is None or len(e) > len(best[0])):
                    best = (e, p, row)
    return best


def _declines(word: str) -> bool:
    """A word the table may decline: written in the table's letters, not an abbreviation."""
    return bool(word) and word[-1].isalpha() and not word.isupper() and not word.isascii()


def _noun_cases(word: str, t: Table) -> list[list[str]]:
    """Per oblique case, the forms of a noun (the word itself where it does not decline)."""
    if word in t.irregular:
        return [[f] for f in t.irregular[word]]
    if "-" in word:  # only the last part of a hyphenated name declines
        head, _, last = word.rpartition("-")
        return [[f"{head}-{f}" for f in forms] for forms in _noun_cases(last, t)]
    if not _declines(word):
        return [[word] for _ in range(t.cases)]
    low = word.lower()
    rule = next(((e, slots) for e, slots in t.nouns if low.endswith(e)), None)
    fixed = next((e for e in t.indeclinable if low.endswith(e)), None)
    if rule is None or fixed is not None and len(fixed) >= len(rule[0]):
        return [[word] for _ in range(t.cases)]  # "Того", "Самоа" (but "Королевство" declines)
    ending, slots = rule
    stem = word[:len(word) - len(ending)]
    return [[stem + e for e in slot] for slot in slots]


def _adjective_cases(word: str, t: Table, every_row: bool) -> list[list[str]]:
    """Per case (nominative first), the forms of an adjective: in its own row (inside a name)
    or in every row (a demonym: "российский" gives "российской", "российские"...)."""
    if "-" in word:
        head, _, last = word.rpartition("-")
        return [[f"{head}-{f}" for f in forms] for forms in _adjective_cases(last, t, every_row)]
    found = _adjective_rows(word, t) if _declines(word) else None
    if found is None:
        return [[word] for _ in range(t.cases + 1)]
    ending, paradigm, own = found
    stem = word[:len(word) - len(ending)]
    out: list[list[str]] = [[] for _ in range(t.cases + 1)]
    for row in (paradigm.rows if every_row else [own]):
        for i, slot in enumerate(paradigm.rows[row]):
            out[i] += [stem + e for e in slot]
    return out


def inflect(form: str, t: Table, adjective: bool = False) -> list[str]:
    """Every form of a name (or, with `adjective`, of an adjective in all its genders and
    numbers), the form as written first, without repeats."""
    return _unique([form] + [f for forms in inflect_cases(form, t, adjective) for f in forms])


def inflect_cases(form: str, t: Table, adjective: bool = False) -> list[list[str]]:
    """The forms of a name (or adjective) per case, nominative first."""
    words = form.split(" ")
    if adjective and len(words) == 1:
        return _adjective_cases(form, t, every_row=True)
    # the head: the first word that is no adjective; the adjectives before it agree with it
    head = next((i for i, w in enumerate(words) if _adjective_rows(w, t) is None or w in t.irregular), len(words))
    per_word: list[list[list[str]]] = []
    for i, w in enumerate(words):
        if i < head:
            cases = _adjective_cases(w, t, every_row=False)
        elif i == head:
            cases = [[w]] + _noun_cases(w, t)
        else:
            cases = [[w] for _ in range(t.cases + 1)]
        per_word.append(cases)
    out: list[list[str]] = []
    for c in range(t.cases + 1):
        phrases = [""]
        for cases in per_word:
            phrases = [f"{p} {x}" if p else x for p in phrases for x in cases[c]]
        out.append(phrases)
    return out


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(f for f in forms if f))


def expand(forms: list[tuple[str, str, str]], lang: str,
           adjective_kinds: tuple[str, ...] = ("demonyms",)) -> list[tuple[str, str, str]]:
    """The gazetteer's (form, code, kind) triples with every inflected form of each added
    after it (same code and kind); unchanged for a language with no table.

    >>> [f for f, _, _ in expand([("Китай", "CHN", "names")], "ru")]
    ['Китай', 'Китая', 'Китаю', 'Китаем', 'Китае']
    """
    t = table(lang)
    if t is None:
        return forms
    out: list[tuple[str, str, str]] = []
    for form, code, kind in forms:
        out += [(f, code, kind) for f in inflect(form, t, adjective=kind in adjective_kinds)]
    return out


def not_to_forms(forms: list[tuple[str, str, str]], lang: str,
                 adjective_kinds: tuple[str, ...] = ("demonyms",)) -> frozenset[str]:
    """The forms that are in none of the cases that name a destination after a preposition
    that governs them (the table's `to_cases`: "в Китай", "в Индию" go to; "в Китае", "в
    Индии", "в российском" are places). Empty for a language with no such cases.

    >>> sorted(not_to_forms([("Китай", "CHN", "names")], "ru"))
    ['Китае', 'Китаем', 'Китаю', 'Китая']
    """
    t = table(lang)
    to_cases = (lx.load(lang).get("inflection") or {}).get("to_cases") if t is not None else None
    if t is None or not to_cases:
        return frozenset()
    return case_only_forms(forms, lang, set(range(int(t.cases) + 1)) - set(to_cases), adjective_kinds)


def case_only_forms(forms: list[tuple[str, str, str]], lang: str, cases: set[int],
                    adjective_kinds: tuple[str, ...] = ("demonyms",)) -> frozenset[str]:
    """The forms that are in these cases (0 = nominative, then the table's slots) and in no
    other: "Китаю", "Казахстану" are datives only; "России" is also a genitive.

    >>> sorted(case_only_forms([("Китай", "CHN", "names"), ("Россия", "RUS", "names")], "ru", {2}))
    ['Китаю']
    """
    inside, outside = _split_by_case(forms, lang, cases, adjective_kinds)
    return frozenset(inside - outside)


def case_forms(forms: list[tuple[str, str, str]], lang: str, cases: set[int],
               adjective_kinds: tuple[str, ...] = ("demonyms",)) -> frozenset[str]:
    """The forms that may be in these cases, whatever other case they may also be in: "России"
    may be a dative (and a genitive).

    >>> sorted(case_forms([("Россия", "RUS", "names")], "ru", {2}))
    ['России']
    """
    return frozenset(_split_by_case(forms, lang, cases, adjective_kinds)[0])


def _split_by_case(forms: list[tuple[str, str, str]], lang: str, cases: set[int],
                   adjective_kinds: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Every inflected form of `forms`: those in one of `cases`, and those in another case."""
    t = table(lang)
    inside: set[str] = set()
    outside: set[str] = set()
    if t is None:
        return inside, outside
    for form, _, kind in forms:
        for i, these in enumerate(inflect_cases(form, t, adjective=kind in adjective_kinds)):
            (inside if i in cases else outside).update(these)
    return inside, outside


def expand_words(words: list[str], lang: str) -> list[str]:
    """Every inflected form of a list of cue words (a single adjective in every gender and
    number: "мировой" gives "мировых"), for a language with a table."""
    t = table(lang)
    if t is None:
        return words
    out: list[str] = []
    for w in words:
        first = w.split(" ")[0]
        # "мировой", "остальной мир" decline; "в мире" is written as it is said
        out += inflect(w, t, adjective=" " not in w) if " " not in w or _adjective_rows(first, t) else [w]
    return _unique(out)
