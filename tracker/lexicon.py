"""Load and validate the per-language lexicons (tracker/lexicons/*.yaml) and compile them
into regular expressions. Words live in the YAML files; this module holds none."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

#: Top-level keys a language file may have; anything else is a typo and is refused.
KNOWN_KEYS = {
    "lang", "numbers", "scales", "scales_cs", "connectors", "currencies", "percent", "points",
    "basis_points", "units", "per_day", "per_year", "multiples", "fractions", "approx", "ranges",
    "indicator_cues", "balance_sides", "non_trade_cues", "commodities", "commodity_pairs", "sign",
    "change_verbs", "modality", "basis", "share_cues", "periods", "countries", "pair_anaphora",
    "world_words", "direction", "clause_breaks", "contrast", "restatement",
    "demonym_suffixes", "demonym_lowercase", "fraction_of", "not_after", "share_after", "level_to", "respectively", "both_words",
    "aside_words", "change_after", "change_by", "subordinators", "country_noise", "fraction_not_after", "counted_nouns", "reverse_words", "change_direct", "generic_flow_words", "vs_after",
}


class LexiconError(ValueError):
    """A lexicon file that does not load or has unknown keys."""


def phrase_regex(phrase: str) -> str:
    """A lexicon phrase as a regex fragment: spaces match any white space, a final * any word ending.

    >>> phrase_regex("sur un an")
    'sur\\\\s+un\\\\s+an'
    """
    stem = phrase.endswith("*") and len(phrase) > 1
    body = phrase[:-1] if stem else phrase
    parts = [re.escape(p) for p in body.split(" ") if p != ""]
    out = r"\s+".join(parts)
    if body.endswith(" "):
        out += r"\s*"
    return out + (r"\w*" if stem else "")


def alternation(phrases: list[str] | dict[str, Any], *, word: bool = True) -> str:
    """One non-capturing alternation of phrases, longest first, bounded as whole words."""
    items = sorted({str(p) for p in phrases}, key=lambda s: (-len(s), s))
    if not word:
        body = "|".join(phrase_regex(p) for p in items if p)
        return f"(?:{body or '(?!x)x'})"
    # a phrase that ends in a letter or digit must end a word; "d'" may be glued to the next one
    body = "|".join(phrase_regex(p) + (r"(?![\w])" if re.match(r"\w", p[-1]) or p.endswith("*") else "")
                    for p in items if p)
    return rf"(?<![\w])(?:{body or '(?!x)x'})"


def fold(s: str) -> str:
    """Case- and apostrophe-folded key for dictionary look-ups of matched phrases."""
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").strip().lower())


@dataclass(frozen=True)
class Lexicon:
    """A language's words, as loaded from its YAML file."""

    lang: str
    data: dict[str, Any]

    def get(self, *path: str, default: Any = None) -> Any:
        node: Any = self.data
        for p in path:
            if not isinstance(node, dict) or p not in node:
                return default
            node = node[p]
        return node

    def mapping(self, *path: str) -> dict[str, Any]:
        """A phrase -> value mapping with folded keys."""
        return {fold(str(k)): v for k, v in (self.get(*path, default={}) or {}).items()}

    def lookup(self, mapping: dict[str, Any], matched: str) -> Any:
        """Value for a matched phrase, also for stems (`augment*`)."""
        key = fold(matched)
        if key in mapping:
            return mapping[key]
        for k, v in mapping.items():
            if k.endswith("*") and key.startswith(k[:-1]):
                return v
        return None


def _load_yaml(name: str) -> dict[str, Any]:
    try:
        text = resources.files("tracker.lexicons").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"no lexicon file {name}") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: not a mapping")
    return data


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The lexicon of one language (`fr`, `en`); unknown keys raise LexiconError."""
    data = _load_yaml(f"{lang}.yaml")
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise LexiconError(f"{lang}.yaml: unknown keys {sorted(unknown)}")
    if data.get("lang") != lang:
        raise LexiconError(f"{lang}.yaml: 'lang' says {data.get('lang')!r}")
    return Lexicon(lang, data)


@lru_cache(maxsize=None)
def currencies() -> dict[str, Any]:
    """Language-neutral currency symbols and ISO codes."""
    return _load_yaml("currencies.yaml")


def languages() -> list[str]:
    """Languages that have a lexicon file."""
    names = [p.name for p in resources.files("tracker.lexicons").iterdir()]
    return sorted(n[:-5] for n in names if n.endswith(".yaml") and n != "currencies.yaml")


# ---------------------------------------------------------------------------------------
# Fast phrase look-up: one dictionary probe per token instead of one big regex per kind.

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for every word and punctuation mark of `text`.

    >>> [t for _, _, t in tokens("l'an dernier, +5 %")]
    ['l', "'", 'an', 'dernier', ',', '+', '5', '%']
    """
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    kind: str
    value: Any
    text: str


