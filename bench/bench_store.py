"""Store timings: the bundled corpus (fresh and incremental extract, export, load) and a
synthetic store of N articles. Run: python bench/bench_store.py [N]  (default 500)."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))


def timed(label: str, func, *args, **kwargs):  # noqa: ANN001, ANN201 - a tiny bench helper
    t0 = time.perf_counter()
    out = func(*args, **kwargs)
    print(f"{label:<46} {time.perf_counter() - t0:7.2f} s")
    return out


def corpus(tmp: Path) -> None:
    from tracker.cli import main

    out = tmp / "corpus" / "claims.csv"
    args = ["extract", str(ROOT / "data" / "raw"), "--output", str(out), "--quiet"]
    timed("corpus: extract, fresh store", main, args)
    timed("corpus: extract again (nothing changed)", main, args)
    store = str(out.parent / "tracker.duckdb")
    for ext in (".csv", ".parquet", ".jsonl"):
        timed(f"corpus: export {ext}", main, ["export", "--store", store, "--output",
                                              str(tmp / f"x{ext}")])
    import tracker

    df = timed("corpus: tracker.load()", tracker.load, out.parent)
    print(f"  {len(df)} rows, {df['figure_id'].nunique()} figures, "
          f"{(df['contradicts'] != '').sum()} rows in contradiction")


def synthetic(tmp: Path, n: int) -> None:
    from claims_factory import article, frame, row
    from tracker.store import Store

    arts = [article(f"s{i:05d}", published=f"20{22 + i % 3}-0{1 + i % 9}-15") for i in range(n)]
    frames = [frame([row(a, k * 40, f"{10 + (i + k) % 90},{k} milliards de dollars",
                         (10 + (i + k) % 90 + k / 10) * 1e9, period=f"20{21 + i % 4}",
                         indicator=["exports", "imports", "bilateral_trade"][k % 3])
                     for k in range(8)]) for i, a in enumerate(arts)]
    path = tmp / "synthetic" / "tracker.duckdb"

    def write() -> None:
        with Store.open(path) as store:
            for a, f in zip(arts, frames):
                if store.needs_extraction(a):
                    store.replace_article(a, f)

    timed(f"synthetic: {n} articles x 8 claims, first write", write)
    timed(f"synthetic: {n} articles, nothing changed", write)
    with Store.open(path, read_only=True) as store:
        df = timed(f"synthetic: claims() over {8 * n} rows", store.claims)
    print(f"  {len(df)} rows, {df['figure_id'].nunique()} figures")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    os.environ.setdefault("TRACKER_RATES", str(ROOT / "data" / "rates.csv"))
    with tempfile.TemporaryDirectory() as d:
        corpus(Path(d))
        synthetic(Path(d), n)
