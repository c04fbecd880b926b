"""Read article files (txt/md with front matter, html, json, jsonl) into Article records.

Bad input never stops a run: `iter_articles` yields an IngestError (one line that
starts with the path) and goes on with the next file, or the next JSON line.
"""
from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from tracker.models import Article
from tracker.text import LANGUAGES, NotText, UnsupportedLanguage, decode_bytes, detect_supported

__all__ = [
    "SUFFIXES",
    "IngestError",
    "IngestFailure",
    "iter_articles",
    "parse_published",
    "read_article",
]

logger = logging.getLogger(__name__)

#: File suffixes we read, and how.
SUFFIXES: Mapping[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}

#: Metadata keys of front matter and JSON records (others are ignored).
META_KEYS: tuple[str, ...] = ("id", "published", "source", "url", "title", "lang")

# Cookie and consent banners are the one boilerplate trafilatura keeps on pages
# that have no article at all; dropping them lets such pages come out empty.
_BANNER_XPATH = (
    "//*[contains(translate(@id, 'COKIESNTGDPR', 'cokiesntgdpr'), 'cookie')"
    " or contains(translate(@class, 'COKIESNTGDPR', 'cokiesntgdpr'), 'cookie')"
    " or contains(translate(@id, 'COKIESNTGDPR', 'cokiesntgdpr'), 'consent')"
    " or contains(translate(@class, 'COKIESNTGDPR', 'cokiesntgdpr'), 'consent')"
    " or contains(translate(@id, 'COKIESNTGDPR', 'cokiesntgdpr'), 'gdpr')"
    " or contains(translate(@class, 'COKIESNTGDPR', 'cokiesntgdpr'), 'gdpr')]"
)
# No "extensive" date search: it takes any year in the body ("in 2023") for the
# publication date; an undated page must stay undated so --published can fill it.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_YEAR_RE = re.compile(r"\d{4}")
_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")
_DAY_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


