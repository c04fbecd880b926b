"""Load and validate the per-language lexicons (tracker/lexicons/*.yaml) and compile them
into regular expressions. Words live in the YAML files; this module holds none."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from tracker import recache

#: Top-level keys a language file may have; anything else is a typo and is refused.
KNOWN_KEYS = {
    "lang", "sentence_joined", "numbers", "scales", "scales_cs", "connectors", "period_noun_of", "currencies", "scaled_currencies", "percent", "points",
    "basis_points", "units", "per_day", "per_year", "multiples", "fractions", "approx", "ranges", "move_fillers",
    "indicator_cues", "balance_sides", "non_trade_cues", "price_basis", "money_non_trade_cues", "party_non_trade_cues", "capacity_reached", "commodities", "commodity_pairs", "sign",
    "change_verbs", "modality", "basis", "share_cues", "periods", "countries", "pair_anaphora", "country_anaphora",
    "world_words", "world_rank", "share_total_words", "world_flow_words", "currency_nouns", "periphrasis_nouns", "direction", "clause_breaks", "contrast", "restatement",
    "demonym_suffixes", "demonym_lowercase", "fraction_of", "not_after", "share_after", "level_to", "respectively", "both_words",
    "aside_words", "change_after", "change_gap", "share_pronouns", "change_by", "subordinators", "country_noise", "fraction_not_after", "counted_nouns", "reverse_words", "change_direct", "earned_after", "generic_flow_words", "vs_after", "sign_after",
    "ranking_words", "ranking_since", "ranking_in", "since_words", "list_and", "list_articles", "gap_words", "pack_goods", "figure_anaphora", "together_words", "metric_units", "change_by_words", "modality_barrier", "target_context",
    "demonstratives", "listed_with", "goods_nouns", "rate_words", "commodity_near_flow", "worth_glue", "worth_glue_gap", "estimate_words", "group_anaphora", "our_words", "fraction_change_before", "demonym_owns_flow",
    "ratios", "unit_header", "symbol_scales", "plain_dollar", "link_lines", "relative_words", "average_rate", "sentence_abbreviations", "balance_favour", "balance_minus", "vs_bare_during",
    "title_before", "weight_money", "weight_money_after", "weight_money_before", "weight_money_home", "growth_index", "listed_count_before", "counted_not_between", "distributive",
    # a table of endings for languages that decline names (tracker/morph.py)
    "inflection",
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


_SPACES = recache.compile(r"\s+")


def fold(s: str) -> str:
    """Case- and apostrophe-folded key for dictionary look-ups of matched phrases."""
    return _SPACES.sub(" ", s.replace("\u2019", "'").strip().lower())


# ---------------------------------------------------------------------------------------
# Case-insensitive search, fast: a pattern of lower-cased words searched case-sensitively in
# lower-cased text lets the regex engine skip ahead on the first letters, which it cannot do
# with IGNORECASE. Both find the same where every character is "plain": one lower case, and
# no other character outside its own upper and lower case that IGNORECASE takes for it (the
# long s for s, the dotless i for i, the micro sign for mu: each such pair has a member that
# is not plain, checked against every character in tests/test_lexicon.py).

_PLAIN: dict[str, bool] = {}


def _plain_char(c: str) -> bool:
    got = _PLAIN.get(c)
    if got is None:
        low, up = c.lower(), c.upper()
        got = _PLAIN[c] = (len(low) == 1 and low.upper().lower() == low
                           and (len(up) != 1 or up.lower() == low))
    return got


def plain_case(s: str) -> bool:
    """Every character of `s` is plain: IGNORECASE takes for it exactly the characters with its lower case.

    >>> plain_case("Février 2024"), plain_case("ſ"), plain_case("İ")
    (True, False, False)
    """
    return s.isascii() or all(_plain_char(c) for c in set(s) if not c.isascii())


def lowered(text: str) -> str | None:
    """`text.lower()` when a case-sensitive search of a pattern of plain lower-cased words in it
    finds what the case-insensitive pattern finds in `text`, at the same offsets; None when it
    may not (a character that is not plain; a capital sigma, which lower-cases by context).

    >>> lowered("Les Échanges"), lowered("ſ")
    ('les échanges', None)
    """
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text or not plain_case(low):
        return None
    return low


#: the last text asked for (by identity), its lowered form and the search results kept for it,
#: as one tuple: read and replaced whole
_LAST_TEXT: tuple[str | None, str | None, dict[Any, Any]] = (None, None, {})


def _last(text: str) -> tuple[str | None, str | None, dict[Any, Any]]:
    global _LAST_TEXT
    last = _LAST_TEXT
    if last[0] is not text:
        last = _LAST_TEXT = (text, lowered(text), {})
    return last


def text_state(text: str) -> tuple[str | None, dict[Any, Any]]:
    """`lowered(text)`, and a dict for results that depend on `text` alone (and the key), both
    kept while the same text object is being read: the stages of one article ask for its
    lowered text many times, and the figures of a sentence ask the same questions of its words."""
    _, low, memo = _last(text)
    return low, memo


_CLASS_ESCAPES = "wWsSdD"
_ANCHOR_ESCAPES = "bBAZ"


def _lowered_source(source: str) -> str | None:
    """A regex source with every letter outside escapes, classes and group names lower-cased;
    None when that would not give the same pattern on lower-cased text (a letter in a class,
    a letter that is not plain, an escape that may stand for a letter, inline flags)."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            nxt = source[i + 1:i + 2]
            if not nxt or not (nxt in _CLASS_ESCAPES or nxt in _ANCHOR_ESCAPES or (nxt.isascii() and not nxt.isalnum())):
                return None  # \x41, \u0041, \N{..}, \1, \n: may stand for a letter or a group
            out.append(source[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = i + 1
            if source[j:j + 1] == "^":
                j += 1
            if source[j:j + 1] == "]":
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            klass = source[i:j + 1]
            if any(ch.lower() != ch.upper() for ch in re.sub(r"\\[" + _CLASS_ESCAPES + "]", "", klass)):
                return None
            out.append(klass)
            i = j + 1
            continue
        if source.startswith("(?", i):
            if source.startswith(("(?:", "(?=", "(?!", "(?<=", "(?<!"), i):
                out.append(source[i:i + 3])
                i += 3
                continue
            if source.startswith(("(?P<", "(?P="), i):
                j = source.index(">" if source[i + 3] == "<" else ")", i)
                out.append(source[i:j + 1])
                i = j + 1
                continue
            return None  # inline flags, comments, conditionals
        if c.lower() != c.upper():
            if not plain_case(c):
                return None
            c = c.lower()
        out.append(c)
        i += 1
    return "".join(out)


def _class_end(source: str, i: int) -> int:
    """The index after the character class that opens at source[i] ('[')."""
    j = i + 1
    if source[j:j + 1] == "^":
        j += 1
    if source[j:j + 1] == "]":
        j += 1
    while j < len(source) and source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def _without_lookarounds(source: str) -> str:
    """A regex source with its lookahead and lookbehind groups removed: it matches wherever
    the pattern matches (and more), and the regex engine can skip ahead to its first letters."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            out.append(source[i:i + 2])
            i += 2
        elif c == "[":
            j = _class_end(source, i)
            out.append(source[i:j])
            i = j
        elif source.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            depth, j = 0, i
            while j < n:
                ch = source[j]
                if ch == "\\":
                    j += 2
                    continue
                if ch == "[":
                    j = _class_end(source, j)
                    continue
                depth += (ch == "(") - (ch == ")")
                j += 1
                if depth == 0:
                    break
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


class Folded:
    """A case-insensitive pattern and its twin for lower-cased text (`lowered`): the same
    pattern with lower-cased letters and no IGNORECASE, which the regex engine searches much
    faster (it can skip ahead on first letters). `search` and `finditer` give exactly the
    matches of the pattern itself: the twin finds where, the pattern matches there again (so
    groups read the original text); without a lowered text or a twin, the pattern searches."""

    __slots__ = ("rx", "twin", "scan", "pattern")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        # `twin` and `scan` are compiled on first use (`__getattr__`): compiling them was half
        # of starting a language, and a run may never read many of its patterns (the 356
        # cached real texts read 233 of the 331 of English, French and Russian)

    def __getattr__(self, name: str) -> Any:
        """Compile `twin` and `scan` when either is first asked for (a slot not yet set)."""
        if name not in ("twin", "scan"):
            raise AttributeError(name)
        self._compile_twin()
        return getattr(self, name)

    def _compile_twin(self) -> None:
        rx = self.rx
        src = _lowered_source(rx.pattern) if rx.flags & re.IGNORECASE else None
        flags = rx.flags & ~re.IGNORECASE
        self.twin = recache.compile(src, flags) if src is not None else None
        # A pattern that opens with a lookbehind ("no letter before") makes the engine try every
        # position; the same pattern without its lookarounds finds the few places worth trying.
        scan = _without_lookarounds(src) if src is not None else None
        self.scan = recache.compile(scan, flags) if scan and scan != src else None
        if self.scan is not None and (self.scan.search("") or self.scan.search(" ")):
            self.scan = None  # it may match nothing anywhere: no help

    def _twin_matches(self, low: str, pos: int, end: int) -> list[re.Match[str]]:
        """twin.finditer(low, pos, end), trying the twin only where `scan` matches."""
        assert self.twin is not None
        if self.scan is None:
            return list(self.twin.finditer(low, pos, end))
        out: list[re.Match[str]] = []
        while True:
            c = self.scan.search(low, pos, end)
            if c is None:
                return out
            m = self.twin.match(low, c.start(), end)
            if m is None:
                pos = c.start() + 1
                continue
            if m.end() == m.start():  # pragma: no cover - empty matches: the plain way
                return list(self.twin.finditer(low, pos, end)) if not out else \
                    out + list(self.twin.finditer(low, out[-1].end(), end))
            out.append(m)
            pos = m.end()

    def finditer(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        end = len(text) if endpos is None else endpos
        if self.twin is None or low is None:
            return list(self.rx.finditer(text, pos, end))
        out: list[re.Match[str]] = []
        for lm in self._twin_matches(low, pos, end):
            m = self.rx.match(text, lm.start(), end)
            if m is None or m.end() != lm.end():  # pragma: no cover - the twin is exact (tests)
                return list(self.rx.finditer(text, pos, end))
            out.append(m)
        return out

    def match(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.twin is not None and low is not None and self.twin.match(low, pos, end) is None:
            return None  # the usual answer, found fast
        return self.rx.match(text, pos, end)

    def search(self, text: str, low: str | None, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self.twin is None or low is None:
            return self.rx.search(text, pos, end)
        if self.scan is None:
            lm = self.twin.search(low, pos, end)
        else:
            lm, at = None, pos
            while (c := self.scan.search(low, at, end)) is not None:
                lm = self.twin.match(low, c.start(), end)
                if lm is not None:
                    break
                at = c.start() + 1
        if lm is None:
            return None
        m = self.rx.match(text, lm.start(), end)
        if m is None or m.end() != lm.end():  # pragma: no cover - the twin is exact (tests)
            return self.rx.search(text, pos, end)
        return m


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
        # libyaml's loader, where PyYAML was built with it, reads the gazetteer five times faster
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
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


@lru_cache(maxsize=None)
def year_tail(lang: str) -> re.Pattern[str] | None:
    """The year's own noun right after a year, which a year cue leaves out («в 2007 году», «2014
    г.»; lexicon: ranges.period_tail), with the space before it; None for a language with none."""
    tails = load(lang).get("ranges", "period_tail")
    return recache.compile(r"\s+" + alternation(tails, word=False) + r"(?!\w)", re.I) if tails else None


@lru_cache(maxsize=1)
def currency_codes() -> list[str]:
    """The ISO 4217 codes read as money beside a number: currencies.yaml `codes` first, then every
    other code pycountry knows but those of `codes_not` (words, fund and metal units).

    >>> codes = currency_codes(); ("MVR" in codes, "USD" in codes, "CUP" in codes)
    (True, True, False)
    """
    import pycountry

    cur = currencies()
    first = [str(c) for c in cur["codes"]]
    skip = set(first) | {str(c) for c in cur.get("codes_not") or []}
    return first + sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in skip)


#: Language-neutral data files beside the language lexicons.
SHARED_FILES = ("currencies.yaml", "gazetteer.yaml")


def languages() -> list[str]:
    """Languages that have a lexicon file."""
    return list(_languages())


@lru_cache(maxsize=1)
def _languages() -> tuple[str, ...]:
    # (read once: the extractor asks for every article, and listing the package costs more
    # than the answer is worth)
    names = [p.name for p in resources.files("tracker.lexicons").iterdir()]
    return tuple(sorted(n[:-5] for n in names if n.endswith(".yaml") and n not in SHARED_FILES))


@lru_cache(maxsize=1)
def _gazetteer_data() -> dict[str, Any]:
    return _load_yaml("gazetteer.yaml")


def fiscal_year_starts() -> dict[str, int]:
    """Country code -> the month its fiscal year starts in, where not January (gazetteer.yaml)."""
    return {str(k): int(v) for k, v in (_gazetteer_data().get("fiscal_year_start") or {}).items()}


def fiscal_years_named_by_start() -> frozenset[str]:
    """The countries that name a fiscal year by the year it starts in (gazetteer.yaml)."""
    return frozenset(str(c) for c in _gazetteer_data().get("fiscal_year_named_by_start") or [])


@lru_cache(maxsize=None)
def namesakes(lang: str) -> tuple[tuple[str, tuple[str, ...], frozenset[str], re.Pattern[str] | None], ...]:
    """Countries that share a bare name (gazetteer.yaml `namesakes`: the two Congos): for each
    country of such a group, the folded shared forms it is given and a pattern of the forms that
    name it alone ("RDC", "Kinshasa"), so that an article naming one of them alone reads the
    shared name as that one."""
    forms, _, ambiguous = gazetteer(lang)
    unsure = {fold(a) for a in ambiguous}
    out = []
    for group in _gazetteer_data().get("namesakes") or []:
        codes = [str(c) for c in group]
        shared = frozenset(fold(f) for f, c, _ in forms if c in codes and fold(f) in unsure)
        for code in codes:
            own = sorted({f for f, c, _ in forms if c == code and fold(f) not in unsure}, key=len, reverse=True)
            rx = recache.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, own)) + r")(?![^\W_])") if own else None
            out.append((code, tuple(c for c in codes if c != code), shared, rx))
    return tuple(out)


@lru_cache(maxsize=None)
def namesake_forms(lang: str) -> re.Pattern[str] | None:
    """Any shared bare name of a namesake group ("Congo", "Kingdom"), in any case: an article
    without one needs no look for the group's own names."""
    forms, _, ambiguous = gazetteer(lang)
    unsure = {fold(a) for a in ambiguous}
    codes = {str(c) for group in _gazetteer_data().get("namesakes") or [] for c in group}
    shared = sorted({f for f, c, _ in forms if c in codes and fold(f) in unsure}, key=len, reverse=True)
    return recache.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, shared)) + r")(?![^\W_])", re.I) if shared else None


