"""Unicode clean-up that keeps offsets true, and sentence splitting.

Every replacement is one character for one character, so an offset into the cleaned
text is the same offset into the original: `surface == text[start:end]` holds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# French groups thousands with U+202F or U+00A0 and puts them before % and units;
# typographic apostrophes and minus signs come from word processors.
_ONE_FOR_ONE = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2008": " ", "\t": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u2032": "'",
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\ufe63": "-", "\uff0d": "-",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    # Digits of every script are read as they are (regex \d, Decimal); their separators are
    # not: Arabic decimal and thousands marks and percent, and the full-width forms of East
    # Asian typesetting ("１２３，５"), become their ASCII twins, so a number is never cut in two.
    "\u066b": ".", "\u066c": " ", "\u066a": "%", "\u3000": " ",
    **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if c != 0xFF0D},
})


# Some Russian pages type the Latin "ë" for the Cyrillic "ё" ("трëх миллиардов"): inside a
# Cyrillic word it is the Cyrillic letter.
_LATIN_YO = re.compile(r"(?<=[а-яё])ë|ë(?=[а-яё])|(?<=[А-ЯЁа-яё])Ë|Ë(?=[А-ЯЁа-яё])")

# A no-break space whose UTF-8 bytes were read as Latin-1 leaves an "Â" before it ("8.2Â percent",
# "SARÂ 5.7 billion"): no word ends in that capital, so it is a space.
_MOJIBAKE_NBSP = re.compile(r"Â(?=[\u00a0 ])")


def clean(text: str) -> str:
    """Same-length copy of `text` with spaces, apostrophes, dashes and quotes unified.

    >>> clean("26,3\u202f% d\u2019euros") == "26,3 % d'euros", clean("трëх"), clean("8.2Â\u00a0percent")
    (True, 'трёх', '8.2  percent')
    """
    text = text.translate(_ONE_FOR_ONE)
    if "ë" in text or "Ë" in text:
        text = _LATIN_YO.sub(lambda m: "ё" if m.group() == "ë" else "Ё", text)
    if "Â" in text:
        text = _MOJIBAKE_NBSP.sub(" ", text)
    return text


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


# A sentence ends at . ! ? (or … ) followed by space and an upper-case letter (Latin or
# Cyrillic), a quote or a digit, or at a line break. Decimal points ("240.1") and initials ("U.S.") do not end one.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[\"»)\]]?\s+(?=[«\"(\[]?\s*[A-ZÀ-ÖØ-ÞА-ЯЁ0-9«\"])"
    r"|\n+"
    # paragraphs glued by a page's markup: "in November 2023.The China-US trade", "nations.Data"
    r"|(?<=[a-zß-ÿа-яё0-9%)»\"][.!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё]|[ВСКУОИАÀ]\s)"
)
@lru_cache(maxsize=1)
def _no_split_before() -> re.Pattern[str]:
    """An initial ("V. Putin", "В. Путин") or an abbreviation that ends with a dot (the lexicons'
    `sentence_abbreviations`, every language's: a text's language is not known when it is split)
    ends no sentence."""
    from tracker.lexicon import languages, load

    words = sorted({str(w) for lang in languages() for w in (load(lang).get("sentence_abbreviations") or [])},
                   key=len, reverse=True)
    alts = "".join(r"|\b" + re.escape(w) for w in words)
    return re.compile(r"(?:\b[A-ZА-ЯЁ]" + alts + r")\.$")


@lru_cache(maxsize=1)
def _joined_abbreviations() -> tuple[tuple[str, str], ...]:
    """Abbreviations that end no sentence before the words that follow them (the lexicons'
    `sentence_joined`, "долл. США": the left part with its dot, the right part)."""
    from tracker.lexicon import languages, load

    pairs = {tuple(str(p).split(". ", 1)) for lang in languages() for p in (load(lang).get("sentence_joined") or [])}
    return tuple((p[0] + ".", p[1]) for p in sorted(pairs) if len(p) == 2 and p[0] and p[1])


@lru_cache(maxsize=1)
def _dotted_money_marks() -> re.Pattern[str] | None:
    """Currency marks written with a full stop (currencies.yaml: "Rs.", "Rp."): before a digit
    they end no sentence ("a deficit of Rs. 8.44 trillion")."""
    from tracker.lexicon import currencies

    marks = sorted((s for s in currencies()["symbols"] if s.endswith(".")), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, marks)) + r")$") if marks else None


#: what ends a line that ends its sentence too, even before a lower-case word
_LINE_END = frozenset(".!?…:;»\")]")


#: the number of a numbered list's line ("1.", "12."), alone before the line's first full stop
_LIST_NUMBER = re.compile(r"\d{1,2}\.")


def sentences(text: str) -> list[Sentence]:
    """Split cleaned text into sentences with their offsets.

    >>> [s.text for s in sentences("Trade rose 5%. It fell in May.\\nNew line")]
    ['Trade rose 5%.', 'It fell in May.', 'New line']
    >>> [s.text for s in sentences("It was met in November 2023.The trade in 2024 grew.")]
    ['It was met in November 2023.', 'The trade in 2024 grew.']
    >>> [s.text for s in sentences("Экспорт сократился на 4%.В апреле 2006 года он вырос.")]
    ['Экспорт сократился на 4%.', 'В апреле 2006 года он вырос.']
    >>> [s.text for s in sentences("Nepal ran a deficit of Rs. 8.44 trillion. It grew.")]
    ['Nepal ran a deficit of Rs. 8.44 trillion.', 'It grew.']
    >>> [s.text for s in sentences("Egypt came second, the country\\nbought 1.26 million tonnes.\\nNext")]
    ['Egypt came second, the country\\nbought 1.26 million tonnes.', 'Next']
    >>> [s.text for s in sentences("Its main exports were these.\\n1. Fertilizers, worth $159.3 million.")]
    ['Its main exports were these.', '1. Fertilizers, worth $159.3 million.']
    >>> [s.text for s in sentences("Товарооборот превысил 240 млрд долл. США. Это рекорд.")]
    ['Товарооборот превысил 240 млрд долл. США.', 'Это рекорд.']
    """
    out: list[Sentence] = []
    pos = 0
    para = 0
    dotted = _dotted_money_marks()
    no_split = _no_split_before()
    joined = _joined_abbreviations()
    for m in _BOUNDARY.finditer(text):
        chunk_end = m.start()
        piece = text[pos:chunk_end]
        if "\n" not in m.group(0) and (no_split.search(piece[-6:]) or (
                dotted is not None and text[m.end():m.end() + 1].isdigit() and dotted.search(piece[-8:]))
                or any(piece.endswith(a) and text.startswith(b, m.end()) for a, b in joined)):
            continue  # ("240 млрд долл. США": the currency's country, not a new sentence)
        if "\n" not in m.group(0) and _LIST_NUMBER.fullmatch(piece.strip()) and (pos == 0 or text[pos - 1] == "\n"):
            continue  # "1. Fertilizers, worth $159.3 million.": a numbered line's number opens it
        if m.group(0) == "\n" and text[m.end():m.end() + 1].islower() and piece.rstrip()[-1:] not in _LINE_END:
            continue  # a hard-wrapped line ("в эту страну было / поставлено 1,261 миллиона тонн"): one sentence
        _add(out, text, pos, chunk_end, para)
        if "\n" in m.group(0):
            para += 1
        pos = m.end()
    _add(out, text, pos, len(text), para)
    return out


#: A "sentence" longer than this (a run-on page, a table flattened to one line, text that lost
#: its full stops) is cut at clause punctuation, else at a space, into pieces no longer: the
#: rules compare a sentence's figures and period phrases with each other, so an unbounded
#: sentence made a long text quadratic or worse (52 KB on one line took hours). No sentence
#: of the corpus or the real-news set comes near it (the longest, 907 characters, is five
#: sentences that lost the spaces after their full stops).
MAX_SENTENCE = 1000
_CLAUSE_END = re.compile(r"[,;:](?=\s)")


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _cut(text, start, start + MAX_SENTENCE)
        _add(out, text, start, cut, para)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], para))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of an overlong sentence begun at `start`: after the last clause
    punctuation of its second half, else at its last space, else at `limit`.

    >>> _cut("a" * 600 + ", " + "b" * 600, 0, 1000)
    601
    """
    half = start + (limit - start) // 2
    last = None
    for last in _CLAUSE_END.finditer(text, half, limit):
        pass
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
    return space if space > start else limit
