"""What a fresh `tracker extract` process pays before its first rows: the installed command on
one short article per language, in a new process each run, with the compiled-pattern cache
(tracker/recache.py) off, cold (an empty cache directory) and warm (filled by the cold run).

    python bench/bench_startup.py [--rounds 3] [--files F ...]

Prints, per setting, the best and median CPU seconds of the process (user + system, children
included) and wall seconds, and the rows written (the same in every setting: the cache only
changes how a pattern is compiled, never what it matches).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT / "data" / "raw" / "000_c982afabc432b07d.txt", ROOT / "data" / "raw" / "en_a_01_trade_2022_record.txt",
           *sorted((ROOT / "data" / "raw").glob("ru_*.txt"))[:1]]


def run(files: list[Path], out: Path, env: dict[str, str]) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(["tracker", "extract", *map(str, files), "--no-store", "--workers", "1", "--output", str(out), "-q"],
                   env=env, check=True, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rows = max(0, len(out.read_text(encoding="utf-8").splitlines()) - 1)
    return cpu, wall, rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--files", nargs="*", type=Path, default=DEFAULT)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        cache = tmp / "cache"
        out = tmp / "claims.csv"
        base = {**os.environ, "TRACKER_CACHE_DIR": str(cache)}
        results: dict[str, list[tuple[float, float, int]]] = {"off": [], "cold": [], "warm": []}
        for _ in range(a.rounds):  # settings in turn, so that load on the machine hits each alike
            results["off"].append(run(a.files, out, {**base, "TRACKER_REGEX_CACHE": "0"}))
            shutil.rmtree(cache, ignore_errors=True)
            results["cold"].append(run(a.files, out, base))
            results["warm"].append(run(a.files, out, base))
        size = sum(f.stat().st_size for f in a.files)
        print(f"{len(a.files)} articles, {size / 1e3:.1f} kB, {a.rounds} rounds; cache file "
              f"{sum(f.stat().st_size for f in cache.glob('*')) / 1e6:.1f} MB")
        print("| cache | CPU s best | CPU s median | wall s best | wall s median | rows |")
        print("|---|---|---|---|---|---|")
        for k, v in results.items():
            cpu, wall, rows = zip(*v)
            print(f"| {k} | {min(cpu):.2f} | {statistics.median(cpu):.2f} | {min(wall):.2f} | "
                  f"{statistics.median(wall):.2f} | {','.join(sorted(set(map(str, rows))))} |")


if __name__ == "__main__":
    main()