@lru_cache(maxsize=1)
def energy_exporters() -> frozenset[str]:
    """Country codes of the large net exporters of oil, gas or coal (gazetteer.yaml)."""
    return frozenset(str(c) for c in (_gazetteer_data().get("energy_exporters") or []))


@lru_cache(maxsize=None)
def bloc_members(code: str) -> frozenset[str]:
    """Country codes of a trade bloc's members (gazetteer.yaml); empty for a country."""
    return frozenset(str(c) for c in ((_gazetteer_data().get("bloc_members") or {}).get(code) or []))


@lru_cache(maxsize=None)
def goods_exporters(commodity: str) -> frozenset[str]:
    """Country codes of the large net exporters of a commodity category (`agri`, `cars`)."""
    return frozenset(str(c) for c in ((_gazetteer_data().get("goods_exporters") or {}).get(commodity) or []))


@lru_cache(maxsize=4096)
def outlet_country(url: str) -> str:
    """The country an outlet reports from, by its address's country domain (gazetteer.yaml
    `outlet_domains`, else ISO 3166: ".au" is Australia), as an alpha-3 code; "" for a generic
    or vanity domain.

    >>> [outlet_country(u) for u in ("https://www.thedcn.com.au/news", "https://nation.africa.ke/x",
    ...  "https://www.bbc.co.uk/news", "https://arabnews.com/x", "https://site.io/x", "")]
    ['AUS', 'KEN', 'GBR', '', '', '']
    """
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "") if url else ""
    if "." not in host:
        return ""
    tld = host.rsplit(".", 1)[-1].lower()
    data = _gazetteer_data()
    if tld in (data.get("vanity_domains") or []) or len(tld) != 2:
        return ""
    named = (data.get("outlet_domains") or {}).get(tld)
    if named:
        return str(named)
    import pycountry

    c = pycountry.countries.get(alpha_2=tld.upper())
    return str(c.alpha_3) if c is not None else ""


