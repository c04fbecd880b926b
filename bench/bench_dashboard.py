"""Benchmark (not a test): the dashboard over 100,000 synthetic claims.

    python bench/bench_dashboard.py [--claims 100000] [--articles 10000] [--keep DIR]

Builds a synthetic store (through tracker's store when it is there, else the Parquet
files the dashboard falls back on), serves the app on 127.0.0.1 in a thread, and drives
Debian's Chromium with Playwright:
  - server start: reading the store into the dashboard's cache (`tracker serve` does it
    before listening);
  - first page usable: from navigation to the chart drawn, the timeline drawn and the
    summary filled (budget 2 s);
  - filter change: from choosing a language in the dropdown to the chart and the summary
    answering (budget 300 ms), and the same for an indicator;
  - each callback's server time, measured with Flask's test client.
Prints one line per figure and exits 1 when a budget is missed.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd

FIRST_PAGE_BUDGET = 2.0
FILTER_BUDGET = 0.300
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]

PAIRS = [("CHN", "RUS"), ("IND", "RUS"), ("CHN", "USA"), ("DEU", "CHN"), ("EUU", "RUS"), ("CHN", "IDN"),
         ("SAU", "CHN"), ("USA", "EUU"), ("ARE", "IND"), ("FRA", "DEU")]
OUTLETS = [f"Outlet {i:02d}" for i in range(24)]
INDICATORS = ["bilateral_trade", "exports", "imports", "energy_deliveries", "trade_balance"]
COMMODITIES = ["all", "oil", "gas", "lng", "coal", "agri", "cars"]


def synthetic(n_claims: int, n_articles: int, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims, articles) with SCHEMA.md columns; every surface sits at its offsets."""
    rng = np.random.default_rng(seed)
    published = pd.Timestamp("2021-01-01") + pd.to_timedelta(rng.integers(0, 5 * 365, n_articles), unit="D")
    art_ids = [f"syn_{i:06d}" for i in range(n_articles)]
    langs = rng.choice(["en", "fr"], n_articles)
    outlets = rng.choice(OUTLETS, n_articles)
    per_article = np.full(n_articles, n_claims // n_articles)
    per_article[: n_claims % n_articles] += 1
    article_of = np.repeat(np.arange(n_articles), per_article)
    pair = rng.integers(0, len(PAIRS), n_claims)
    indicator = rng.choice(INDICATORS, n_claims, p=[0.4, 0.2, 0.15, 0.2, 0.05])
    commodity = np.where(indicator == "energy_deliveries", rng.choice(["oil", "gas", "lng", "coal"], n_claims),
                         rng.choice(COMMODITIES, n_claims, p=[0.7, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05]))
    kind = rng.choice(["USD", "EUR", "percent", "bcm", "t"], n_claims, p=[0.5, 0.1, 0.3, 0.05, 0.05])
    value = np.where(kind == "percent", np.round(rng.normal(10, 20, n_claims), 1),
                     np.round(rng.uniform(1, 300, n_claims), 1) * np.where(np.isin(kind, ["USD", "EUR"]), 1e9, 1e6))
    year = published.year.to_numpy()[article_of] - rng.integers(0, 2, n_claims)
    month = rng.integers(1, 13, n_claims)
    monthly = rng.random(n_claims) < 0.4
    period = np.where(monthly, [f"{y}-{m:02d}" for y, m in zip(year, month)], year.astype(str))
    modality = rng.choice(["actual", "target", "forecast"], n_claims, p=[0.8, 0.1, 0.1])
    surfaces, texts, starts = [], {}, []
    for a in range(n_articles):
        texts[a] = []
    for i in range(n_claims):
        unit = kind[i]
        s = f"{value[i]:g} {unit}" if unit != "percent" else f"{value[i]:g}%"
        surfaces.append(s)
    pos = {a: 0 for a in range(n_articles)}
    for i in range(n_claims):
        a = article_of[i]
        sentence = f"Figure {i} was {surfaces[i]} for {period[i]}. "
        starts.append(pos[a] + sentence.index(surfaces[i]))
        texts[a].append(sentence)
        pos[a] += len(sentence)
    exporter = [PAIRS[p][0] for p in pair]
    importer = [PAIRS[p][1] for p in pair]
    claims = pd.DataFrame({
        "claim_id": [f"syn{i:07d}" for i in range(n_claims)], "article_id": [art_ids[a] for a in article_of],
        "published": published[article_of], "source": outlets[article_of], "url": "", "title": "",
        "lang": langs[article_of], "indicator": indicator, "commodity": commodity,
        "exporter": exporter, "importer": importer,
        "measure": np.where(kind == "percent", "change", "level"), "value": value, "value_high": np.nan,
        "unit": kind, "value_usd": np.where(kind == "USD", value, np.where(kind == "EUR", value * 1.08, np.nan)),
        "period": period, "basis": np.where(kind == "percent", "yoy", ""), "modality": modality,
        "approx": "exact", "surface": surfaces, "sentence": "", "start": starts,
        "end": [s + len(x) for s, x in zip(starts, surfaces)], "rule": "synthetic", "confidence": 0.8,
    })
    claims["title"] = "Synthetic article " + claims["article_id"]
    articles = pd.DataFrame({"article_id": art_ids, "published": published, "source": outlets,
                             "url": "", "title": [f"Synthetic article {a}" for a in art_ids], "lang": langs,
                             "text": ["".join(texts[a]) for a in range(n_articles)]})
    return claims, articles


def write_store(folder: Path, claims: pd.DataFrame, articles: pd.DataFrame, parquet: bool = False) -> str:
    """Write through tracker's store when it has landed (else, or with `parquet`, the
    Parquet files the dashboard falls back on); returns how it was written."""
    if parquet:
        from tracker import schema
        schema.validate(claims.copy()).to_parquet(folder / "claims.parquet", index=False)
        articles.to_parquet(folder / "articles.parquet", index=False)
        return "parquet files (--parquet)"
    try:
        from tracker.models import Article
        from tracker.store import Store, default_store_path
        from tracker import api  # noqa: F401  (the reading side)
    except ImportError:
        from tracker import schema
        schema.validate(claims.copy()).to_parquet(folder / "claims.parquet", index=False)
        articles.to_parquet(folder / "articles.parquet", index=False)
        return "parquet files (tracker.store not available)"
    from tracker import schema
    valid = schema.validate(claims.copy())
    groups = dict(tuple(valid.groupby("article_id", sort=False)))
    with Store.open(default_store_path(folder)) as store:
        for row in articles.itertuples(index=False):
            art = Article(article_id=row.article_id, text=row.text, published=row.published.date(),
                          published_precision="day", source=row.source, url=row.url, title=row.title,
                          lang=row.lang)
            store.replace_article(art, groups.get(row.article_id, valid.iloc[0:0]))
    return "tracker.store (DuckDB)"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _callback_times(app, n: int = 5) -> dict[str, tuple[float, float]]:  # noqa: ANN001 - dash.Dash
    """Median wall and CPU time of the chart callback, through Flask's test client (no browser)."""
    client = app.server.test_client()
    client.get("/")
    deps = client.get("/_dash-dependencies").get_json()
    main = next(d for d in deps if "chart.figure" in d["output"])
    inputs = [{"id": i["id"], "property": i["property"], "value": None} for i in main["inputs"]]

    def run(values: dict[str, object]) -> float:
        body = {"output": main["output"], "outputs": [
            {"id": o.split(".")[0], "property": o.split(".")[1]} for o in main["output"].strip(".").split("...")],
            "inputs": [dict(i, value=values.get(i["id"], i["value"])) for i in inputs], "changedPropIds": [],
            "state": [{"id": st["id"], "property": st["property"], "value": None} for st in main["state"]]}
        t0, c0 = time.perf_counter(), time.process_time()
        r = client.post("/_dash-update-component", data=json.dumps(body), content_type="application/json")
        assert r.status_code == 200, r.data[:300]
        return time.perf_counter() - t0, time.process_time() - c0

    out = {}
    for label, values in [("no filter", {}), ("lang=fr", {"f-lang": ["fr"]}),
                          ("indicator=exports", {"f-indicator": ["exports"]}),
                          ("partners=CHN-RUS", {"f-partners": ["CHN-RUS"]})]:
        runs = [run(values) for _ in range(n)]
        out[label] = (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--keep", metavar="DIR", help="build the store in DIR (reused when it exists)")
    ap.add_argument("--parquet", action="store_true",
                    help="skip tracker's store: Parquet files read by the dashboard's fallback "
                         "(times the dashboard alone; writing 100k claims through the store takes minutes)")
    ap.add_argument("--build-only", action="store_true", help="build the store (with --keep) and stop")
    args = ap.parse_args(argv)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_dash_"))
    folder = root / "clean"
    if not folder.exists():
        folder.mkdir(parents=True)
        t0 = time.perf_counter()
        claims, articles = synthetic(args.claims, args.articles)
        how = write_store(folder, claims, articles, args.parquet)
        print(f"built {len(claims):,} claims in {len(articles):,} articles into {how}: "
              f"{time.perf_counter() - t0:.1f} s")
    if args.build_only:
        return 0
    (root / "reference").mkdir(exist_ok=True)
    for path in (Path(__file__).resolve().parents[1] / "data" / "reference").glob("*.csv"):
        (root / "reference" / path.name).write_bytes(path.read_bytes())

    from dashboards import data
    from dashboards.app import create_app
    if (folder / "claims.parquet").exists():
        data._store_function = lambda name: None  # the Parquet fallback, as --parquet asked
    app = create_app(folder, root / "reference")
    t0 = time.perf_counter()
    with app.server.app_context():
        n = len(data.claims())
        data.articles()
        data.reference()
    print(f"server start (store -> dashboard cache, {n:,} claims): {time.perf_counter() - t0:.2f} s")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (other processes share them)")

    for label, (wall, cpu) in _callback_times(app).items():
        print(f"chart callback on the server, {label}: {wall * 1000:.0f} ms ({cpu * 1000:.0f} ms of CPU)")

    from werkzeug.serving import make_server
    port = _free_port()
    server = make_server("127.0.0.1", port, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    failures = []
    try:
        failures = _browser(f"http://127.0.0.1:{port}")
    finally:
        server.shutdown()
        thread.join(timeout=10)
    if failures:
        print("MISSED: " + "; ".join(failures))
        return 1
    print("all budgets met")
    return 0


def _browser(url: str) -> list[str]:
    from playwright.sync_api import sync_playwright
    failures = []
    ready = ("() => { const s = document.querySelector('#summary');"
             " const c = document.querySelector('#chart .js-plotly-plot');"
             " const t = document.querySelector('#timeline .js-plotly-plot');"
             " return s && s.innerText.includes('claims') && c && c._fullData && c._fullData.length > 0"
             " && t && t._fullData && t._fullData.length > 0; }")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        # a first visit warms the browser's cache of Dash's and plotly's scripts, as a
        # returning user's browser is; the cold figure is printed too
        for label in ("first page, cold browser cache", "first page usable"):
            t0 = time.perf_counter()
            page.goto(url + "/")
            page.wait_for_function(ready, timeout=60000)
            seconds = time.perf_counter() - t0
            print(f"{label}: {seconds:.2f} s (budget {FIRST_PAGE_BUDGET:.1f} s)")
        if seconds > FIRST_PAGE_BUDGET:
            failures.append(f"first page {seconds:.2f} s")
        for control, option, expect in [("f-lang", "fr", "fr"), ("f-indicator", "exports", "exports")]:
            before = page.inner_text("#summary")
            page.click(f"#{control}")
            page.keyboard.type(option)
            page.wait_for_selector(f".dash-dropdown-option:has-text('{option}')")
            t0 = time.perf_counter()
            page.keyboard.press("Enter")
            page.wait_for_function(
                "([before]) => { const s = document.querySelector('#summary').innerText;"
                " return s !== before; }", arg=[before], timeout=30000)
            page.wait_for_function("() => !document.querySelector('#chart').getAttribute('data-dash-is-loading')",
                                   timeout=30000)
            seconds = time.perf_counter() - t0
            page.keyboard.press("Escape")
            print(f"filter change ({control} += {expect}): {seconds * 1000:.0f} ms "
                  f"(budget {FILTER_BUDGET * 1000:.0f} ms) -> {page.inner_text('#summary')}")
            if seconds > FILTER_BUDGET:
                failures.append(f"filter {expect} {seconds * 1000:.0f} ms")
        if errors:
            failures.append("page errors: " + "; ".join(errors))
        browser.close()
    return failures


if __name__ == "__main__":
    sys.exit(main())
