"""The DuckDB store: incremental writes, figures, filters, exports, damage and locking."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from claims_factory import article, frame, row
from tracker.cli import main
from tracker.store import (Store, StoreError, assign_figures, filter_claims, period_span,
                           write_table)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "clean" / "tracker.duckdb"


def two_articles() -> tuple:
    a, b = article("a1"), article("b1", source="Autre")
    fa = frame([row(a, 0, "240,1 milliards de dollars", 2.401e11, indicator="bilateral_trade"),
                row(a, 40, "-5 %", -5.0, unit="percent", measure="change", basis="yoy")])
    fb = frame([row(b, 0, "240 milliards de dollars", 2.4e11, indicator="bilateral_trade"),
                row(b, 30, "240,4 milliards de dollars", 2.404e11, indicator="bilateral_trade"),
                row(b, 60, "38 milliards de m3", 38.0, unit="bcm", indicator="energy_deliveries",
                    commodity="gas", exporter="RUS", importer="CHN", period="2025",
                    modality="target")])
    return a, fa, b, fb


def filled(store_path: Path) -> Path:
    a, fa, b, fb = two_articles()
    with Store.open(store_path, extractor="x1") as store:
        store.replace_article(a, fa)
        store.replace_article(b, fb)
    return store_path


# --------------------------------------------------------------------------- incremental

def test_unchanged_article_is_not_extracted_again(store_path: Path) -> None:
    a, fa, _, _ = two_articles()
    with Store.open(store_path, extractor="x1") as store:
        assert store.needs_extraction(a)
        store.replace_article(a, fa)
        assert not store.needs_extraction(a)
    with Store.open(store_path, extractor="x1") as store:  # also after reopening
        assert not store.needs_extraction(a)
        assert store.needs_extraction(article("a1", text="Un autre texte."))
        assert store.needs_extraction(article("a1", source="Ailleurs"))
        assert store.needs_extraction(article("a1", published="2023-05-25"))
    with Store.open(store_path, extractor="x2") as store:  # the extractor's code changed
        assert store.needs_extraction(a)


def test_changed_article_replaces_its_rows_only(store_path: Path) -> None:
    filled(store_path)
    a2 = article("a1", text="Texte corrigé, avec un seul chiffre.")
    with Store.open(store_path, extractor="x1") as store:
        store.replace_article(a2, frame([row(a2, 7, "12 %", 12.0, unit="percent",
                                             measure="change")]))
        df = store.claims()
    assert sorted(df.loc[df["article_id"] == "a1", "claim_id"]) == ["a1:7-11"]
    assert (df["article_id"] == "b1").sum() == 3
    with Store.open(store_path, read_only=True) as store:
        arts = store.articles()
    assert arts.loc[arts["article_id"] == "a1", "text"].item() == a2.text


def test_article_without_claims_is_remembered(store_path: Path) -> None:
    a = article("empty")
    with Store.open(store_path, extractor="x1") as store:
        store.replace_article(a, frame([]))
        assert not store.needs_extraction(a)
        assert store.claims().empty
        assert store.article_ids() == ["empty"]


def test_claims_of_another_article_are_refused(store_path: Path) -> None:
    a, _, b, fb = two_articles()
    with Store.open(store_path) as store:
        with pytest.raises(ValueError, match="other article_ids"):
            store.replace_article(a, fb)


def test_claims_are_validated_and_filled(store_path: Path) -> None:
    filled(store_path)
    with Store.open(store_path, read_only=True) as store:
        df = store.claims()
    assert list(df.columns[:31]) == list(frame([]).columns)
    assert {"contradicts", "review"} <= set(df.columns)
    assert df["indicator"].dtype == "category"
    usd = df.set_index("claim_id")["value_usd"]
    assert usd["a1:0-26"] == pytest.approx(2.401e11)
    assert pd.isna(usd["a1:40-44"]) and pd.isna(usd["b1:60-78"])


def test_extra_columns_of_the_pipeline_survive(store_path: Path) -> None:
    a = article("a1")
    df = frame([row(a, 0, "5 %", 5.0, unit="percent", measure="change")])
    df["explanation"] = ['{"indicator": "cue exportations"}']
    with Store.open(store_path) as store:
        store.replace_article(a, df)
        out = store.claims()
    assert out["explanation"].tolist() == ['{"indicator": "cue exportations"}']


# --------------------------------------------------------------------------- figures

def test_same_fact_shares_a_figure_and_rounding_differences_do_not_split_it() -> None:
    a, fa, b, fb = two_articles()
    df = assign_figures(pd.concat([fa, fb], ignore_index=True)).set_index("claim_id")
    assert df.at["a1:0-26", "figure_id"] == df.at["b1:0-24", "figure_id"]  # 240,1 ~ 240
    assert df.at["b1:30-56", "figure_id"] != df.at["a1:0-26", "figure_id"]  # 240,4 vs 240,1
    assert df.at["a1:0-26", "contradicts"] == df.at["b1:30-56", "figure_id"]
    assert df.at["b1:30-56", "contradicts"] == df.at["a1:0-26", "figure_id"]
    assert df.at["a1:40-44", "contradicts"] == ""


def test_figures_need_the_same_key() -> None:
    a, b = article("a"), article("b")
    df = frame([row(a, 0, "200 milliards", 2e11, indicator="bilateral_trade", modality="target"),
                row(b, 0, "200 milliards", 2e11, indicator="bilateral_trade", modality="forecast"),
                row(b, 20, "200 milliards", 2e11, indicator="bilateral_trade", period="2024",
                    modality="target")])
    out = assign_figures(df)
    assert out["figure_id"].nunique() == 3
    assert (out["contradicts"] == "").all()


def test_physical_units_are_compared_through_pint() -> None:
    a, b = article("a"), article("b")
    gas = dict(indicator="energy_deliveries", commodity="gas", exporter="RUS", importer="CHN")
    df = frame([row(a, 0, "38 milliards de m3", 38.0, unit="bcm", **gas),
                row(b, 0, "38 000 000 000 m3", 3.8e10, unit="m3", **gas),
                row(b, 30, "2 TWh", 2.0, unit="TWh", **gas),
                row(a, 30, "2000000 MWh", 2e6, unit="MWh", **gas)])
    out = assign_figures(df).set_index("claim_id")
    assert out.at["a:0-18", "figure_id"] == out.at["b:0-17", "figure_id"]
    assert out.at["b:30-35", "figure_id"] == out.at["a:30-41", "figure_id"]
    assert out.at["a:0-18", "figure_id"] != out.at["b:30-35", "figure_id"]


# --------------------------------------------------------------------------- filters

def test_filters() -> None:
    a = article("a")
    df = frame([row(a, 0, "1", 1.0, indicator="bilateral_trade", exporter="CHN", importer="RUS"),
                row(a, 2, "2", 2.0, exporter="RUS", importer="CHN", period="2023-04"),
                row(a, 4, "3", 3.0, exporter="CHN", importer="USA", period="2022",
                    modality="forecast"),
                row(a, 6, "4", 4.0, exporter="RUS", importer="IND", period="2022/2023")])
    ids = lambda **f: filter_claims(df, **f)["value"].tolist()  # noqa: E731
    assert ids(partners="RUS,CHN") == [1.0, 2.0]
    assert ids(partners="CHN") == [1.0, 2.0, 3.0]
    assert ids(period="2023") == [1.0, 2.0]
    assert ids(period="2022/2023") == [1.0, 2.0, 3.0, 4.0]
    assert ids(modality=["forecast"]) == [3.0]
    assert ids(indicator="exports", exporter="RUS") == [2.0, 4.0]


def test_period_span_rejects_nonsense() -> None:
    assert period_span("2023-Q2")[1].isoformat() == "2023-06-30"
    with pytest.raises(ValueError, match="bad period"):
        period_span("2023-Q7")


# --------------------------------------------------------------------------- tables

def test_csv_neutralises_formulas_in_text_but_keeps_negative_numbers(tmp_path: Path) -> None:
    a = article("a", title="=HYPERLINK(\"http://x\")")
    df = frame([row(a, 0, "-11,6 %", -11.6, unit="percent", measure="change",
                    sentence="@SUM(A1) en baisse", alt="+3")])
    out = write_table(df, tmp_path / "t.csv")
    back = pd.read_csv(out, keep_default_na=False)
    assert back.at[0, "value"] == -11.6  # numeric column: a value, not a formula
    assert back.at[0, "surface"] == "'-11,6 %"
    assert back.at[0, "sentence"] == "'@SUM(A1) en baisse"
    assert back.at[0, "alt"] == "'+3"
    assert back.at[0, "title"].startswith("'=")
    assert back.at[0, "published"] == "2023-05-24"
    assert back.at[0, "period_end"] == "2023-12-31"


@pytest.mark.parametrize("ext", [".csv", ".parquet", ".jsonl"])
def test_exports_are_byte_identical_and_readable(store_path: Path, tmp_path: Path, ext: str) -> None:
    filled(store_path)
    one, two = tmp_path / f"one{ext}", tmp_path / f"two{ext}"
    assert main(["export", "--store", str(store_path), "--output", str(one)]) == 0
    assert main(["export", "--store", str(store_path), "--output", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    if ext == ".parquet":
        back = pd.read_parquet(one)
    elif ext == ".jsonl":
        back = pd.DataFrame([json.loads(x) for x in one.read_text().splitlines()])
        assert back.at[0, "published"] == "2023-05-24"
    else:
        back = pd.read_csv(one)
    assert len(back) == 5 and "figure_id" in back.columns


def test_export_filters_from_the_command_line(store_path: Path, tmp_path: Path) -> None:
    filled(store_path)
    out = tmp_path / "gas.csv"
    assert main(["export", "--store", str(store_path), "--output", str(out),
                 "--partners", "CHN,RUS", "--modality", "target", "--period", "2020/2030"]) == 0
    back = pd.read_csv(out)
    assert back["surface"].tolist() == ["38 milliards de m3"]


def test_unknown_extension_and_failed_write_keep_old_file(tmp_path: Path, monkeypatch) -> None:
    df = frame([row(article("a"), 0, "5 %", 5.0, unit="percent", measure="change")])
    with pytest.raises(ValueError, match=r"t\.xlsx.*unknown table format"):
        write_table(df, tmp_path / "t.xlsx")
    target = tmp_path / "t.csv"
    target.write_text("old data\n")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_table(df, target)
    assert target.read_text() == "old data\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]  # no temp file left


# --------------------------------------------------------------------------- damage and locks

def test_corrupted_store_gives_one_clear_error_and_is_left_alone(
        store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_path.parent.mkdir(parents=True)
    junk = b"this is not a database" * 500
    store_path.write_bytes(junk)
    with pytest.raises(StoreError, match="tracker.duckdb: the store is damaged"):
        Store.open(store_path)
    assert main(["export", "--store", str(store_path), "--output", str(tmp_path / "x.csv")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(store_path) in err[0] and "damaged" in err[0]
    assert store_path.read_bytes() == junk
    assert not (tmp_path / "x.csv").exists()


def test_truncated_store_is_reported(store_path: Path) -> None:
    filled(store_path)
    data = store_path.read_bytes()
    store_path.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError, match="tracker.duckdb"):
        with Store.open(store_path, read_only=True) as store:
            store.claims()


def test_foreign_duckdb_file_is_not_a_store(store_path: Path) -> None:
    import duckdb

    store_path.parent.mkdir(parents=True)
    con = duckdb.connect(str(store_path))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a tracker store"):
        Store.open(store_path)


def test_missing_store_for_reading(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        Store.open(tmp_path / "nothing.duckdb", read_only=True)


def test_second_writer_waits_then_is_refused_and_readers_still_read(store_path: Path) -> None:
    filled(store_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from tracker.store import Store
            with Store.open({str(store_path)!r}):
                print("locked", flush=True)
                sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="in use by another tracker process"):
            Store.open(store_path, wait=0.3)
        with Store.open(store_path, read_only=True) as reader:  # readers are not blocked
            assert len(reader.claims()) == 5
    finally:
        holder.communicate("", timeout=30)
    with Store.open(store_path, wait=5) as store:  # free again once the holder is done
        assert len(store.claims()) == 5


WRITER = """
import sys
sys.path.insert(0, {tests!r})
from claims_factory import article, frame, row
from tracker.store import Store
tag = sys.argv[1]
with Store.open({path!r}, wait=60) as store:
    for i in range(15):
        a = article(f"{{tag}}{{i}}")
        store.replace_article(a, frame([row(a, 0, "5 %", 5.0, unit="percent", measure="change"),
                                        row(a, 10, "7 %", 7.0, unit="percent", measure="change")]))