@lru_cache(maxsize=1)
def rough_usd() -> dict[str, float]:
    """Currency code -> dollars per unit, to an order of magnitude (currencies.yaml `rough_usd`)."""
    return {str(k): float(v) for k, v in (currencies().get("rough_usd") or {}).items()}


#: currencies that tell nothing of who reports: reserve and invoicing money, and unions' money
#: (their codes start with X: XOF, XAF; EUR has no one country)
_NO_HOME = frozenset({"USD", "EUR"})


@lru_cache(maxsize=None)
def currency_names(lang: str) -> dict[str, str]:
    """A language's currency names (its lexicon's `currencies`), folded, to their ISO codes."""
    return {fold(k): str(v) for k, v in (load(lang).get("currencies") or {}).items()}


@lru_cache(maxsize=None)
def currency_home(code: str) -> str:
    """The country whose own money a currency is (its ISO 4217 code starts with the country's
    ISO 3166 two letters), as an alpha-3 code; "" for the US dollar, the euro, a union's money
    (X..) or no currency.

    >>> [currency_home(c) for c in ("SAR", "ZAR", "KES", "CNY", "USD", "EUR", "XOF", "percent")]
    ['SAU', 'ZAF', 'KEN', 'CHN', '', '', '', '']
    """
    if len(code) != 3 or not code.isupper() or code in _NO_HOME or code.startswith("X"):
        return ""
    import pycountry

    c = pycountry.countries.get(alpha_2=code[:2])
    return str(c.alpha_3) if c is not None else ""


