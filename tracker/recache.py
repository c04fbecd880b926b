"""Large regular expressions, compiled once per machine rather than once per process.

The lexicons become a few hundred patterns, some of them alternations of thousands of phrases.
Python's `re` parses a pattern and generates its matching code (the slow part: about 1.5 s of
CPU per language on a modest core, more than extracting a short article) and then hands that
code to the C engine (`_sre.compile`, fast, and where the code is checked). This module keeps
the generated code of the patterns it is asked for in a file in the user's cache directory,
keyed by the exact pattern and flags and by the interpreter's regex engine version, so a new
process (a `tracker extract` run, each of its workers) skips the parse and code generation:
the C engine receives the same code `re.compile` would have given it, so a pattern matches
exactly as `re.compile` would make it match (the tests compare the two).

Anything unexpected (another Python, a file written by another version, an unwritable
directory, a damaged file) makes it fall back to `re.compile`, silently: the cache only ever
saves time. `TRACKER_REGEX_CACHE=0` turns it off; `TRACKER_CACHE_DIR` moves it (default:
`$XDG_CACHE_HOME/tracker` or `~/.cache/tracker`).
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:  # CPython's own compiler stages (re.compile = parse + code generation + _sre.compile)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
    _ENGINE = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _sre = None  # type: ignore[assignment]
    _ENGINE = ""

#: patterns shorter than this compile in microseconds: not worth a cache entry
MIN_LENGTH = 64
#: how much a cache file keeps: entries, and words of generated code in all (about 5.7 bytes a
#: word on disk; the three languages' grammars take some 1.3 million). When a save would go
#: over, the patterns this process used are kept first, then the others newest first: the
#: patterns of a lexicon since changed fall out instead of piling up.
MAX_ENTRIES = 10000
MAX_CODE_WORDS = 2_500_000
#: a long run saves what it compiled late at most this often (seconds)
SAVE_EVERY = 60.0

Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]


class _Cache:
    def __init__(self) -> None:
        self.path: Path | None = None
        self.entries: dict[tuple[str, int], Entry] = {}
        self.used: set[tuple[str, int]] = set()
        self.new = 0
        self.hits = 0
        self.saved_at = 0.0
        self.loaded = False

    def load(self) -> None:
        self.loaded = True
        if not _ENGINE or os.environ.get("TRACKER_REGEX_CACHE", "1") == "0":
            return
        base = os.environ.get("TRACKER_CACHE_DIR") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "tracker")
        self.path = Path(base) / f"regex-{_ENGINE}.marshal"
        try:
            data = marshal.loads(self.path.read_bytes())
            if isinstance(data, dict) and data.get("engine") == _ENGINE and isinstance(data.get("entries"), dict):
                self.entries = data["entries"]
        except (OSError, ValueError, EOFError, TypeError):
            self.entries = {}

    def save(self) -> None:
        """Write the file (atomically: a process reading it meanwhile sees the old one)."""
        if self.path is None or not self.new:
            return
        keep = {k: v for k, v in self.entries.items() if k in self.used}
        words = sum(len(v[1]) for v in keep.values())
        for k, v in reversed(list(self.entries.items())):  # newest first
            if k in keep:
                continue
            if len(keep) >= MAX_ENTRIES or words + len(v[1]) > MAX_CODE_WORDS:
                continue
            keep[k] = v
            words += len(v[1])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            blob = marshal.dumps({"engine": _ENGINE, "entries": keep})
            fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(blob)
                os.replace(tmp, self.path)
            except OSError:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            return
        self.new = 0
        self.saved_at = time.monotonic()


_CACHE = _Cache()
atexit.register(lambda: flush(force=True))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """`re.compile(pattern, flags)`, with the generated code of a long pattern kept on disk."""
    flags = int(flags)
    if len(pattern) < MIN_LENGTH or _sre is None:
        return re.compile(pattern, flags)
    c = _CACHE
    if not c.loaded:
        c.load()
    if c.path is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    hit = c.entries.get(key)
    if hit is not None:
        try:
            rx = _sre.compile(pattern, *hit)
            c.used.add(key)
            c.hits += 1
            return rx
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh below
            pass
    try:
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup: list[Any] = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        # (opcodes are int subclasses with names: stored as the plain ints the engine reads)
        entry: Entry = (int(flags | p.state.flags), [int(x) for x in code], p.state.groups - 1, groupindex,
                        tuple(indexgroup))
        rx = _sre.compile(pattern, *entry)
    except Exception:  # noqa: BLE001 - whatever this interpreter's internals do, re.compile decides
        return re.compile(pattern, flags)
    c.entries[key] = entry
    c.used.add(key)
    c.new += 1
    return rx


def stats() -> dict[str, Any]:
    """Where the cache is and what it did in this process (patterns read from it, compiled anew)."""
    c = _CACHE
    return {"path": str(c.path) if c.path else None, "hits": c.hits, "compiled": len(c.used) - c.hits,
            "entries": len(c.entries)}


def flush(force: bool = False) -> None:
    """Save what was compiled since the last save: at once the first time, then at most every
    SAVE_EVERY seconds (a worker process ends without running exit handlers, so the extractor
    calls this after each article), or now with `force`."""
    c = _CACHE
    if c.new and (force or not c.saved_at or time.monotonic() - c.saved_at >= SAVE_EVERY):
        c.save()