@dataclass(frozen=True, slots=True)
class IngestError:
    """A file (or one JSON line) that could not be read; `str()` is the one-line message."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        """`path:line: message`, or `path: message` when no line applies.

        >>> str(IngestError("raw/x.jsonl", "invalid JSON (Expecting ',' delimiter)", 3))
        "raw/x.jsonl:3: invalid JSON (Expecting ',' delimiter)"
        """
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        message = " ".join(self.message.splitlines())  # one line, whatever a parser said
        return f"{where}: {message}"


class IngestFailure(Exception):
    """Raised by `read_article`; carries every IngestError of the file."""

    def __init__(self, errors: Sequence[IngestError]) -> None:
        super().__init__(str(errors[0]))
        self.errors = tuple(errors)
        self.error = self.errors[0]


class _Bad(Exception):
    """A problem inside one file or record, before the path is attached."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def parse_published(value: object) -> tuple[date | None, str | None]:
    """Parse a publication date and tell its precision ("day", "month", "year").

    A time or zone is dropped; the date stays the one the source printed.

    >>> parse_published("2024-01")
    (datetime.date(2024, 1, 1), 'month')
    >>> parse_published("2024-01-12T09:30:00+01:00")
    (datetime.date(2024, 1, 12), 'day')
    """
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"unrecognised date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    text = value.strip()
    if not text:
        return None, None
    try:
        if _YEAR_RE.fullmatch(text):
            return date(int(text), 1, 1), "year"
        if m := _MONTH_RE.fullmatch(text):
            return date(int(m[1]), int(m[2]), 1), "month"
        if m := _DAY_RE.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3])), "day"
        return datetime.fromisoformat(text).date(), "day"
    except ValueError:
        raise ValueError(
            f"unrecognised date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None


def iter_articles(
    paths: Sequence[str | os.PathLike[str]],
    published: str | None = None,
    languages: Sequence[str] = LANGUAGES,
) -> Iterator[Article | IngestError]:
    """Articles from files and folders (recursively, in sorted order), and an error per bad input.

    `published` fills articles that carry no date; a bad value raises ValueError
    here, before any file is read.

    >>> [str(e) for e in iter_articles(["no/such/file.txt"])]
    ['no/such/file.txt: no such file or directory']
    """
    default = parse_published(published)
    if isinstance(paths, (str, os.PathLike)):  # one path given bare: not a sequence of letters
        paths = [paths]
    return _iter_articles([str(p) for p in paths], default, tuple(languages))


def read_article(
    path: str | os.PathLike[str],
    published: str | None = None,
    languages: Sequence[str] = LANGUAGES,
) -> list[Article]:
    """The articles of one file; raises IngestFailure if any part of it is bad.

    Unlike `iter_articles`, this is all or nothing, for callers that handle one file.
    """
    default = parse_published(published)
    file = Path(path)
    errors: list[IngestError] = []
    articles: list[Article] = []
    if not file.is_file():
        message = "no such file or directory" if not file.exists() else "not a regular file"
        errors.append(IngestError(str(file), message))
    elif file.suffix.lower() not in SUFFIXES:
        errors.append(IngestError(str(file), _unknown_suffix(file)))
    else:
        for item in _read_file(file, default, tuple(languages)):
            if isinstance(item, IngestError):
                errors.append(item)
            else:
                articles.append(item)
    if errors:
        raise IngestFailure(errors)
    return articles


# --- files and folders -------------------------------------------------------


def _iter_articles(
    paths: list[str], default: tuple[date | None, str | None], languages: tuple[str, ...]
) -> Iterator[Article | IngestError]:
    seen: set[Path] = set()
    for name in paths:
        if not name:
            yield IngestError("''", "empty path")  # Path("") would silently mean the current folder
            continue
        path = Path(name)
        if path.is_dir():
            files, unreadable = _walk(path)
            yield from unreadable
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                yield IngestError(str(path), _unknown_suffix(path))
                continue
            files = [path]
        elif path.exists():
            yield IngestError(str(path), "not a regular file or folder")
            continue
        else:
            yield IngestError(str(path), "no such file or directory")
            continue
        for file in files:
            key = file.resolve()
            if key in seen:  # named twice, or a file inside a folder also named
                continue
            seen.add(key)
            yield from _read_file(file, default, languages)


def _walk(folder: Path) -> tuple[list[Path], list[IngestError]]:
    """Readable files under `folder`, sorted by their path (hidden entries skipped), and unreadable folders."""
    found: list[Path] = []
    errors: list[IngestError] = []

    def report(exc: OSError) -> None:
        errors.append(IngestError(str(exc.filename), f"cannot read folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(folder, onerror=report):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                found.append(Path(root, name))
    return sorted(found, key=lambda p: p.relative_to(folder).parts), errors


def _unknown_suffix(path: Path) -> str:
    kinds = ", ".join(SUFFIXES)
    return f"unsupported file type {path.suffix or '(no suffix)'!r} (expected {kinds})"


def _read_file(
    path: Path, default: tuple[date | None, str | None], languages: tuple[str, ...]
) -> Iterator[Article | IngestError]:
    where = str(path)
    kind = SUFFIXES[path.suffix.lower()]
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(where, f"cannot read file ({exc.strerror or exc})")
        return
    try:
        text = _decode(data, where, html=kind == "html")
        if not text.strip():
            raise _Bad("empty file")
    except _Bad as bad:
        yield IngestError(where, bad.message, bad.line)
        return
    reader = _READERS[kind]
    for item in reader(path, text, default, languages):
        if isinstance(item, _Bad):
            yield IngestError(where, item.message, item.line)
        else:
            yield item


def _decode(data: bytes, where: str, html: bool) -> str:
    declared = _declared_charset(data) if html else None
    try:
        text, encoding = decode_bytes(data, declared=declared)
    except NotText:
        raise _Bad("binary file, not text") from None
    if encoding != "utf-8":
        logger.warning("%s: decoded as %s, not UTF-8", where, encoding)
    return text


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET_RE.search(data[:4096])
    return m[1].decode("ascii") if m else None


# --- one reader per kind ------------------------------------------------------


Items = Iterator["Article | _Bad"]


def _read_text(
    path: Path, text: str, default: tuple[date | None, str | None], languages: tuple[str, ...]
) -> Items:
    try:
        meta, body = _split_front_matter(text)
        if not body.strip():
            raise _Bad("empty file")
        yield _article(path, meta, body, default, languages, fallback_id=path.stem)
    except _Bad as bad:
        yield bad


def _read_html(
    path: Path, text: str, default: tuple[date | None, str | None], languages: tuple[str, ...]
) -> Items:
    try:
        body, meta = _html_text(text)
        yield _article(path, meta, body, default, languages, fallback_id=path.stem)
    except _Bad as bad:
        yield bad


def _read_json(
    path: Path, text: str, default: tuple[date | None, str | None], languages: tuple[str, ...]
) -> Items:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        yield _Bad(f"invalid JSON ({exc.msg})", exc.lineno)
        return
    except RecursionError:
        yield _Bad("invalid JSON (nested too deeply)")
        return
    try:
        yield _record(path, record, default, languages, fallback_id=path.stem, line=None)
    except _Bad as bad:
        yield bad


def _read_jsonl(
    path: Path, text: str, default: tuple[date | None, str | None], languages: tuple[str, ...]
) -> Items:
    # Split on "\n" only: JSON strings may hold U+2028, which str.splitlines() would cut.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _Bad(f"invalid JSON ({exc.msg})", number)
            continue
        except RecursionError:
            yield _Bad("invalid JSON (nested too deeply)", number)
            continue
        try:
            yield _record(path, record, default, languages, fallback_id=f"{path.stem}-{number}", line=number)
        except _Bad as bad:
            yield bad if bad.line is not None else _Bad(bad.message, number)


_READERS = {"text": _read_text, "html": _read_html, "json": _read_json, "jsonl": _read_jsonl}


# --- pieces ---------------------------------------------------------------------


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that keeps numbers, booleans and dates as written.

    YAML 1.1 would turn `id: 0012` into 10, `lang: no` into False and
    `published: 2024-02-30` into a crash; parse_published checks dates itself.
    """


def _as_written(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    return loader.construct_scalar(node)  # type: ignore[arg-type]  # these tags are scalars


for _tag in ("bool", "int", "float", "timestamp"):
    _FrontMatterLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_written)


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(metadata, body): the YAML block between the first two `---` lines, and what follows."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        raise _Bad("front matter has no closing '---' line", 1)
    source = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1:])
    # One blank line after the block is layout, not text.
    body = body.removeprefix("\r\n") if body.startswith("\r\n") else body.removeprefix("\n")
    try:
        meta = yaml.load(source, Loader=_FrontMatterLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = mark.line + 2 if mark is not None else 1  # +1 for 0-based, +1 for the opening ---
        raise _Bad(f"invalid YAML front matter ({problem})", line) from None
    except RecursionError:
        raise _Bad("invalid YAML front matter (nested too deeply)", 1) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise _Bad("front matter is not a mapping of keys to values", 1)
    return meta, body


def _html_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text (paragraphs joined by "\\n") and metadata of a web page."""
    import trafilatura  # slow import; most runs read text files

    try:
        doc = trafilatura.bare_extraction(
            html,
            include_comments=False,
            favor_precision=True,
            with_metadata=True,
            prune_xpath=[_BANNER_XPATH, "//nav", "//footer"],  # menus are never the article
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # a third-party parser on arbitrary input: report, don't crash the run
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _Bad(f"cannot parse HTML page ({first})") from None
    body = getattr(doc, "text", None) or ""
    if doc is None or isinstance(doc, dict) or not body.strip():
        raise _Bad("no article text found in HTML page")
    meta = {
        "title": doc.title,
        "published": doc.date,
        "source": doc.sitename or doc.hostname,
        "url": doc.url,
    }
    return body, {k: v for k, v in meta.items() if v}


def _record(
    path: Path,
    record: object,
    default: tuple[date | None, str | None],
    languages: tuple[str, ...],
    fallback_id: str,
    line: int | None,
) -> Article:
    if not isinstance(record, dict):
        raise _Bad(f"expected a JSON object, got {_json_type(record)}", line)
    meta = dict(record)
    text = record.get("text")
    html = record.get("html")
    if text is not None and not isinstance(text, str):
        raise _Bad(f"'text' must be a string, got {_json_type(text)}", line)
    if html is not None and not isinstance(html, str):
        raise _Bad(f"'html' must be a string, got {_json_type(html)}", line)
    if text and text.strip():
        body = text
    elif html and html.strip():
        body, page = _html_text(html)
        meta = {**page, **{k: v for k, v in record.items() if v not in (None, "")}}
    else:
        raise _Bad("record has no 'text' or 'html'", line)
    return _article(path, meta, body, default, languages, fallback_id, line)


def _article(
    path: Path,
    meta: Mapping[str, Any],
    text: str,
    default: tuple[date | None, str | None],
    languages: tuple[str, ...],
    fallback_id: str,
    line: int | None = None,
) -> Article:
    article_id = _string(meta, "id", line) or fallback_id
    try:
        published, precision = parse_published(meta.get("published"))
    except ValueError as exc:
        raise _Bad(f"invalid 'published': {exc}", line) from None
    if published is None:
        published, precision = default
    try:
        lang = _lang(_string(meta, "lang", line), line) or detect_supported(text, languages)
    except UnsupportedLanguage as exc:
        raise _Bad(str(exc), line) from None
    return Article(
        article_id=article_id,
        text=text,
        published=published,
        published_precision=precision,
        source=_string(meta, "source", line),
        url=_string(meta, "url", line),
        title=_string(meta, "title", line),
        lang=lang,
        path=str(path),
    )


def _string(meta: Mapping[str, Any], key: str, line: int | None) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise _Bad(f"'{key}' must be a string, got {_json_type(value)}", line)
    return str(value).strip()


def _lang(value: str, line: int | None) -> str:
    """ISO 639-1 code from a tag such as "fr", "FR", "fr-FR", "en_GB" or "fra"."""
    if not value:
        return ""
    primary = value.lower().replace("_", "-").split("-")[0]
    if len(primary) == 2 and primary.isalpha():
        return primary
    if len(primary) == 3 and primary.isalpha():
        import pycountry

        found = pycountry.languages.get(alpha_3=primary)
        if found is not None and hasattr(found, "alpha_2"):
            return str(found.alpha_2)
    raise _Bad(f"'lang' {value!r} is not an ISO 639-1 language code", line)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