@lru_cache(maxsize=None)
def balance_sides(kind: str) -> frozenset[str]:
    """Country codes of economies with a chronic goods surplus (`surplus`) or deficit (`deficit`)."""
    return frozenset(str(c) for c in (_gazetteer_data().get(f"{kind}_economies") or []))


@lru_cache(maxsize=None)
def many_partners() -> frozenset[str]:
    """Codes of groups of many partners with no code ("emerging markets", « pays tiers »)."""
    return frozenset(str(c) for c in (_gazetteer_data().get("many_partners") or []))


@lru_cache(maxsize=None)
def continent_forms(lang: str) -> dict[str, tuple[str, str]]:
    """Folded forms of a bloc that also name a continent ("Europe", « européen », every case of
    «Европа» in a declining language) -> (the bloc's code, the continent's): gazetteer.yaml
    `continent_forms`. The engine reads the continent where a sentence names two others."""
    from tracker import morph

    out: dict[str, tuple[str, str]] = {}
    for bloc, entry in (_gazetteer_data().get("continent_forms") or {}).items():
        forms = [(str(f), str(bloc), "demonyms" if str(f)[:1].islower() else "names") for f in entry.get(lang) or []]
        if forms and lang in languages():
            forms = morph.expand(forms, lang)
        for f, _, _ in forms:
            out[fold(f)] = (str(bloc), str(entry["code"]))
    return out


