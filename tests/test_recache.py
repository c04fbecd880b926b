"""The on-disk cache of compiled patterns: same matches as re.compile, reused by a new process,
harmless when damaged or switched off."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tracker import recache

WORDS = [f"mot{i}" for i in range(300)] + ["échanges commerciaux", "товарооборот", "U.S.", "trade (goods)"]
PATTERNS = [
    (r"(?<![^\W_])(?P<w>" + "|".join(map(re.escape, WORDS)) + r")(?![^\W_])", re.IGNORECASE),
    (r"(?:" + "|".join(map(re.escape, WORDS)) + r")\s+(?P<n>\d+(?:[.,]\d+)?)\s*(?P<u>%|bn|млрд)?", 0),
    (r"(?=(?:" + "|".join(map(re.escape, WORDS[:150])) + r"))(?:[^\W_]+|[^\w\s])", 0),
]
TEXTS = ["Les échanges commerciaux mot12 mot299 ont MOT3 atteint 12,5 bn", "товарооборот 240,1 млрд; U.S. 5 %",
         "xmot1 mot1x mot1 7 trade (goods) 3", ""]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for t in TEXTS:
        assert [(m.span(), m.groupdict()) for m in a.finditer(t)] == [(m.span(), m.groupdict()) for m in b.finditer(t)]


def _child(cache: Path, env_extra: dict[str, str] | None = None) -> dict:
    code = ("import json, re, sys; sys.path.insert(0, %r); from tests.test_recache import PATTERNS; "
            "from tracker import recache; [recache.compile(p, f) for p, f in PATTERNS]; recache.flush(force=True); "
            "print(json.dumps(recache.stats()))") % str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "TRACKER_CACHE_DIR": str(cache), **(env_extra or {})}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_cached_patterns_match_as_re_compile_does(tmp_path, monkeypatch):
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path))
    for p, f in PATTERNS:
        _same(recache.compile(p, f), re.compile(p, f))


def test_a_new_process_reads_the_code_from_disk(tmp_path):
    first = _child(tmp_path)
    assert first["hits"] == 0 and first["compiled"] == len(PATTERNS)
    files = list(tmp_path.glob("regex-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    second = _child(tmp_path)
    assert second["hits"] == len(PATTERNS) and second["compiled"] == 0
    # and what it read matches as re.compile does, in a process that compiled nothing
    import marshal
    entries = marshal.loads(files[0].read_bytes())["entries"]
    import _sre
    for p, f in PATTERNS:
        _same(_sre.compile(p, *entries[(p, f)]), re.compile(p, f))


def test_a_damaged_file_or_switching_it_off_changes_nothing(tmp_path):
    _child(tmp_path)
    (f,) = tmp_path.glob("regex-*.marshal")
    f.write_bytes(b"\x00garbage" * 10)
    got = _child(tmp_path)
    assert got["hits"] == 0 and got["compiled"] == len(PATTERNS)  # compiled afresh, file rewritten
    assert _child(tmp_path)["hits"] == len(PATTERNS)
    off = tmp_path / "off"
    got = _child(off, {"TRACKER_REGEX_CACHE": "0"})
    assert got["path"] is None and not off.exists()


def test_a_save_over_budget_keeps_what_this_process_used(tmp_path, monkeypatch):
    """Patterns of a lexicon since changed fall out of the file instead of piling up."""
    monkeypatch.setenv("TRACKER_CACHE_DIR", str(tmp_path))
    c = recache._Cache()
    c.load()
    stale = {(f"stale{i}" + "x" * 100, 0): (0, [1] * 1000, 0, {}, ()) for i in range(5)}
    c.entries.update(stale)
    used_key = (PATTERNS[1][0], PATTERNS[1][1])
    c.entries[used_key] = (0, [1] * 3000, 0, {}, ())
    c.used.add(used_key)
    c.new = 1
    monkeypatch.setattr(recache, "MAX_CODE_WORDS", 5000)
    c.save()
    import marshal
    (f,) = tmp_path.glob("regex-*.marshal")
    kept = marshal.loads(f.read_bytes())["entries"]
    assert used_key in kept  # used here: kept whatever its size
    assert sum(len(v[1]) for v in kept.values()) <= 5000
    assert len(kept) == 3  # the used one and the two newest stale ones that fit
    assert list(stale)[-1] in kept and list(stale)[0] not in kept
