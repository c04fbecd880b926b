"""Two trees' extractors timed against each other on a busy machine: paired passes.

    python bench/bench_pair.py OLD_TREE NEW_TREE [--rounds 16] [--corpus real|bundled]

Each tree runs in a worker process of its own (PYTHONPATH=tree), which reads the texts,
extracts them once to warm up (patterns compile on first use), then times one pass of
`tracker.pipeline.analyse` over all of them (CPU time) each time it is asked. The two workers
take turns, alternating which goes first, so a busy spell of the machine falls on both; the
median of the paired ratios (new / old) is the figure to read, steadier than either best.
Both workers are pinned to one CPU (--cpu, default the first this process may use): on a
two-CPU machine unpinned, whichever worker was started second ran 13-17% slower whatever
the tree (measured both ways round, 2026-12-07), which read as a slowdown of the new tree.
--corpus real: the real-news cache (bench_cli.real_texts); bundled: data/raw.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = r'''
import contextlib, io, os, sys, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {int(sys.argv[4])})  # both trees on one CPU: no core's bias
sys.path.insert(0, sys.argv[1])
# the tree measured first of all (the current folder, first on a `-c` process's path, may hold another)
sys.path.insert(0, os.environ["TRACKER_TREE"])
import tracker
assert tracker.__file__.startswith(os.environ["TRACKER_TREE"]), tracker.__file__
from tracker.models import Article
from tracker.pipeline import analyse
if sys.argv[2] == "real":
    from bench_cli import real_texts
    from tracker.ingest import parse_published
    with contextlib.redirect_stderr(io.StringIO()):
        recs = real_texts(None)
    arts = []
    for r in recs:
        pub, prec = parse_published(r.get("published"))
        arts.append(Article(article_id=r["id"], text=r["text"], published=pub, published_precision=prec,
                            lang=r.get("lang")))
else:
    from tracker.ingest import iter_articles
    arts = [x for x in iter_articles([sys.argv[3]]) if isinstance(x, Article)]
figures = sum(len(c) + len(r) for c, r in map(analyse, arts))
print(len(arts), sum(len(a.text.encode("utf-8")) for a in arts), figures, flush=True)
for _ in sys.stdin:
    t0 = time.process_time()
    for a in arts:
        analyse(a)
    print(time.process_time() - t0, flush=True)
'''


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--rounds", type=int, default=16)
    ap.add_argument("--corpus", choices=("real", "bundled"), default="real")
    ap.add_argument("--cpu", type=int, default=None, help="the CPU both workers run on")
    a = ap.parse_args()
    cpu = a.cpu if a.cpu is not None else min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    trees = [str(Path(a.old).resolve()), str(Path(a.new).resolve())]
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT / "bench"), a.corpus, str(ROOT / "data" / "raw"), str(cpu)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": tree, "TRACKER_TREE": tree}) for tree in trees]
    sizes = [w.stdout.readline().split() for w in workers]  # type: ignore[union-attr]
    n_arts, n_bytes, n_figs = (int(x) for x in sizes[1])
    times: list[list[float]] = [[], []]
    for r in range(a.rounds):
        for k in ((0, 1) if r % 2 == 0 else (1, 0)):
            workers[k].stdin.write("go\n")  # type: ignore[union-attr]
            workers[k].stdin.flush()  # type: ignore[union-attr]
            times[k].append(float(workers[k].stdout.readline()))  # type: ignore[union-attr]
    for w in workers:
        w.stdin.close()  # type: ignore[union-attr]
        w.wait()
    differ = f" (the old tree finds {sizes[0][2]})" if sizes[0] != sizes[1] else ""
    print(f"{n_arts} articles, {n_bytes / 1e6:.3f} MB, {n_figs} figures{differ}")
    for tree, ts in zip(trees, times):
        best, med = min(ts), statistics.median(ts)
        print(f"{tree}: best {best:.3f} s ({n_bytes / 1e6 / best:.3f} MB/s, {best / n_figs * 1e3:.3f} ms/figure), "
              f"median {med:.3f} s")
    ratios = [y / x for x, y in zip(*times)]
    print(f"new/old: median of paired ratios {statistics.median(ratios):.3f}, "
          f"of bests {min(times[1]) / min(times[0]):.3f} ({a.rounds} rounds)")


if __name__ == "__main__":
    main()
