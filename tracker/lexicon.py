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
    "demonym_suffixes", "demonym_lowercase",
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
    body = "|".join(phrase_regex(p) for p in items if p)
    if not body:
        body = r"(?!x)x"
    if word:
        return rf"(?<![\w])(?:{body})(?![\w])"
    return f"(?:{body})"


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