@lru_cache(maxsize=None)
def continents() -> frozenset[str]:
    """Codes of the continents and the world's large regions (gazetteer.yaml `continents`)."""
    return frozenset(str(c) for c in (_gazetteer_data().get("continents") or []))


#: The gazetteer's sections of places: countries, the groups the contract has codes for, and
#: the regions it has none for (their internal codes are never written: `region_codes`).
GAZETTEER_SECTIONS = ("countries", "blocs", "regions")


@lru_cache(maxsize=None)
def region_codes() -> frozenset[str]:
    """Internal codes of the regions the contract has no code for (gazetteer.yaml `regions`):
    a side of a flow that is one of them is written empty."""
    return frozenset(str(c) for c in (_gazetteer_data().get("regions") or {}))


#: What each gazetteer list holds, as a cue kind's role (names and capitals name a country).
GAZETTEER_KINDS = ("names", "demonyms", "capitals", "metonyms")


@lru_cache(maxsize=None)
def gazetteer(lang: str) -> tuple[list[tuple[str, str, str]], list[str], set[str]]:
    """Country and bloc forms of one language from gazetteer.yaml: (form, code, list) triples,
    the world words, and the forms marked ambiguous (also common words or other places).
    In a language that declines names (a lexicon with an `inflection` table), every case of
    each form is added after it (tracker/morph.py): "Китай" brings "Китая", "Китаю"..."""
    from tracker import morph

    data = _gazetteer_data()
    forms: list[tuple[str, str, str]] = []
    world: list[str] = []
    for section in GAZETTEER_SECTIONS:
        for code, langs in (data.get(section) or {}).items():
            entry = (langs or {}).get(lang) or {}
            if (langs or {}).get("world"):
                world += [str(w) for w in entry.get("cues") or []]
                continue
            for kind in GAZETTEER_KINDS:
                forms += [(str(f), str(code), kind) for f in entry.get(kind) or []]
    ambiguous = [str(f) for f in (data.get("ambiguous") or {}).get(lang) or []]
    if lang in languages():
        forms = morph.expand(forms, lang)
        world = morph.expand_words(world, lang)
        ambiguous = [f for f, _, _ in morph.expand(
            [(a, "", "demonyms" if a[:1].islower() else "names") for a in ambiguous], lang)]
    return forms, world, set(ambiguous)


@lru_cache(maxsize=None)
def combining_forms(lang: str) -> list[tuple[str, str]]:
    """(form, code) of the forms that name a country only as the first part of a hyphenated
    pair ("Indo-Pakistani", « franco-allemand », «российско-индийский»): the gazetteer's
    `combining` lists, and in a language whose lexicon has `inflection.combining` (adjective
    ending -> combining ending: «ский» -> «ско»), each demonym so changed. The engine counts
    one only right before another country's form."""
    data = _gazetteer_data()
    endings = sorted(((str(k), str(v)) for k, v in
                      ((load(lang).get("inflection") or {}).get("combining") or {}).items()),
                     key=lambda kv: -len(kv[0])) if lang in languages() else []
    out: list[tuple[str, str]] = []
    for section in GAZETTEER_SECTIONS:
        for code, langs in (data.get(section) or {}).items():
            entry = (langs or {}).get(lang) or {}
            out += [(str(f), str(code)) for f in entry.get("combining") or []]
            for d in entry.get("demonyms") or []:
                d = str(d)
                end = next(((k, v) for k, v in endings if d.endswith(k) and " " not in d), None)
                if end is not None:
                    out.append((d[:-len(end[0])] + end[1], str(code)))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=None)
