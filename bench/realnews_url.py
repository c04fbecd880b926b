"""Say whether candidate article urls may be used for the real dev set, before reading them.

    python bench/realnews_url.py URL [URL ...]

Prints one line per url: `reserved` (kept for the blind evaluation: never open, annotate or
tune on it), `shared` (already in shared/realnews/docs.jsonl), `taken` (already in one of
data/realnews's manifests), or `ok`. Urls are compared as shared/realnews/check_manifest.py
compares them (lower-cased scheme and host, no query, no fragment, no trailing slash).
Exits 1 when any url is not `ok`, so `realnews_url.py URL && save ...` never saves a reserved page.
"""
from __future__ import annotations

import glob
import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "realnews"


def norm(url: str) -> str:
    u = urlsplit(url.strip())
    return f"{u.scheme.lower()}://{u.netloc.lower()}{u.path.rstrip('/')}"


def digest(url: str) -> str:
    return hashlib.sha256(norm(url).encode("utf-8")).hexdigest()


def _urls(paths: list[str]) -> set[str]:
    out = set()
    for p in paths:
        for line in open(p, encoding="utf-8"):
            if line.strip():
                out.add(digest(json.loads(line)["url"]))
    return out


def main() -> int:
    reserved = {line.split()[0] for line in (SHARED / "reserved.sha256").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
    shared = _urls([str(SHARED / "docs.jsonl")])
    taken = _urls(glob.glob(str(ROOT / "data" / "realnews" / "**" / "*docs.jsonl"), recursive=True))
    bad = 0
    for url in sys.argv[1:]:
        h = digest(url)
        verdict = "reserved" if h in reserved else "shared" if h in shared else "taken" if h in taken else "ok"
        print(f"{verdict}\t{url}")
        bad += verdict != "ok"
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
