"""Extraction throughput on the bundled corpus, repeated to a few MB (one core).

    python bench/bench_extract.py [--mb 4] [--repeat 3] [--phrases] [--reference-phrases] [--profile 20]

Prints MB of article text per second through the whole pipeline (figures, context,
claims) excluding file reading, and the same including the table build (best of
--repeat runs: other work on the machine only ever slows a run down; the median too).
The extractor keeps what it reads per article (period phrases, window searches), never
across articles, so repeating the corpus does not flatter the figure.

--phrases also times (CPU) PhraseIndex.find alone against PhraseIndex._find_reference (the
token-by-token scan it replaced) on every text the pipeline hands it, and checks that
both give the same hits. --reference-phrases runs the pipeline with the reference scan,
for a before/after on the same tree. --profile N prints the N functions with the most
own time in one more (profiled) run.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _phrase_calls(arts: list[Any]) -> list[tuple[Any, str, int]]:
    """(index, text, offset) of every PhraseIndex.find call that extracting `arts` makes."""
    from tracker.lexicon import PhraseIndex
    from tracker.pipeline import extract_claims

    calls: list[tuple[Any, str, int]] = []
    fast = PhraseIndex.find

    def spy(self: PhraseIndex, text: str, offset: int = 0, toks: Any = None) -> Any:
        calls.append((self, text, offset))
        return fast(self, text, offset, toks)

    PhraseIndex.find = spy  # type: ignore[method-assign]
    try:
        for x in arts:
            extract_claims(x)
    finally:
        PhraseIndex.find = fast  # type: ignore[method-assign]
    return calls


def _time_phrases(arts: list[Any], repeat: int) -> None:
    from tracker.lexicon import PhraseIndex

    calls = _phrase_calls(arts)
    chars = sum(len(t) for _, t, _ in calls)
    same = all(ix.find(t, o) == ix._find_reference(t, o) for ix, t, o in calls)
    for name, fn in (("find", PhraseIndex.find), ("_find_reference", PhraseIndex._find_reference)):
        best = float("inf")
        for _ in range(max(3, repeat)):
            t0 = time.process_time()
            for ix, t, o in calls:
                fn(ix, t, o)
            best = min(best, time.process_time() - t0)
        print(f"{name:<22}{best / len(calls) * 1e6:6.1f} us/call  {chars / 1e6 / best:6.2f} M chars/s"
              f"  ({len(calls)} texts, {best * 1e3:.1f} ms per pass over the corpus)")
    print(f"same hits: {same}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--repeat", type=int, default=1, help="runs to take the best of")
    ap.add_argument("--phrases", action="store_true", help="also time PhraseIndex.find alone, new vs reference")
    ap.add_argument("--reference-phrases", action="store_true", help="run with PhraseIndex._find_reference")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N of a profiled run")
    a = ap.parse_args()
    from dataclasses import replace

    from tracker.ingest import iter_articles
    from tracker.lexicon import PhraseIndex
    from tracker.models import Article
    from tracker.pipeline import claims_frame, extract_claims

    if a.reference_phrases:
        PhraseIndex.find = PhraseIndex._find_reference  # type: ignore[method-assign]
    arts = [x for x in iter_articles([str(ROOT / "data" / "raw")]) if isinstance(x, Article)]
    size = sum(len(x.text.encode("utf-8")) for x in arts)
    reps = max(1, int(a.mb * 1e6 / size))
    batch = [replace(x, article_id=f"{x.article_id}-{i}") for i in range(reps) for x in arts]
    total = size * reps
    extract_claims(arts[0])  # warm caches: lexicons, patterns, language model
    best = (float("inf"), float("inf"))
    cpu = float("inf")
    walls: list[float] = []
    df = None
    for _ in range(max(1, a.repeat)):
        t0, c0 = time.perf_counter(), time.process_time()
        results = [(x, extract_claims(x)) for x in batch]
        t1, c1 = time.perf_counter(), time.process_time()
        df = claims_frame(results)
        t2 = time.perf_counter()
        best = min(best, (t1 - t0, t2 - t0))
        cpu = min(cpu, c1 - c0)
        walls.append(t1 - t0)
    assert df is not None
    print(f"articles {len(batch)}  text {total / 1e6:.2f} MB  claims {len(df)}"
          + ("  (reference phrase scan)" if a.reference_phrases else ""))
    print(f"extract_claims        {total / 1e6 / best[0]:6.2f} MB/s  ({best[0]:.2f} s)")
    print(f"+ claims_frame        {total / 1e6 / best[1]:6.2f} MB/s  ({best[1]:.2f} s)")
    # CPU time of this process: steadier than the wall clock when other work shares the cores
    print(f"extract_claims (CPU)  {total / 1e6 / cpu:6.2f} MB/s  ({cpu:.2f} s)")
    median = statistics.median(walls)
    print(f"extract_claims median {total / 1e6 / median:6.2f} MB/s  ({median:.2f} s, {len(walls)} runs)")
    if a.phrases:
        _time_phrases(arts, a.repeat)
    if a.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for x in batch:
            extract_claims(x)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(a.profile)


if __name__ == "__main__":
    main()
