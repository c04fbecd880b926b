"""Extraction speed per language, on real news: the cached texts of the real dev set.

    python bench/bench_languages.py [--cache .cache/realnews] [--lang ru,fr,en] [--chars 400000]

Each language's `dev` articles (bench/realnews.py's split; `test` texts are not read) are
repeated to about --chars characters and extracted in one process (grammars warmed first);
prints characters a second (CPU time, best of 3), the claims a run and the claims a second:
languages whose news states more figures per character run fewer characters a second, and
the time goes per figure. The bundled samples of each language are timed the same way.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from realnews import SETS, read_jsonl, split_of  # noqa: E402


def _date(s: str) -> date:
    return date.fromisoformat((s + "-01-01")[:10] if len(s) < 10 else s[:10])


def real(lang: str, cache: Path) -> list:
    from tracker.models import Article

    out = []
    for dpath, _ in SETS.values():
        for d in read_jsonl(dpath):
            path = cache / f"{d['doc']}.txt"
            if d["lang"] != lang or split_of(d["doc"]) != "dev" or not path.exists():
                continue
            out.append(Article(article_id=d["doc"], text=path.read_text(encoding="utf-8"),
                               published=_date(d["published"]), published_precision="day", lang=lang))
    return out


def bundled(lang: str) -> list:
    from tracker.ingest import iter_articles
    from tracker.models import Article

    return [a for a in iter_articles([str(ROOT / "data" / "raw")]) if isinstance(a, Article) and a.lang == lang]


def timed(arts: list, target: int) -> tuple[float, int, int, float]:
    """(characters a second, characters a run, claims a run, seconds) of the best of 3 runs."""
    from tracker.pipeline import extract_claims

    reps = max(1, round(target / max(1, sum(len(a.text) for a in arts))))
    run = [replace(a, article_id=f"{a.article_id}#{i}") for i in range(reps) for a in arts]
    for a in arts[:3]:
        extract_claims(a)
    best, claims = float("inf"), 0
    for _ in range(3):
        t0 = time.process_time()
        claims = sum(len(extract_claims(a)) for a in run)
        best = min(best, time.process_time() - t0)
    chars = sum(len(a.text) for a in run)
    return chars / best, chars, claims, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=ROOT / ".cache" / "realnews")
    ap.add_argument("--lang", default="ru,fr,en")
    ap.add_argument("--chars", type=int, default=400_000)
    args = ap.parse_args()
    for lang in args.lang.split(","):
        for name, arts in (("real dev", real(lang, args.cache)), ("bundled", bundled(lang))):
            if not arts:
                print(f"{lang} {name}: no texts")
                continue
            rate, chars, claims, secs = timed(arts, args.chars)
            print(f"{lang} {name}: {len(arts)} texts, {chars} characters and {claims} claims a run, "
                  f"{rate / 1e6:.2f} M characters/s, {claims / secs:.0f} claims/s (CPU, best of 3)")


if __name__ == "__main__":
    main()