print("done", tag)
"""


def test_two_writers_at_once_corrupt_nothing(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    code = WRITER.format(tests=str(Path(__file__).parent), path=str(store_path))
    procs = [subprocess.Popen([sys.executable, "-c", code, tag], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("p", "q")]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with Store.open(store_path, read_only=True) as store:
        df = store.claims()
        assert len(store.article_ids()) == 30
    assert len(df) == 60 and df["claim_id"].is_unique


def test_bounds_and_ranges_contradict_only_what_they_exclude() -> None:
    a, b = article("a"), article("b")
    trade = dict(indicator="bilateral_trade")
    df = frame([row(a, 0, "240,1 milliards", 2.401e11, **trade),
                row(b, 0, "plus de 200 milliards", 2e11, approx="more_than", **trade),
                row(b, 30, "moins de 20 milliards", 2e10, approx="less_than", **trade),
                row(b, 60, "entre 230 et 250 milliards", 2.3e11, value_high=2.5e11, **trade),
                row(b, 90, "près de 250 milliards", 2.5e11, approx="about", **trade)])
    out = assign_figures(df).set_index("claim_id")
    fid = out["figure_id"]
    assert fid.nunique() == 5
    # 240,1 excludes "moins de 20" and "près de 250" (250 +- 2.5 %), not the others.
    assert out.at["a:0-15", "contradicts"] == ",".join(sorted([fid["b:30-51"], fid["b:90-111"]]))
    assert fid["a:0-15"] not in out.at["b:0-21", "contradicts"]         # "plus de 200": fine
    assert fid["a:0-15"] not in out.at["b:60-86", "contradicts"]        # inside the range
    assert fid["a:0-15"] in out.at["b:90-111", "contradicts"]           # 250 ± 2.5 % excludes it


def test_two_extract_commands_at_once(tmp_path: Path) -> None:
    """Both runs finish, or the second stops with one clear line; the store stays whole."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for src in sorted((ROOT / "data" / "raw").glob("fr_a_0*.txt"))[:4]:
        (raw / src.name).write_bytes(src.read_bytes())
    store = tmp_path / "clean" / "tracker.duckdb"
    cmd = [sys.executable, "-m", "tracker.cli", "extract", str(raw), "--output",
           str(tmp_path / "clean" / "claims.csv"), "--store", str(store), "--quiet"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    for rc, err in results:
        assert rc == 0 or (rc == 1 and "in use by another tracker process" in err), err
    assert any(rc == 0 for rc, _ in results)
    with Store.open(store, read_only=True) as s:
        assert len(s.article_ids()) == 4
        assert s.claims()["claim_id"].is_unique


def test_extract_on_a_damaged_store_stops_cleanly(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "tracker.duckdb"
    junk = b"\x00garbage" * 1000
    store.write_bytes(junk)
    out = tmp_path / "claims.csv"
    out.write_text("previous export\n")
    raw = ROOT / "data" / "raw" / "000_c982afabc432b07d.txt"
    assert main(["extract", str(raw), "--output", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert any(str(store) in line and "damaged" in line for line in err)
    assert store.read_bytes() == junk and out.read_text() == "previous export\n"


KILLED_WRITER = """
import sys
sys.path.insert(0, {tests!r})
from claims_factory import article, frame, row
from tracker.store import Store
with Store.open({path!r}) as store:
    n = 0
    while True:
        a = article("a" + str(n % 5), text="version " + str(n))
        store.replace_article(a, frame([row(a, i * 10, "5 %", 5.0, unit="percent", measure="change")
                                        for i in range(n % 7 + 1)]))
        n += 1
        if n == 10:
            print("writing", flush=True)
"""


def test_a_writer_killed_mid_write_leaves_whole_articles(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    code = KILLED_WRITER.format(tests=str(Path(__file__).parent), path=str(store_path))
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "writing"
    proc.kill()
    proc.wait(timeout=30)
    with Store.open(store_path, wait=5) as store:  # the lock died with the process
        arts = store.articles().set_index("article_id")
        counts = store.claims()["article_id"].value_counts()
    assert len(arts) == 5
    for aid, text in arts["text"].items():
        n = int(text.split()[-1])
        assert counts.get(aid, 0) == n % 7 + 1  # rows match the stored version of the text


BUSY_WRITER = """
import sys, time
sys.path.insert(0, {tests!r})
from claims_factory import article, frame, row
from tracker.store import Store
with Store.open({path!r}) as store:
    end = time.monotonic() + 4
    n = 0
    while time.monotonic() < end:
        a = article("w" + str(n % 20), text="version " + str(n))
        store.replace_article(a, frame([row(a, 0, "5 %", 5.0, unit="percent", measure="change")]))
        n += 1
        if n == 3:
            print("writing", flush=True)
        time.sleep(0.02)  # extraction work between writes
print(n)
"""


def test_readers_get_their_turn_during_a_long_write(store_path: Path) -> None:
    store_path.parent.mkdir(parents=True)
    code = BUSY_WRITER.format(tests=str(Path(__file__).parent), path=str(store_path))
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
        for _ in range(3):
            with Store.open(store_path, read_only=True, wait=20) as reader:
                assert reader.claims()["claim_id"].is_unique
    finally:
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0 and int(out) > 5  # the writer kept going meanwhile


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"),
                max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sentence=_text, alt=_text, value=st.floats(-1e13, 1e13, allow_nan=False))
def test_csv_round_trip_keeps_text_and_numbers(tmp_path: Path, sentence: str, alt: str,
                                               value: float) -> None:
    df = frame([row(article("a"), 0, "5 %", value, unit="percent", measure="change",
                    sentence=sentence, alt=alt)])
    back = pd.read_csv(write_table(df, tmp_path / "p.csv"), keep_default_na=False,
                       dtype={"sentence": str, "alt": str})
    for col, original in (("sentence", sentence), ("alt", alt)):
        risky = original.startswith(("=", "+", "-", "@", "\t"))
        assert back.at[0, col] == ("'" + original if risky else original)
    assert float(back.at[0, "value"]) == value


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 400), st.integers(0, 2),
                          st.sampled_from(["exact", "about", "more_than", "less_than"])),
                min_size=1, max_size=8))