class PhraseIndex:
    """Phrases of several kinds, found by token: case-insensitive unless the phrase is
    written with capitals and `case_sensitive_caps` is set; a final * matches any ending."""

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], bool, bool, str, Any]]] = {}
        self._stems: dict[str, list[tuple[str, tuple[str, ...], bool, str, Any]]] = {}
        self._stem_lengths: list[int] = []
        self._stem_cache: dict[str, list[tuple[str, tuple[str, ...], bool, str, Any]]] = {}

    def add(self, phrase: str, kind: str, value: Any, case_sensitive: bool = False) -> None:
        stem = phrase.endswith("*") and len(phrase) > 1
        body = phrase[:-1] if stem else phrase
        toks = tuple(t for _, _, t in tokens(body.replace("\u2019", "'")))
        if not toks:
            return
        if not case_sensitive:
            toks = tuple(t.lower() for t in toks)
        entry = (toks, stem, case_sensitive, kind, value)
        if stem and len(toks) == 1:
            self._stems.setdefault(toks[0], []).append((toks[0], toks, case_sensitive, kind, value))
            self._stem_lengths = sorted({len(k) for k in self._stems})
        else:
            self._first.setdefault(toks[0], []).append(entry)

    def _stem_hits(self, w: str) -> list[tuple[str, tuple[str, ...], bool, str, Any]]:
        """Stem entries that a lower-case word starts with (memoised: words repeat)."""
        got = self._stem_cache.get(w)
        if got is None:
            got = []
            for L in self._stem_lengths:
                if L > len(w):
                    break
                got.extend(self._stems.get(w[:L], ()))
            if len(self._stem_cache) < 200_000:
                self._stem_cache[w] = got
        return got

    def find(self, text: str, offset: int = 0, toks: list[tuple[int, int, str]] | None = None) -> list[Hit]:
        """Every phrase in `text`, longest match first at each position, overlapping kinds kept."""
        toks = toks if toks is not None else tokens(text)
        low = [t.lower() for _, _, t in toks]
        hits: list[Hit] = []
        n = len(toks)
        first = self._first
        last_end: dict[str, int] = {}
        for i in range(n):
            w = low[i]
            cands = first.get(w)
            orig = toks[i][2]
            if orig != w and orig in first:
                cands = (cands or []) + first[orig]
            stem_c = self._stem_hits(w) if self._stems and w[:1].isalpha() else None
            if not cands and not stem_c:
                continue
            best: dict[str, tuple[int, Hit]] = {}
            for ptoks, stem, cs, kind, value in cands or ():
                k = len(ptoks)
                if i + k > n:
                    continue
                seq = [t for _, _, t in toks[i:i + k]] if cs else low[i:i + k]
                ok = all(seq[j] == ptoks[j] for j in range(k - 1)) and (
                    seq[k - 1].startswith(ptoks[k - 1]) if stem else seq[k - 1] == ptoks[k - 1])
                if not ok:
                    continue
                # a multi-token phrase must not span a sentence-like gap of more than spaces
                s, e = toks[i][0], toks[i + k - 1][1]
                if k > 1 and len(text[s:e]) > sum(len(t) for _, _, t in toks[i:i + k]) + 3 * (k - 1):
                    continue
                prev = best.get(kind)
                if prev is None or k > prev[0]:
                    best[kind] = (k, Hit(offset + s, offset + e, kind, value, text[s:e]))
            for first_tok, _, cs, kind, value in stem_c or ():
                if cs and not orig.startswith(first_tok):
                    continue
                if kind not in best:
                    best[kind] = (1, Hit(offset + toks[i][0], offset + toks[i][1], kind, value, orig))
            for kind, (_, h) in best.items():
                if h.start < last_end.get(kind, -1):
                    continue  # inside a longer phrase of the same kind ("Saudi Arabia" / "Arabia")
                last_end[kind] = h.end
                hits.append(h)
        return hits
