"""Save one fetched real-news page into the cache, checked against its manifest's sha256.

    python bench/realnews_save.py DOC RAW [--cache .cache/realnews]

RAW is the search result's `excerpt` for the manifest row's url (the workplace's `search` tool,
corpus `pages`, the row's `query`), written to a file either as the JSON string literal the
tool shows (quotes, `\\n` and `\\u00a0` escapes kept: nothing is lost in copying) or as plain
text. The stored page and the annotated text differ in known, harmless ways; each variant is
tried until one has the row's sha256, which is then written, byte for byte, as `CACHE/DOC.txt`:

- the leading date marker ("date <value>" and the space after it) removed, or not;
- line breaks doubled (a page that now comes back with single breaks, shared/realnews README);
- a trailing line break added or removed;
- French spaces before « : ; ! ? % » and inside « » as no-break (U+00A0) or narrow no-break
  (U+202F) spaces, and in thousands groups;
- one paragraph (and the blank line before it) dropped: a page that grew a paragraph since it
  was annotated (rc-en-006, ri-en-013, ri-fr-010);
- one line break doubled, at any one place (rx-fr-010: the page lost a blank line the
  annotated text has, after a line holding a single space);
- cut to the row's `chars`: a page that grew text at its end, a sentence added to its last
  paragraph (ui-en-003).

Prints `OK DOC` or `MISMATCH DOC` with the expected and got lengths; exit 1 on a mismatch.

    python bench/realnews_save.py DOC RAW --new

is for an article being added: it strips the leading date marker (" date <value>" and the one
space after it), writes the text as `CACHE/DOC.txt` and prints the `sha256` and `chars` the
manifest row must carry (a later fetch then checks against them without `--new`).
Manifests read: shared/realnews/docs.jsonl, data/realnews/docs.jsonl and the batches in
data/realnews/parts/ (a batch kept unmerged as a blind check is found there).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANIFESTS = (ROOT.parent / "shared" / "realnews" / "docs.jsonl", ROOT / "data" / "realnews" / "docs.jsonl",
             *sorted((ROOT / "data" / "realnews" / "parts").glob("*.docs.jsonl")))


def manifest_row(doc: str, manifests: tuple[Path, ...] | None = None) -> dict | None:
    for path in manifests or MANIFESTS:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and (row := json.loads(line))["doc"] == doc:
                    return row
    return None


def read_raw(raw: str) -> str:
    """The excerpt: a JSON string literal when the file holds one, else the file's text."""
    s = raw.strip()
    if s.startswith('"') and s.endswith('"'):
        try:
            return str(json.loads(s))
        except json.JSONDecodeError:
            pass
    return raw


def _markers(s: str) -> Iterator[str]:
    yield s
    m = re.match(r"\s*date\s+\S+", s)
    if m:
        rest = s[m.end():]
        yield rest
        yield rest[1:] if rest.startswith(" ") else rest
        yield rest.lstrip()
    yield s.lstrip()


def _breaks(s: str) -> Iterator[str]:
    yield s
    yield s.replace("\n", "\n\n")
    yield re.sub(r"\n+", "\n\n", s)
    yield s.rstrip("\n")
    yield s + "\n"


def _spaces(s: str) -> Iterator[str]:
    yield s
    for sp in ("\u00a0", "\u202f"):
        t = re.sub(r"« ", "«" + sp, re.sub(r" (?=[:;!?»%€$])", sp, s))
        yield t
        yield re.sub(r"(?<=\d) (?=\d{3}\b)", sp, t)
        yield re.sub(r"(?<=\d) (?=\d{3}\b)", sp, s)


def _paragraphs(s: str) -> Iterator[str]:
    parts = s.split("\n\n")
    for i in range(len(parts)):
        yield "\n\n".join(parts[:i] + parts[i + 1:])


def _one_break(s: str) -> Iterator[str]:
    for m in re.finditer("\n", s):
        yield s[:m.start()] + "\n" + s[m.start():]


def variants(text: str) -> Iterator[str]:
    """Every clean-up of `text` the cache may need, the plainest first."""
    for a in _markers(text):
        for b in _breaks(a):
            yield from _spaces(b)
    for a in _markers(text):
        for b in _paragraphs(a):
            yield from _breaks(b)
    for a in _markers(text):
        yield from _one_break(a)


def find(text: str, sha256: str, chars: int | None = None) -> str | None:
    seen: set[str] = set()
    cut = (a[:chars] for a in _markers(text)) if chars else ()
    for v in (*variants(text), *cut):
        if v not in seen:
            seen.add(v)
            if hashlib.sha256(v.encode("utf-8")).hexdigest() == sha256:
                return v
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("doc")
    ap.add_argument("raw", type=Path)
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realnews")
    ap.add_argument("--new", action="store_true",
                    help="an article being added: save the text without its date marker, print its sha256 and chars")
    a = ap.parse_args(argv)
    if a.new:
        text = read_raw(a.raw.read_text(encoding="utf-8"))
        m = re.match(r"\s*date\s+\S+ ?", text)
        got = text[m.end():] if m else text
        a.cache.mkdir(parents=True, exist_ok=True)
        (a.cache / f"{a.doc}.txt").write_bytes(got.encode("utf-8"))
        print(json.dumps({"doc": a.doc, "sha256": hashlib.sha256(got.encode("utf-8")).hexdigest(), "chars": len(got)}))
        return 0
    row = manifest_row(a.doc)
    if row is None:
        print(f"{a.doc}: in no manifest", file=sys.stderr)
        return 2
    text = read_raw(a.raw.read_text(encoding="utf-8"))
    got = find(text, row["sha256"], row.get("chars"))
    if got is None:
        print(f"MISMATCH {a.doc}: expected {row['chars']} chars, got {len(text)}; copy the excerpt of the "
              f"result whose url is the row's, every character")
        return 1
    a.cache.mkdir(parents=True, exist_ok=True)
    (a.cache / f"{a.doc}.txt").write_bytes(got.encode("utf-8"))
    print(f"OK {a.doc} ({len(got)} chars)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