def test_contradictions_are_mutual_and_never_inside_a_figure(specs: list) -> None:
    arts = [article(f"h{i}") for i in range(len(specs))]
    rows = []
    for a, (mantissa, decimals, approx) in zip(arts, specs):
        number = mantissa / 10 ** decimals
        surface = f"{number:.{decimals}f}".replace(".", ",") + " milliards"
        rows.append(row(a, 0, surface, number * 1e9, approx=approx, indicator="bilateral_trade"))
    out = assign_figures(frame(rows))
    by_fig = dict(zip(out["figure_id"], out["contradicts"]))
    for fid, others in by_fig.items():
        for other in filter(None, others.split(",")):
            assert fid in by_fig[other].split(",")
            assert other != fid


def test_reader_and_writer_in_one_process(store_path: Path) -> None:
    a, fa, b, fb = two_articles()
    with Store.open(store_path) as writer:
        writer.replace_article(a, fa)
        with Store.open(store_path, read_only=True) as reader:  # waits for the writer's turn
            assert len(reader.claims()) == 2
        writer.replace_article(b, fb)  # and the writer goes on afterwards
    with Store.open(store_path, read_only=True) as reader:
        assert len(reader.claims()) == 5


# --------------------------------------------------------------------------- fast path = reference

def _reference_figures(df: pd.DataFrame) -> pd.DataFrame:
    """The former row-by-row assign_figures, kept as the oracle of the grouped one."""
    import hashlib
    import math

    from tracker.store import FIGURE_KEY, _comparable, _number_step

    out = df.copy()
    out["figure_id"], out["contradicts"] = "", ""
    keys: dict[tuple, list[dict]] = {}
    for idx, r in out.iterrows():
        unit = str(r["unit"])
        base, value = _comparable(unit, float(r["value"]))
        step = _number_step(float(r["value"]), str(r["surface"]))
        tol = step / 2 * _comparable(unit, 1.0)[1] if step else abs(value) * 0.005
        approx = str(r.get("approx") or "exact")
        if approx == "about":
            tol = max(tol, abs(value) * 0.025)
        high = r.get("value_high")
        has_high = high is not None and not pd.isna(high)
        if has_high:
            lo, hi = value - tol, _comparable(unit, float(high))[1] + tol
        elif approx == "more_than":
            lo, hi = (value - tol, math.inf) if value >= 0 else (-math.inf, value + tol)
        elif approx in ("less_than", "up_to"):
            lo, hi = (-math.inf, value + tol) if value >= 0 else (value - tol, math.inf)
        else:
            lo, hi = value - tol, value + tol
        item = dict(value=value, tol=tol, lo=lo, hi=hi, idx=idx, cid=str(r["claim_id"]),
                    point=not has_high and approx in ("exact", "about"),
                    sig=f"{approx}|{value!r}|{high if has_high else ''}")
        keys.setdefault(tuple(str(r[c]) for c in FIGURE_KEY) + (base,), []).append(item)
    for key, items in keys.items():
        items.sort(key=lambda r: (not r["point"], r["tol"], r["value"], r["cid"]))
        clusters: list[list[dict]] = []
        for r in items:
            for cluster in clusters:
                if r["point"] and cluster[0]["point"]:
                    same = all(abs(r["value"] - c["value"])
                               <= max(r["tol"], c["tol"]) * (1 + 1e-9) + 1e-12 for c in cluster)
                else:
                    same = r["sig"] == cluster[0]["sig"]
                if same:
                    cluster.append(r)
                    break
            else:
                clusters.append([r])
        ids = ["fig-" + hashlib.sha1("|".join(key + (c[0]["sig"],)).encode()).hexdigest()[:12]
               for c in clusters]
        for fid, cluster in zip(ids, clusters):
            h = cluster[0]
            others = sorted({oid for oid, o in zip(ids, clusters) if oid != fid
                             and (o[0]["hi"] < h["lo"] or h["hi"] < o[0]["lo"])})
            for r in cluster:
                out.at[r["idx"], "figure_id"] = fid
                out.at[r["idx"], "contradicts"] = ",".join(others)
    return out


