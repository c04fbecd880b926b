"""`tracker extract` killed with SIGKILL mid-run (no handler runs, no `finally`): the store
holds what it held plus whole committed batches, the exported table is the one from before
the run, every analyst correction is still there and applied, and the next run completes.

The run is the real command in a subprocess; only its batch size is lowered (50 articles a
transaction instead of 500) so that a few hundred short articles make several batches."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from tracker.cli import main
from tracker.store import Store

ROOT = Path(__file__).resolve().parents[1]
BATCH = 50
N_ARTICLES = 300

RUN = """
import sys
import tracker.runner
tracker.runner.STORE_BATCH = %d
%%s
from tracker.cli import main
sys.exit(main(sys.argv[1:]))
""" % BATCH

#: Makes the run stop for good in the middle of writing its table, and say so on stdout.
STALL_IN_WRITE = """
import time
import tracker.store
_write = tracker.store.TableWriter.write
def write(self, df):
    _write(self, df)
    print("writing", flush=True)
    time.sleep(600)
tracker.store.TableWriter.write = write
"""


def _corpus(folder: Path) -> list[str]:
    """N_ARTICLES short articles, each a few sentences of a bundled one under its own id."""
    folder.mkdir()
    leads = []
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        body = " ".join(text.split())[:700]
        leads.append(body[: body.rfind(".") + 1])
    ids = []
    for i in range(N_ARTICLES):
        article_id = f"k{i:04d}"
        (folder / f"{article_id}.txt").write_text(
            f"---\nid: {article_id}\npublished: 2024-0{1 + i % 9}-15\n---\n{leads[i % len(leads)]} "
            f"Note {i}.\n", encoding="utf-8")
        ids.append(article_id)
    return ids


def _extract(folder: Path, out: Path, *extra: str, hook: str = "") -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", RUN % hook, "extract", str(folder), "--output", str(out),
                             "-q", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def _kill(run: subprocess.Popen[str]) -> None:
    assert run.poll() is None, f"the run ended before it could be killed: {run.communicate()}"
    os.kill(run.pid, signal.SIGKILL)
    assert run.wait(timeout=60) == -signal.SIGKILL
    try:
        os.killpg(run.pid, signal.SIGKILL)  # its worker processes, if they linger
    except ProcessLookupError:
        pass


def _age(folder: Path) -> None:
    """Make what is in `folder` look untouched for an hour (leftovers are swept after 10 min)."""
    old = time.time() - 3600
    for p in [*folder.rglob(".*"), *folder.rglob(".*/**/*")]:
        os.utime(p, (old, old), follow_symlinks=False)


def _stored(store_path: Path) -> list[str]:
    try:
        with Store.open(store_path, read_only=True, wait=30) as store:
            return store.article_ids()
    except Exception:  # noqa: BLE001 - not there yet
        return []


def _snapshot(store_path: Path) -> tuple[list[str], pd.DataFrame, pd.DataFrame]:
    with Store.open(store_path, read_only=True, wait=30) as store:
        claims = store.raw_claims().sort_values("claim_id").reset_index(drop=True)
        return store.article_ids(), claims, store.corrections()


def test_sigkill_mid_run_keeps_the_store_whole_and_the_corrections(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    ids = _corpus(folder)
    first = tmp_path / "first"
    first.mkdir()
    for article_id in ids[:BATCH]:  # the store before the run: one batch of articles
        os.link(folder / f"{article_id}.txt", first / f"{article_id}.txt")
    out = tmp_path / "clean" / "claims.csv"
    store_path = out.parent / "tracker.duckdb"
    done = _extract(first, out, "--workers", "1")
    assert done.wait(timeout=300) == 0, done.communicate()[1]

    # an analyst's corrections, made before the run that gets killed
    before_table = pd.read_csv(out)
    rejected, edited = before_table["claim_id"].iloc[0], before_table["claim_id"].iloc[1]
    assert main(["review", "--store", str(store_path), "reject", rejected, "--reason", "GDP, not trade"]) == 0
    assert main(["review", "--store", str(store_path), "set", edited, "period", "2021", "--reason", "checked"]) == 0
    assert main(["export", "--store", str(store_path), "--output", str(out)]) == 0
    exported = out.read_bytes()
    articles0, claims0, corrections0 = _snapshot(store_path)
    assert len(articles0) == BATCH and len(corrections0) == 2

    # the run that gets killed: as soon as it commits a batch to the store (its write-ahead
    # log grows: watched from outside, so as not to wait for the writer's turn), SIGKILL
    wal = store_path.with_name(store_path.name + ".wal")
    assert not wal.exists() or wal.stat().st_size == 0
    run = _extract(folder, out, "--workers", "2")
    deadline = time.monotonic() + 300
    try:
        while not (wal.exists() and wal.stat().st_size > 0):
            assert run.poll() is None, f"the run ended before it could be killed: {run.communicate()}"
            assert time.monotonic() < deadline, "no batch stored in 300 s"
            time.sleep(0.01)
    finally:
        _kill(run)

    # the exports are as they were; the store holds the old articles and whole batches
    assert out.read_bytes() == exported
    articles1, claims1, corrections1 = _snapshot(store_path)
    assert set(articles0) <= set(articles1) and len(articles1) < N_ARTICLES
    assert (len(articles1) - BATCH) % BATCH == 0, f"{len(articles1)} articles: a batch stored in part"
    pd.testing.assert_frame_equal(corrections1, corrections0)
    old = claims1[claims1["article_id"].isin(articles0)].reset_index(drop=True)
    pd.testing.assert_frame_equal(old, claims0)

    # the next run completes and redoes only what was not stored
    rerun = _extract(folder, out)
    stdout, stderr = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, stderr
    table = pd.read_csv(out)
    assert set(table["article_id"]) <= set(ids) and len(set(table["article_id"])) > N_ARTICLES // 2
    articles2, claims2, corrections2 = _snapshot(store_path)
    assert sorted(articles2) == sorted(ids)
    pd.testing.assert_frame_equal(corrections2, corrections0)
    assert rejected not in set(table["claim_id"])
    assert table.loc[table["claim_id"] == edited, "period"].astype(str).tolist() == ["2021"]
    # the batches stored before the kill are the rows a whole run gives
    whole = claims2[claims2["article_id"].isin(articles1)].reset_index(drop=True)
    pd.testing.assert_frame_equal(whole, claims1)


def test_sigkill_while_the_table_is_written_leaves_the_old_table(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    ids = _corpus(folder)[:120]
    for extra in sorted(folder.iterdir())[120:]:
        extra.unlink()
    out = tmp_path / "clean" / "claims.csv"
    out.parent.mkdir()
    out.write_text("the table of an earlier run\n", encoding="utf-8")
    run = _extract(folder, out, "--workers", "1", hook=STALL_IN_WRITE)
    try:
        assert run.stdout is not None and run.stdout.readline() == "writing\n"  # mid-table
    finally:
        _kill(run)
    assert out.read_text(encoding="utf-8") == "the table of an earlier run\n"
    leftovers = [p.name for p in out.parent.iterdir() if p.name.startswith(".claims.csv.")]
    assert len(leftovers) == 1 and leftovers[0].endswith(".tmp")
    assert sorted(_stored(out.parent / "tracker.duckdb")) == ids  # every batch was stored

    _age(out.parent)  # a leftover is swept only once its process is gone and 10 min have passed
    rerun = _extract(folder, out)
    assert rerun.wait(timeout=600) == 0, rerun.communicate()
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".claims.csv.")] == []
    assert set(pd.read_csv(out)["article_id"]) <= set(ids)


def test_sigkill_of_a_run_without_store_leaves_the_old_table_and_its_spill_is_swept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _corpus(folder)
    for extra in sorted(folder.iterdir())[150:]:
        extra.unlink()
    out = tmp_path / "out" / "claims.csv"
    out.parent.mkdir()
    out.write_text("before\n", encoding="utf-8")
    run = _extract(folder, out, "--no-store", "--workers", "1")
    deadline = time.monotonic() + 300
    try:  # the spill keeps the rows of the batches done so far, beside the output
        while not [p for p in out.parent.iterdir() if p.name.startswith(".tracker-spill-")]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(1)
    finally:
        _kill(run)
    assert out.read_text(encoding="utf-8") == "before\n"
    assert len([p for p in out.parent.iterdir() if p.name.startswith(".tracker-spill-")]) == 1
    _age(out.parent)  # swept once its process is gone and nothing touched it for 10 min
    rerun = _extract(folder, out, "--no-store")
    assert rerun.wait(timeout=600) == 0, rerun.communicate()
    assert [p for p in out.parent.iterdir() if p.name.startswith(".")] == []
    assert len(pd.read_csv(out)) > 0


def test_sweep_removes_only_leftovers_of_dead_processes_untouched_for_long(tmp_path: Path) -> None:
    from tracker.store import STALE_AFTER, sweep_leftovers

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    dead, alive = int(gone.stdout), os.getpid()
    names = {f".claims.csv.{dead}.abcd1234.tmp": True, f".tracker-spill-{dead}-abcd1234": True,
             f".claims.parquet.{dead}.abcd1234.old": True, f".claims.csv.{alive}.abcd1234.tmp": False,
             ".claims.csv.abcd1234.tmp": False, f"claims.csv.{dead}.abcd1234.tmp": False,
             f".tracker-table-{os.getppid()}-abcd1234": False, "claims.csv": False}
    for name in names:
        if "spill" in name or "table" in name:
            (tmp_path / name).mkdir()
            (tmp_path / name / "spill.duckdb").write_bytes(b"x")
        else:
            (tmp_path / name).write_bytes(b"x")
    now = time.time()
    assert sweep_leftovers(tmp_path, now=now) == []  # all fresh
    removed = sweep_leftovers(tmp_path, now=now + STALE_AFTER + 1)
    assert sorted(p.name for p in removed) == sorted(n for n, gone_ in names.items() if gone_)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(n for n, gone_ in names.items() if not gone_)
