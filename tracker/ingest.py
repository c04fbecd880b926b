"""Read article files (txt/md with front matter, html, json, jsonl) into Article records.

Bad input never stops a run: `iter_articles` yields an IngestError (one line that
starts with the path) and goes on with the next file, or the next JSON line.
"""
from __future__ import annotations

import errno
import json
import logging
import math
import os
import re
import stat
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from tracker.limits import DEFAULT as DEFAULT_LIMITS
from tracker.limits import MAX_NUMBER_CHARS, Limits, TimeLimit, time_limit
from tracker.models import Article
from tracker.text import LANGUAGES, TRUNCATED_UTF8, NotText, UnsupportedLanguage, decode_bytes, detect_supported

__all__ = [
    "SUFFIXES",
    "IngestError",
    "IngestFailure",
    "Limits",
    "iter_articles",
    "iter_file",
    "iter_files",
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
#: C0 and C1 control characters but tab and the line ends: terminal escapes, bells, NULs
#: kept in a "text" would reach tables, terminals and the dashboard.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LONG_NUMBER = re.compile(r"\d{%d,1000}" % (MAX_NUMBER_CHARS + 1))
_BLANK_CONTROLS = {c: " " for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]}


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
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Article | IngestError]:
    """Articles from files and folders (recursively, in sorted order), and an error per bad input.

    `published` fills articles that carry no date; a bad value raises ValueError
    here, before any file is read. A file over one of `limits` (size, longest line,
    time to read) is an error too.

    >>> [str(e) for e in iter_articles(["no/such/file.txt"])]
    ['no/such/file.txt: no such file or directory']
    """
    default = parse_published(published)
    if isinstance(paths, (str, os.PathLike)):  # one path given bare: not a sequence of letters
        paths = [paths]
    return _iter_articles([str(p) for p in paths], default, tuple(languages), limits)


def read_article(
    path: str | os.PathLike[str],
    published: str | None = None,
    languages: Sequence[str] = LANGUAGES,
    limits: Limits = DEFAULT_LIMITS,
) -> list[Article]:
    """The articles of one file; raises IngestFailure if any part of it is bad.

    Unlike `iter_articles`, this is all or nothing, for callers that handle one file.
    """
    default = parse_published(published)
    file = Path(path)
    errors: list[IngestError] = []
    articles: list[Article] = []
    if not file.is_file():
        errors.append(IngestError(str(file), _missing(file) if not file.is_dir() else "a folder, not a file"))
    elif file.suffix.lower() not in SUFFIXES:
        errors.append(IngestError(str(file), _unknown_suffix(file)))
    else:
        for item in _read_file(file, default, tuple(languages), limits):
            if isinstance(item, IngestError):
                errors.append(item)
            else:
                articles.append(item)
    if errors:
        raise IngestFailure(errors)
    return articles


# --- files and folders -------------------------------------------------------


def _iter_articles(
    paths: list[str], default: tuple[date | None, str | None], languages: tuple[str, ...],
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Article | IngestError]:
    for file in _iter_files(paths):
        if isinstance(file, IngestError):
            yield file
        else:
            yield from _read_file(file, default, languages, limits)