# Values packed close together (90..125 at one to three significant decimals), so that
# roundings and "about" overlap often and figures hold several rows.
_spec = st.tuples(st.integers(90, 110), st.integers(0, 2), st.integers(0, 3),
                  st.sampled_from(["exact", "exact", "about", "about", "more_than", "less_than",
                                   "up_to"]),
                  st.sampled_from(["", "range"]), st.sampled_from(["bn", "m3", "pct"]),
                  st.sampled_from(["2023", "2024"]), st.booleans())


def _figure_rows(specs: list) -> pd.DataFrame:
    rows = []
    for i, (mantissa, decimals, shift, approx, rng, kind, period, sign) in enumerate(specs):
        a = article(f"f{i:03d}")
        number = (mantissa + shift * 5) / 10 ** decimals * (-1 if sign and kind == "pct" else 1)
        written = f"{number:.{decimals}f}".replace(".", ",")
        fields = dict(approx=approx, period=period, indicator="bilateral_trade")
        if kind == "bn":
            value, surface, unit = number * 1e9, written + " milliards de dollars", "USD"
        elif kind == "m3":  # the same gas in bcm or m3 meets through pint
            fields.update(indicator="energy_deliveries", commodity="gas")
            value, unit = (number, "bcm") if i % 2 else (number * 1e9, "m3")
            surface = written + (" milliards de m3" if unit == "bcm" else " milliards m3")
        else:
            value, surface, unit = number, written + " %", "percent"
            fields.update(measure="change", basis="yoy")
        if rng:
            fields["value_high"] = value + abs(value) * 0.1
        rows.append(row(a, 0, surface, value, unit=unit, **fields))
    return frame(rows)


