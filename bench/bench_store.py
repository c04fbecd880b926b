"""Store timings (a benchmark that prints figures, not a test).

    python bench/bench_store.py [N]
        the bundled corpus (fresh and incremental extract, export, load) and a small
        synthetic store of N articles x 8 claims (default 500);
    python bench/bench_store.py --claims 100000 --articles 10000 [--batch 500] [--no-single]
        a large store from bench_dashboard's generator: writing it one article per
        `replace_article` call and in batches of `--batch` through `replace_articles`,
        then `Store.claims()` and `tracker.load()` over it.

Times are wall-clock seconds of one run; rates come from data/rates.csv.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))


def timed(label: str, func, *args, **kwargs):  # noqa: ANN001, ANN201 - a tiny bench helper
    t0 = time.perf_counter()
    out = func(*args, **kwargs)
    print(f"{label:<58} {time.perf_counter() - t0:8.2f} s", flush=True)
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


def large(tmp: Path, n_claims: int, n_articles: int, batch: int, single: bool) -> None:
    """bench_dashboard's synthetic store, written both ways, then read."""
    from bench_dashboard import synthetic as dashboard_synthetic

    import tracker
    from tracker import schema
    from tracker.models import Article
    from tracker.store import Store, default_store_path

    claims, articles = dashboard_synthetic(n_claims, n_articles)
    valid = schema.validate(claims.copy())
    groups = dict(tuple(valid.groupby("article_id", sort=False)))
    items = [(Article(article_id=r.article_id, text=r.text, published=r.published.date(),
                      published_precision="day", source=r.source, url=r.url, title=r.title,
                      lang=r.lang), groups.get(r.article_id, valid.iloc[0:0]))
             for r in articles.itertuples(index=False)]
    label = f"{n_claims:,} claims / {n_articles:,} articles"

    def one_by_one(folder: Path) -> None:
        with Store.open(default_store_path(folder)) as store:
            for a, f in items:
                store.replace_article(a, f)

    def batched(folder: Path) -> None:
        with Store.open(default_store_path(folder)) as store:
            for k in range(0, len(items), batch):
                store.replace_articles(items[k:k + batch])

    if single:
        timed(f"write {label}: replace_article each", one_by_one, tmp / "single")
    folder = tmp / "batched"
    timed(f"write {label}: replace_articles, {batch} a batch", batched, folder)
    with Store.open(default_store_path(folder)) as store:
        a, f = items[len(items) // 2]
        timed("rewrite one article in the full store", store.replace_article, a, f)
    with Store.open(default_store_path(folder), read_only=True) as store:
        timed(f"raw_claims() over {label}", store.raw_claims)
        df = timed(f"Store.claims() over {label}", store.claims)
    df = timed(f"tracker.load() over {label}", tracker.load, folder)
    print(f"  {len(df):,} rows, {df['figure_id'].nunique():,} figures, "
          f"{(df['contradicts'] != '').sum():,} rows in contradiction")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=500,
                    help="articles of the small synthetic store (default 500)")
    ap.add_argument("--claims", type=int, help="build the large store with this many claims")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=500, help="articles per replace_articles call")
    ap.add_argument("--no-single", action="store_true",
                    help="skip writing the large store one replace_article call at a time")
    args = ap.parse_args()
    os.environ.setdefault("TRACKER_RATES", str(ROOT / "data" / "rates.csv"))
    with tempfile.TemporaryDirectory() as d:
        if args.claims:
            large(Path(d), args.claims, args.articles, args.batch, not args.no_single)
        else:
            corpus(Path(d))
            synthetic(Path(d), args.n)
