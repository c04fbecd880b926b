"""Text helpers: bytes -> str decoding and language detection (used by `ingest`).

Sentence splitting and Unicode clean-up belong below this first section.
"""
from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

__all__ = ["LANGUAGES", "NotText", "UnsupportedLanguage", "decode_bytes", "detect_lang", "detect_supported"]

# --- decoding and language detection (ingest) --------------------------------

#: Languages we have lexicons for; detection picks among these only.
#: Adding a language is adding its code here (and its lexicon), not code.
LANGUAGES: tuple[str, ...] = ("fr", "en", "ru")

#: A text is taken to be in a language we have no lexicon for when the languages we have
#: together get less than this probability (py3langid, over every language it knows).
UNSUPPORTED_BELOW = 0.05
#: ... and it has at least this many letters (a line of names or numbers proves nothing).
UNSUPPORTED_MIN_LETTERS = 20

#: When UTF-8 fails and charset-normalizer finds several plausible single-byte
#: decodings, take these first: on short French text it often ranks cp1250 or
#: cp1006 above cp1252 (turning "à" into "ŕ"), and Western news sites that are
#: not UTF-8 are almost always windows-1252 (which WHATWG also uses for "latin-1").
PREFERRED_ENCODINGS: tuple[str, ...] = ("cp1252",)

#: Above this share of control characters a decoded text is taken for binary.
_MAX_CONTROL_SHARE = 0.05

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),   # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotText(ValueError):
    """The bytes are not text in any encoding we can trust."""


class UnsupportedLanguage(ValueError):
    """The text is in a language that has no lexicon (`lang` is its ISO 639-1 code)."""

    def __init__(self, lang: str, languages: Sequence[str]) -> None:
        self.lang = lang
        name = _language_name(lang)
        super().__init__(f"the text is in {name + ' ' if name else ''}({lang}), which has no lexicon "
                         f"(tracker/lexicons/{lang}.yaml); languages with one: {', '.join(sorted(languages))}")


def _language_name(code: str) -> str:
    try:
        import pycountry

        found = pycountry.languages.get(alpha_2=code)
    except (ImportError, LookupError, KeyError):  # pragma: no cover
        return ""
    return str(found.name) if found is not None else ""


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode file content; return (text, encoding name), dropping a BOM.

    UTF-8 is tried first, then the `declared` charset (an HTML page's own
    `<meta charset>`), then charset-normalizer's guess.
    Raises NotText for binary content (NUL bytes, no plausible encoding).

    >>> decode_bytes("déjà".encode("utf-8"))
    ('déjà', 'utf-8')
    >>> decode_bytes("Les échanges ont progressé à 120 milliards d’euros.".encode("cp1252"))
    ('Les échanges ont progressé à 120 milliards d’euros.', 'cp1252')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {encoding} byte-order mark but is not {encoding}") from exc
    if b"\x00" in data:
        raise NotText("contains NUL bytes")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and (codec := _codec(declared)):
        try:
            return _checked(data.decode(codec)), codec
        except (UnicodeDecodeError, NotText):
            pass  # pages often declare a charset they do not use
    from charset_normalizer import from_bytes  # slow import; only non-UTF-8 files need it

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise NotText("no text encoding fits")
    encoding = best.encoding
    candidates = {match.encoding for match in matches}
    for preferred in PREFERRED_ENCODINGS:
        if preferred in candidates:
            encoding = preferred
            break
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:  # charset-normalizer may have judged on a sample
        raise NotText(f"not decodable as {encoding}") from exc
    return _checked(text), encoding


def _codec(label: str) -> str | None:
    """Python codec name for a charset label, as browsers read it (WHATWG)."""
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # Browsers decode pages labelled latin-1 or ascii as windows-1252, whose
    # 0x80-0x9F bytes hold ’ € and œ; Python's latin-1 would make them controls.
    return "cp1252" if name in ("iso8859-1", "latin-1", "ascii") else name


def _checked(text: str) -> str:
    """The text itself, unless it is mostly control characters (binary data)."""
    if text:
        controls = sum(1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) == "Cc")
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise NotText("mostly control characters")
    return text


@lru_cache(maxsize=8)
def _identifier(languages: tuple[str, ...] | None) -> Any:
    # Loading the model takes ~0.7 s, so it happens on first use, not at import.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if languages is not None:
        identifier.set_languages(list(languages))
    return identifier


def detect_lang(text: str, languages: Sequence[str] = LANGUAGES) -> str:
    """ISO 639-1 code of the text's language among `languages`; "" if it has no letters.

    >>> detect_lang("Les échanges commerciaux ont progressé l'an dernier.")
    'fr'
    """
    if not any(ch.isalpha() for ch in text):
        return ""
    if len(languages) == 1:
        return languages[0]
    lang, _prob = _identifier(tuple(languages)).classify(text)
    return str(lang)


def detect_supported(text: str, languages: Sequence[str] = LANGUAGES) -> str:
    """Like `detect_lang`, but a text that is plainly in another language (the languages we
    have get less than UNSUPPORTED_BELOW of the probability over every language py3langid
    knows) raises UnsupportedLanguage instead of being routed to the nearest one we have.

    >>> detect_supported("Торговля между Россией и Китаем выросла на 26 процентов.")
    'ru'
    >>> detect_supported("Der Handel zwischen China und Russland stieg um 26 Prozent.")
    Traceback (most recent call last):
    ...
    tracker.text.UnsupportedLanguage: the text is in German (de), which has no lexicon (tracker/lexicons/de.yaml); languages with one: en, fr, ru
    """
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return ""
    if len(languages) == 1:
        return languages[0]
    ranked = _identifier(None).rank(text)
    ours = [(lang, p) for lang, p in ranked if lang in languages]
    if letters >= UNSUPPORTED_MIN_LETTERS and sum(p for _, p in ours) < UNSUPPORTED_BELOW:
        raise UnsupportedLanguage(str(ranked[0][0]), languages)
    # the best of ours over every language is the best among ours alone (same scores)
    return str(max(ours, key=lambda lp: lp[1])[0]) if ours else detect_lang(text, languages)