@settings(max_examples=80, deadline=None)
@given(st.lists(_spec, min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_grouped_figures_match_the_row_by_row_reference(specs: list, rnd) -> None:
    df = _figure_rows(specs)
    order = list(range(len(df)))
    rnd.shuffle(order)
    df = df.iloc[order]
    df.index = [f"r{i}" for i in order]  # labels, not positions
    got, want = assign_figures(df), _reference_figures(df)
    pd.testing.assert_series_equal(got["figure_id"], want["figure_id"], check_dtype=False)
    pd.testing.assert_series_equal(got["contradicts"], want["contradicts"], check_dtype=False)


def test_a_row_joins_a_figure_only_within_reach_of_all_its_values() -> None:
    # 182,3 and "about 186" (2.5 %: 4.65) are one figure; "0,18 billion" (180 give or take
    # 5) is within reach of 182,3 but not of 186, so it is a figure of its own.
    a = article("reach")
    df = frame([row(a, 0, "182,3 milliards", 1.823e11, indicator="bilateral_trade"),
                row(a, 20, "186 milliards", 1.86e11, indicator="bilateral_trade", approx="about"),
                row(a, 40, "0,18 billion", 1.8e11, indicator="bilateral_trade")])
    got, want = assign_figures(df), _reference_figures(df)
    assert got["figure_id"].tolist() == want["figure_id"].tolist()
    assert got["figure_id"].iloc[0] == got["figure_id"].iloc[1] != got["figure_id"].iloc[2]


def test_a_key_stated_many_times_matches_the_reference() -> None:
    # One key with 60 different values: the many-figures branch (numpy) of the contradictions.
    specs = [(10 + k, k % 3, 0, ["exact", "about", "more_than"][k % 3], "", "bn", "2023", False)
             for k in range(60)]
    df = _figure_rows(specs)
    got, want = assign_figures(df), _reference_figures(df)
    assert got["figure_id"].nunique() > 24
    assert got["figure_id"].tolist() == want["figure_id"].tolist()
    assert got["contradicts"].tolist() == want["contradicts"].tolist()


# --------------------------------------------------------------------------- batch writes

def _batch(n: int) -> list:
    items = []
    for i in range(n):
        a = article(f"batch{i:03d}", text=f"Texte numéro {i}.")
        items.append((a, frame([row(a, k * 10, f"{i + k} %", float(i + k), unit="percent",
                                    measure="change", basis="yoy") for k in range(i % 4)])))
    return items


def test_replace_articles_stores_what_replace_article_stores(tmp_path: Path) -> None:
    one, many = tmp_path / "one" / "t.duckdb", tmp_path / "many" / "t.duckdb"
    items = _batch(30)
    with Store.open(one, extractor="x1") as store:
        for a, f in items:
            store.replace_article(a, f)
    with Store.open(many, extractor="x1") as store:
        store.replace_articles(items[:17])
        store.replace_articles(items[17:])
        assert not any(store.needs_extraction(a) for a, _ in items)
    with Store.open(one, read_only=True) as s1, Store.open(many, read_only=True) as s2:
        pd.testing.assert_frame_equal(s1.raw_claims(), s2.raw_claims())
        pd.testing.assert_frame_equal(s1.articles(), s2.articles())
    assert len(s2.raw_claims()) == sum(i % 4 for i in range(30))


def test_replace_articles_replaces_and_a_bad_batch_writes_nothing(store_path: Path) -> None:
    items = _batch(6)
    with Store.open(store_path, extractor="x1") as store:
        store.replace_articles(items)
        a3, f3 = items[3]
        new = article(a3.article_id, text="Texte refait.")
        stray = frame([row(article("elsewhere"), 0, "1 %", 1.0, unit="percent")])
        with pytest.raises(ValueError, match="other article_ids"):
            store.replace_articles([(new, frame([row(new, 0, "9 %", 9.0, unit="percent")])),
                                    (items[5][0], stray)])
        assert store.raw_claims().query("article_id == @a3.article_id")["value"].tolist() == [
            3.0, 4.0, 5.0]
        # The same article twice in a batch: the later one wins.
        store.replace_articles([(new, frame([row(new, 0, "9 %", 9.0, unit="percent")])),
                                (new, frame([row(new, 0, "8 %", 8.0, unit="percent")]))])
        raw = store.raw_claims()
        assert raw.query("article_id == @a3.article_id")["value"].tolist() == [8.0]
        assert len(raw) == sum(i % 4 for i in range(6)) - 3 + 1
        assert not store.needs_extraction(new) and store.needs_extraction(a3)


def test_cells_arrow_refuses_are_still_written(store_path: Path) -> None:
    a = article("odd")
    df = frame([row(a, 0, "1 %", 1.0, unit="percent"), row(a, 10, "2 %", 2.0, unit="percent")])
    df["origin"] = [{"page": 1}, 7]  # a pipeline extra of mixed types, kept as JSON
    df["alt"] = df["alt"].astype(object)
    df.loc[1, "alt"] = 12  # a number in a text column: DuckDB casts it, as it always did
    with Store.open(store_path) as store:
        store.replace_article(a, df)
        raw = store.raw_claims().set_index("claim_id")
    assert raw.at["odd:10-13", "alt"] == "12"
    assert raw["origin"].tolist() == [{"page": 1}, 7]


def test_batch_columns_through_arrow_store_what_cells_store(tmp_path: Path, monkeypatch) -> None:
    import tracker.store as store_module

    items = []
    for i in range(12):
        a = article(f"col{i:02d}", published="" if i == 3 else "2023-05-24")
        rows = [row(a, 0, "240,1 milliards de dollars", 2.401e11, indicator="bilateral_trade"),
                row(a, 40, "entre 30 et 40 milliards", 3e10, value_high=4e10, approx="about",
                    period="" if i % 2 else "2022-Q3", alt="trente à quarante", note="n"),
                row(a, 80, "-5 %", -5.0, unit="percent", measure="change", basis="yoy")]
        df = frame(rows)
        df["origin"] = [{"page": i}, None, "x"]  # a pipeline extra, kept as JSON
        items.append((a, df))
    assert store_module._claims_table([f for _, f in items]) is not None  # the Arrow path
    stored = {}
    for label, threshold in (("cells", 10**9), ("columns", 0)):
        monkeypatch.setattr(store_module, "_TABLE_ROWS", threshold)
        with Store.open(tmp_path / label / "t.duckdb") as store:
            store.replace_articles(items)
            stored[label] = store.raw_claims()
    pd.testing.assert_frame_equal(stored["cells"], stored["columns"])
    assert stored["columns"]["origin"].tolist()[:3] == [{"page": 0}, None, "x"]
    assert stored["columns"]["value_high"].isna().sum() == 24