def gazetteer_places(lang: str) -> frozenset[str]:
    """The gazetteer's forms of one language that name a place, not a destination, after a
    preposition that takes the destination in another case ("в Китае" against "в Китай";
    tracker/morph.py, from the lexicon's `inflection.to_cases`)."""
    from tracker import morph

    return morph.not_to_forms(_gazetteer_forms(lang), lang) if lang in languages() else frozenset()


def gazetteer_recipients(lang: str) -> frozenset[str]:
    """The gazetteer's names (not demonyms) of one language in a case that alone, with no
    preposition, names who receives, and in no other case ("продала Казахстану": sold to
    Kazakhstan; "России" is also a genitive, so it is left out): the lexicon's
    `inflection.recipient_cases`."""
    from tracker import morph

    cases = (load(lang).get("inflection") or {}).get("recipient_cases") if lang in languages() else None
    if not cases:
        return frozenset()
    names = [f for f in _gazetteer_forms(lang) if f[2] != "demonyms"]
    return morph.case_only_forms(names, lang, set(cases))


@lru_cache(maxsize=None)
def gazetteer_maybe_recipients(lang: str) -> frozenset[str]:
    """The gazetteer's names that may be in a receiving case, also when they may be in another
    ("России", "Индии": dative or genitive): right after a selling verb they receive
    ("поставила Индии 3,4 млн тонн")."""
    from tracker import morph

    cases = (load(lang).get("inflection") or {}).get("recipient_cases") if lang in languages() else None
    if not cases:
        return frozenset()
    return morph.case_forms([f for f in _gazetteer_forms(lang) if f[2] != "demonyms"], lang, set(cases))


@lru_cache(maxsize=None)
def gazetteer_unowned_recipients(lang: str) -> frozenset[str]:
    """The receiving forms that are no owner's ("Молдове", "Украине": dative or prepositional,
    never genitive): right after a flow noun, with no preposition, they receive ("поставки Молдове
    электроэнергии"), where a genitive would own the flow ("поставки России")."""
    from tracker import morph

    maybe = gazetteer_maybe_recipients(lang)
    if not maybe:
        return frozenset()
    names = [f for f in _gazetteer_forms(lang) if f[2] != "demonyms"]
    return maybe - morph.case_forms(names, lang, {1}) - morph.case_forms(names, lang, {0})


@lru_cache(maxsize=None)
def gazetteer_nominatives(lang: str) -> frozenset[str]:
    """The gazetteer's names (not demonyms) as it lists them, folded: the nominative, in a
    language with an `inflection` table (empty in any other: its names do not decline)."""
    if lang not in languages() or not (load(lang).get("inflection") or {}):
        return frozenset()
    return frozenset(fold(f) for f, _, kind in _gazetteer_forms(lang) if kind != "demonyms")


@lru_cache(maxsize=None)
def gazetteer_names(lang: str) -> frozenset[str]:
    """The gazetteer's forms of one language that are a country's name, capital or metonym and
    never its demonym ("Pakistan", "Japan": not adjectives, whatever their ending)."""
    forms = _gazetteer_forms(lang) if lang in languages() else []
    demonyms = {f for f, _, kind in forms if kind == "demonyms"}
    return frozenset(f for f, _, kind in forms if kind != "demonyms" and f not in demonyms)


def _gazetteer_forms(lang: str) -> list[tuple[str, str, str]]:
    """(form, code, kind) of every country and bloc of the gazetteer in one language."""
    data = _gazetteer_data()
    return [(str(f), str(code), kind)
            for section in GAZETTEER_SECTIONS for code, langs in (data.get(section) or {}).items()
            if not (langs or {}).get("world")
            for kind in GAZETTEER_KINDS for f in ((langs or {}).get(lang) or {}).get(kind) or []]


# ---------------------------------------------------------------------------------------
# Fast phrase look-up: one dictionary probe per token instead of one big regex per kind.

_TOKEN = recache.compile(r"[^\W_]+|[^\w\s]")


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


# Prefilter atoms: a word boundary before, a word boundary after, a white-space gap between tokens.
_BEFORE, _AFTER, _GAP = "(?<![^\\W_])", "(?![^\\W_])", "[\\s_]*"
_WORD_START = recache.compile(r"[^\W_]")


def _never(text: str, pos: int) -> None:
    return None