def iter_files(paths: Sequence[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """The files `iter_articles` reads, in its order, and an error per bad path; nothing is read.

    >>> [str(e) for e in iter_files(["no/such/file.txt"])]
    ['no/such/file.txt: no such file or directory']
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _iter_files([str(p) for p in paths])


def iter_file(
    file: str | os.PathLike[str],
    published: str | None = None,
    languages: Sequence[str] = LANGUAGES,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Article | IngestError]:
    """The articles of one file of `iter_files`, and an error per bad part (as `iter_articles`)."""
    return _read_file(Path(file), parse_published(published), tuple(languages), limits)


def _iter_files(paths: list[str]) -> Iterator[Path | IngestError]:
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
        else:
            yield IngestError(str(path), _missing(path))
            continue
        for file in files:
            try:
                key = file.resolve(strict=True)
            except (OSError, RuntimeError):  # a link loop or a file gone since: _read_file says which
                key = file.absolute()
            if key in seen:  # named twice, or a file inside a folder also named
                continue
            seen.add(key)
            yield file


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


def _missing(path: Path) -> str:
    """Why a path that is neither a file nor a folder cannot be read, in words."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        if exc.errno == errno.ENOENT and path.is_symlink():
            return f"broken symbolic link (to {os.readlink(path)!r}, which does not exist)"
        if exc.errno == errno.ENOENT:
            return "no such file or directory"
        return f"cannot read ({exc.strerror or exc})"
    return "not a regular file or folder"


def _unknown_suffix(path: Path) -> str:
    kinds = ", ".join(SUFFIXES)
    return f"unsupported file type {path.suffix or '(no suffix)'!r} (expected {kinds})"


def _read_file(
    path: Path, default: tuple[date | None, str | None], languages: tuple[str, ...],
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Article | IngestError]:
    where = str(path)
    kind = SUFFIXES[path.suffix.lower()]
    try:
        with time_limit(limits.max_seconds):
            data = _read_bytes(path, limits)
            text = _decode(data, where, html=kind == "html")
            del data
            if not text.strip():
                raise _Bad("empty file")
            text = _blank_controls(text, where)
            if m := _LONG_NUMBER.search(text):
                n = len(m.group(0))
                logger.warning("%s: a number of %s digits is no figure; skipped", where,
                               f"{n:,}" if n < 1000 else "over 1,000")
            if kind == "text" and (problem := limits.line_problem(text)):
                raise _Bad(problem)  # before any parsing: front matter is parsed line by line
    except _Bad as bad:
        yield IngestError(where, bad.message, bad.line)
        return
    except TimeLimit as exc:
        yield IngestError(where, f"reading {exc}")
        return
    items = _READERS[kind](path, text, default, languages)
    while True:
        try:
            with time_limit(limits.max_seconds):  # per record: a JSONL file may hold many
                item = next(items, None)
        except TimeLimit as exc:
            yield IngestError(where, f"reading {exc}")
            return
        if item is None:
            return
        if isinstance(item, _Bad):
            yield IngestError(where, item.message, item.line)
        elif problem := limits.line_problem(item.text):
            yield IngestError(where, problem if kind != "jsonl" else f"article {item.article_id!r}: {problem}")
        else:
            yield item


def _read_bytes(path: Path, limits: Limits) -> bytes:
    """The file's bytes, refused before reading when over the size limit."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO never blocks us
    except OSError as exc:
        if exc.errno == errno.ENOENT and not path.is_symlink():
            raise _Bad("file disappeared before it could be read (deleted or moved during the run?)") from None
        if exc.errno == errno.ENOENT:
            raise _Bad(_missing(path)) from None
        if exc.errno == errno.ELOOP:
            raise _Bad(_missing(path)) from None
        raise _Bad(f"cannot read file ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Bad("not a regular file (a pipe, socket or device)")
        if problem := limits.size_problem(info.st_size):
            raise _Bad(problem)
        cap = limits.max_bytes + 1 if limits.max_bytes is not None else -1
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(cap)
    except OSError as exc:
        raise _Bad(f"cannot read file ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if problem := limits.size_problem(len(data)):  # it grew while we read it
        raise _Bad(problem)
    return data


def _blank_controls(text: str, where: str) -> str:
    """Control characters (escapes, bells, NULs) become spaces, one for one, so offsets hold."""
    found = len(_CONTROLS.findall(text))
    if not found:
        return text
    logger.warning("%s: %d control character%s replaced by spaces", where, found, "s" if found > 1 else "")
    return text.translate(_BLANK_CONTROLS)


def _decode(data: bytes, where: str, html: bool) -> str:
    declared = _declared_charset(data) if html else None
    try:
        text, encoding = decode_bytes(data, declared=declared)
    except NotText:
        raise _Bad("binary file, not text") from None
    if encoding == TRUNCATED_UTF8:
        logger.warning("%s: ends inside a UTF-8 character (cut short?); read without it", where)
    elif encoding != "utf-8":
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
    except ValueError as exc:  # an integer of thousands of digits
        yield _Bad(f"invalid JSON ({_first_line(exc)})")
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
        except ValueError as exc:  # an integer of thousands of digits
            yield _Bad(f"invalid JSON ({_first_line(exc)})", number)
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
    if isinstance(value, float) and not math.isfinite(value):  # 1e400 in JSON
        raise _Bad(f"'{key}' must be a string, got the number {value}", line)
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


def _first_line(exc: BaseException) -> str:
    text = str(exc).split(";")[0].strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