@lru_cache(maxsize=None)
def _phrase_matcher(ptoks: tuple[str, ...], stem: bool) -> Any:
    """`match(text, pos)` of one phrase's tokens at a token start, exactly as the token
    scan compares them: whole tokens, any white space (or _) between them, and a final
    stem running to the end of its word. Group 1 ends where the phrase's own letters end.

    A lower-cased phrase token that is no longer one token ('İ' gives 'i' and a combining
    dot) equals no token of a text that `find` reads itself: that phrase never matches."""
    if any(tokens(t) != [(0, len(t), t)] for t in ptoks):
        return _never
    parts = []
    for j, t in enumerate(ptoks):
        word = _WORD_START.match(t) is not None
        parts.append(re.escape(t) + (_AFTER if word and not (stem and j == len(ptoks) - 1) else ""))
    tail = "[^\\W_]*" if stem and _WORD_START.match(ptoks[-1]) else ""
    return recache.compile("(" + _GAP.join(parts) + ")" + tail).match


class PhraseIndex:
    """Phrases of several kinds, found by token.

    Case-insensitive unless a phrase is added with `case_sensitive=True`; a trailing * means
    any word ending; the tokens of a multi-token phrase may be apart by white space, not by
    other characters. At each position the longest phrase of each kind wins, and a shorter
    hit of a kind inside a longer hit of the same kind is dropped.

    `find` first runs one compiled regex (a trie of every phrase, lower-cased) over the
    lower-cased text to learn the few token positions where a phrase may start, then checks
    only those positions token by token, exactly as `_find_reference` checks every token.
    """

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[tuple[str, ...], bool, bool, str, Any]]] = {}
        self._stems: dict[str, list[tuple[str, tuple[str, ...], bool, str, Any]]] = {}
        self._stem_lengths: list[int] = []
        self._stem_cache: dict[str, list[tuple[str, tuple[str, ...], bool, str, Any]]] = {}
        self._plans: dict[str, tuple[list[tuple[str, Any]] | None, list[Any], list[tuple[str, Any]]]] = {}
        self._prefilter: re.Pattern[str] | None = None

    def add(self, phrase: str, kind: str, value: Any, case_sensitive: bool = False) -> None:
        stem = phrase.endswith("*") and len(phrase) > 1
        body = phrase[:-1] if stem else phrase
        toks = tuple(t for _, _, t in tokens(body.replace("\u2019", "'")))
        if not toks:
            return
        if not case_sensitive:
            toks = tuple(t.lower() for t in toks)
        entry = (toks, stem, case_sensitive, kind, value)
        self._prefilter = None  # compiled again, and memos cleared, on the next find
        self._plans.clear()
        self._stem_cache.clear()
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

    def _compile(self) -> re.Pattern[str]:
        """One zero-width regex that matches, in lower-cased text, at every position where some
        phrase could start: a trie of the phrases' lower-cased tokens, token boundaries and
        white-space gaps. It accepts a superset of what `find` keeps; `find` checks the rest."""
        seqs: list[list[str]] = []
        for entries in self._first.values():
            for ptoks, stem, cs, _, _ in entries:
                seq: list[str] = []
                for j, t in enumerate(ptoks):
                    word = _WORD_START.match(t) is not None
                    if j:
                        seq.append(_GAP)
                    elif word:
                        seq.append(_BEFORE)
                    seq.extend(re.escape(c) for c in (t.lower() if cs else t))
                    if word and not (stem and j == len(ptoks) - 1):
                        seq.append(_AFTER)
                seqs.append(seq)
        for entries2 in self._stems.values():
            for first_tok, _, cs, _, _ in entries2:
                seq = [_BEFORE] if _WORD_START.match(first_tok) else []
                seq.extend(re.escape(c) for c in (first_tok.lower() if cs else first_tok))
                seqs.append(seq)
        end = ""  # marks a node where a phrase is complete: longer ones add nothing to a prefilter
        root: dict[str, Any] = {}
        for seq in seqs:
            node = root
            for atom in seq:
                if end in node:
                    break
                node = node.setdefault(atom, {})
            else:
                node.clear()
                node[end] = {}

        def emit(node: dict[str, Any]) -> str:
            if end in node:
                return ""
            parts = [atom + emit(child) for atom, child in node.items()]
            return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

        body = emit(root) if root else "(?!x)x"
        # consume the first token: the next phrase cannot start inside it
        self._prefilter = recache.compile(f"(?={body})(?:[^\\W_]+|[^\\w\\s])")
        return self._prefilter

    def _plan(self, orig: str) -> tuple[list[tuple[str, Any]] | None, list[Any], list[tuple[str, Any]]]:
        """What a token may start, memoised per token (words repeat): when every candidate is
        one token long, the fixed (kind, value) list it yields; otherwise one anchored regex
        per candidate phrase (in the order `_find_reference` tries them) and the stem hits."""
        w = orig.lower()
        first = self._first
        cands = first.get(w)
        if orig != w and orig in first:
            cands = (cands or []) + first[orig]
        stem_c = self._stem_hits(w) if self._stems and w[:1].isalpha() else None
        fixed = None
        checks: list[Any] = []
        stems: list[tuple[str, Any]] = []
        if not cands or max(len(e[0]) for e in cands) == 1:
            fixed = [(kind, value) for kind, value, _ in self._best([(0, len(orig), orig)], [w], cands, stem_c)]
        else:
            for ptoks, stem, cs, kind, value in cands:
                checks.append((_phrase_matcher(ptoks, stem), cs, kind, value, len(ptoks),
                               sum(len(t) for t in ptoks), 3 * (len(ptoks) - 1)))
            stems = [(kind, value) for first_tok, _, cs, kind, value in stem_c or ()
                     if not cs or orig.startswith(first_tok)]
        plan = (fixed, checks, stems)
        if len(self._plans) < 200_000:
            self._plans[orig] = plan
        return plan

    @staticmethod
    def _best(loc: list[tuple[int, int, str]], low: list[str], cands: Any, stem_c: Any) -> list[tuple[str, Any, int]]:
        """(kind, value, tokens) of the longest phrase of each kind that starts at loc[0]."""
        best: dict[str, tuple[int, Any]] = {}
        n = len(loc)
        s0 = loc[0][0]
        for ptoks, stem, cs, kind, value in cands or ():
            k = len(ptoks)
            if k > n:
                continue
            seq = [t for _, _, t in loc[:k]] if cs else low[:k]
            ok = all(seq[j] == ptoks[j] for j in range(k - 1)) and (
                seq[k - 1].startswith(ptoks[k - 1]) if stem else seq[k - 1] == ptoks[k - 1])
            if not ok:
                continue
            # a multi-token phrase must not span a sentence-like gap of more than spaces
            if k > 1 and loc[k - 1][1] - s0 > sum(len(t) for _, _, t in loc[:k]) + 3 * (k - 1):
                continue
            prev = best.get(kind)
            if prev is None or k > prev[0]:
                best[kind] = (k, value)
        orig = loc[0][2]
        for first_tok, _, cs, kind, value in stem_c or ():
            if cs and not orig.startswith(first_tok):
                continue
            if kind not in best:
                best[kind] = (1, value)
        return [(kind, value, k) for kind, (k, value) in best.items()]

    def find(self, text: str, offset: int = 0, toks: list[tuple[int, int, str]] | None = None) -> list[Hit]:
        """Every phrase in `text`, longest match first at each position, overlapping kinds kept.

        The same hits, in the same order, as `_find_reference`, which visits every token."""
        if toks is not None or "\u03a3" in text:
            # given tokens define their own positions; a capital sigma lower-cases by context
            return self._find_reference(text, offset, toks)
        low_text = text.lower()
        if len(low_text) != len(text):  # 'İ' lower-cases to two characters: offsets would shift
            return self._find_reference(text, offset, toks)
        prefilter = self._prefilter or self._compile()
        hits: list[Hit] = []
        plans = self._plans
        last_end: dict[str, int] = {}
        for pm in prefilter.finditer(low_text):
            s0, e0 = pm.span()  # the first token of a phrase that may start here
            orig = text[s0:e0]
            fixed, checks, stems = plans.get(orig) or self._plan(orig)
            if fixed is not None:
                for kind, value in fixed:
                    if s0 < last_end.get(kind, -1):
                        continue  # inside a longer phrase of the same kind ("Saudi Arabia" / "Arabia")
                    last_end[kind] = e0
                    hits.append(Hit(offset + s0, offset + e0, kind, value, orig))
                continue
            best: dict[str, tuple[int, Any, int]] = {}
            for matcher, cs, kind, value, k, chars, max_gap in checks:
                m = matcher(text if cs else low_text, s0)
                if m is None:
                    continue
                # a multi-token phrase must not span a sentence-like gap of more than spaces
                if k > 1 and m.end(1) - s0 - chars > max_gap:
                    continue
                prev = best.get(kind)
                if prev is None or k > prev[0]:
                    best[kind] = (k, value, m.end())
            for kind, value in stems:
                if kind not in best:
                    best[kind] = (1, value, e0)
            for kind, (_, value, e) in best.items():
                if s0 < last_end.get(kind, -1):
                    continue
                last_end[kind] = e
                hits.append(Hit(offset + s0, offset + e, kind, value, text[s0:e]))
        return hits

    def _find_reference(self, text: str, offset: int = 0,
                        toks: list[tuple[int, int, str]] | None = None) -> list[Hit]:
        """The plain token-by-token scan that `find` must agree with (kept for texts the
        prefilter cannot handle, and as the oracle of tests/test_lexicon.py)."""
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
