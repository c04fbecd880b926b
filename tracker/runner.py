"""`tracker extract` over a stream of articles: read lazily, extracted in batches (in this
process, in a pool of processes, or on a Dask cluster), stored batch by batch, the table
written at the end by streaming it out of the store.

    articles (ingest, lazily) -> unchanged ones skipped (one store query per batch)
      -> extraction tasks of ~64 KB of text (here, or in worker processes, in order)
      -> plain claim records -> one validated table per batch -> store (one transaction)
    store -> table chunks (figures settled key by key) -> CSV / Parquet / JSONL / dataset

Memory holds a few batches of articles and rows and the run's article ids, whatever the
corpus size. A run stopped half-way keeps every batch already stored, and the next run
skips those articles. Every worker count gives the same rows in the same order: tasks are
collected in the order they were made, and rows are ordered by the store.
"""
from __future__ import annotations

import gc
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tracker.ingest import IngestError
from tracker.limits import DEFAULT as DEFAULT_LIMITS
from tracker.limits import Limits, TimeLimit, time_limit
from tracker.models import Article

__all__ = ["ClusterError", "Stages", "Tally", "default_workers", "run", "run_dask", "extract_task"]

#: Articles stored per transaction (and checked as one table).
STORE_BATCH = 500
#: Articles read before their store check (one query).
READ_BATCH = 200
#: Text per extraction task: small enough to spread over the workers, large enough that
#: sending it costs little beside extracting it.
TASK_BYTES = 64_000
TASK_ARTICLES = 100


#: The cyclic garbage collector's first threshold in an extracting process. The extractor
#: makes many short-lived containers and few reference cycles (about 2,300 objects in a
#: 4 MB run): at Python's default of 700 the collector ran 1,300 times and went over every
#: live object 9 times (1.1 s of 28 s of CPU); at 10,000, 72 times and once (0.35 s).
GC_THRESHOLD = 10_000


def collect_less() -> None:
    """Raise this process's first collector threshold to GC_THRESHOLD (never lower it)."""
    t0, t1, t2 = gc.get_threshold()
    if 0 < t0 < GC_THRESHOLD:
        gc.set_threshold(GC_THRESHOLD, t1, t2)


class ClusterError(RuntimeError):
    """The Dask cluster cannot be used (unreachable, or running other extractor code)."""


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class Stages:
    """CPU seconds spent per stage (ingest, extract, table, store, write), summed over the
    worker processes (CPU rather than wall time: a busy machine then slows no stage but its
    own). `$TRACKER_TIMINGS`, when set, names a JSON file they are written to (with the
    run's wall time; bench/bench_cli.py reads it)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.started = time.perf_counter()

    @staticmethod
    def now() -> float:
        return time.process_time()

    def add(self, name: str, since: float) -> float:
        now = time.process_time()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - since
        return now

    def count(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def dump(self) -> None:
        path = os.environ.get("TRACKER_TIMINGS")
        if path:
            import json

            data = {k: round(v, 4) for k, v in self.seconds.items()}
            data["wall"] = round(time.perf_counter() - self.started, 4)
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(data, fh)


@dataclass
class Tally:
    """What a run did: the ids of its articles (in input order) and how many inputs failed."""

    ids: dict[str, None] = field(default_factory=dict)
    failed: int = 0
    extracted: int = 0


# --------------------------------------------------------------------------- tasks

#: One task's result: per article, its claim rows or the error, and seconds spent.
Result = tuple[list[tuple[str, "list[dict[str, Any]] | str"]], float, float]


def extract_task(articles: list[Article], max_seconds: float | None = DEFAULT_LIMITS.max_seconds) -> Result:
    """Claim rows of each article (`pipeline.claim_rows`), or a one-line error for it; an
    article that takes more than `max_seconds` is stopped and is an error."""
    from tracker import pipeline

    out: list[tuple[str, list[dict[str, Any]] | str]] = []
    extract = table = 0.0
    for a in articles:
        t0 = time.thread_time()  # this task's CPU, also when a Dask worker runs several threads
        try:
            try:
                with time_limit(max_seconds):
                    claims = pipeline.extract_claims(a)
            except TimeLimit as exc:
                extract += time.thread_time() - t0
                out.append((a.article_id, str(exc)))
                continue
            t1 = time.thread_time()
            out.append((a.article_id, pipeline.claim_rows(a, claims)))
            t2 = time.thread_time()
            extract += t1 - t0
            table += t2 - t1
        except Exception as exc:  # one bad article never stops the run
            extract += time.thread_time() - t0
            out.append((a.article_id, f"{type(exc).__name__}: {exc}"))
    return out, extract, table


def _tasks(articles: list[Article], alone: bool) -> Iterator[list[Article]]:
    """Articles grouped into tasks (one article a task when they are run in this process)."""
    if alone:
        for a in articles:
            yield [a]
        return
    task: list[Article] = []
    size = 0
    for a in articles:
        task.append(a)
        size += len(a.text)
        if size >= TASK_BYTES or len(task) >= TASK_ARTICLES:
            yield task
            task, size = [], 0
    if task:
        yield task


class _Ordered:
    """Tasks run here or in a process pool, their results given back in submission order.

    The pool starts only when a second task is waiting: a run of one small task (a file or
    two) never pays for starting processes. At most `window` tasks are in flight, so the
    articles read ahead stay few.
    """

    def __init__(self, workers: int, max_seconds: float | None = DEFAULT_LIMITS.max_seconds) -> None:
        self.workers = workers
        self.max_seconds = max_seconds
        self.pool: Any = None
        self.queue: deque[tuple[list[Article], Any]] = deque()
        self.window = 2 * workers + 2

    def submit(self, task: list[Article]) -> Iterator[tuple[list[Article], Result]]:
        if self.workers <= 1:
            yield task, extract_task(task, self.max_seconds)
            return
        if self.pool is None and self.queue:
            self._start()
            held, _ = self.queue.popleft()
            self.queue.append((held, self.pool.submit(extract_task, held, self.max_seconds)))
        self.queue.append((task, self.pool.submit(extract_task, task, self.max_seconds) if self.pool else None))
        while len(self.queue) > self.window:
            yield self._next()

    def drain(self) -> Iterator[tuple[list[Article], Result]]:
        while self.queue:
            yield self._next()

    def _next(self) -> tuple[list[Article], Result]:
        task, future = self.queue.popleft()
        return task, (future.result() if future is not None else extract_task(task, self.max_seconds))

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # forkserver: workers forked from a clean process that has imported the extractor
        # once (never from this one, which holds DuckDB's threads and open files)
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["tracker.pipeline"])
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=collect_less)

    def close(self, cancel: bool = False) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=cancel)
            self.pool = None


# --------------------------------------------------------------------------- the run

class _Batches:
    """Rows collected article by article, stored (or spilled) a batch at a time."""

    def __init__(self, sink: Any, stages: Stages, report: Callable[[str], None] = lambda line: None) -> None:
        self.sink = sink
        self.stages = stages
        self.report = report
        self.articles: list[Article] = []
        self.rows: list[dict[str, Any]] = []

    def add(self, article: Article, rows: list[dict[str, Any]]) -> None:
        self.articles.append(article)
        self.rows.extend(rows)
        if len(self.articles) >= STORE_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.articles:
            return
        t = self.stages.now()
        frame = self._frame()
        t = self.stages.add("table", t)
        self.sink.write(self.articles, frame)
        self.stages.add("store", t)
        self.articles, self.rows = [], []

    def _frame(self) -> Any:
        """The batch's checked table; a row that breaks the table's contract (an extractor bug)
        is reported and left out, so the rest of the batch and the run are kept."""
        import pandera.errors

        from tracker.pipeline import rows_frame

        try:
            return rows_frame(self.rows)
        except pandera.errors.SchemaErrors as exc:
            cases = exc.failure_cases
            bad = {int(i) for i in cases["index"].dropna()} if "index" in cases else set()
            if not bad:
                raise
            for i in sorted(bad):
                row = self.rows[i]
                broken = cases[cases["index"] == i]
                what = "; ".join(f"{c} = {v!r}" for c, v in zip(broken["column"], broken["failure_case"]))
                self.report(f"{row.get('article_id')}: claim {row.get('surface')!r} left out, it breaks the "
                            f"claims table's contract ({what}): please report it")
            return rows_frame([r for i, r in enumerate(self.rows) if i not in bad])


def _located(article: Article) -> str:
    """Where a failed article is: its file, and its id when the file holds more than it (a
    JSONL line), so the user can find the one record among thousands."""
    if not article.path:
        return f"article {article.article_id!r}"
    if Path(article.path).stem == article.article_id:
        return str(article.path)
    return f"{article.path}: article {article.article_id!r}"


def run(items: Iterable[Article | IngestError], sink: Any, *, workers: int,
        report: Callable[[str], None], stages: Stages, limits: Limits = DEFAULT_LIMITS) -> Tally:
    """Extract every article of `items` that `sink` does not already hold, into `sink`.

    `sink` has `unchanged(articles) -> set of ids` and `write(articles, claims_frame)`.
    Bad inputs and failed articles are reported (one line each) and counted; the others go on.
    An article whose extraction passes `limits.max_seconds` is stopped and reported.
    """
    tally = Tally()
    batches = _Batches(sink, stages, report)
    pool = _Ordered(workers, limits.max_seconds)

    def collect(done: Iterator[tuple[list[Article], Result]]) -> None:
        for task, (results, extract_s, table_s) in done:
            stages.count("extract", extract_s)
            stages.count("table", table_s)
            for article, (article_id, rows) in zip(task, results):
                if isinstance(rows, str):
                    tally.failed += 1
                    tally.ids.pop(article_id, None)
                    report(f"{_located(article)}: extraction failed ({rows})")
                    continue
                tally.extracted += 1
                batches.add(article, rows)

    it = iter(items)
    t = stages.now()
    try:
        while True:
            chunk: list[Article] = []
            for item in it:
                if isinstance(item, IngestError):
                    tally.failed += 1
                    report(str(item))
                    continue
                if item.article_id in tally.ids:
                    tally.failed += 1
                    report(f"{item.path or item.article_id}: article id {item.article_id!r} is used "
                           "twice; the later one is skipped")
                    continue
                tally.ids[item.article_id] = None
                chunk.append(item)
                if len(chunk) >= READ_BATCH:
                    break
            t = stages.add("ingest", t)
            if not chunk:
                break
            same = sink.unchanged(chunk)
            t = stages.add("store", t)
            for task in _tasks([a for a in chunk if a.article_id not in same], workers <= 1):
                collect(pool.submit(task))
            t = stages.now()
        collect(pool.drain())
        batches.flush()
    except BaseException:
        pool.close(cancel=True)
        raise
    pool.close()
    return tally


# --------------------------------------------------------------------------- Dask

def _file_task(path: str, given: str, published: str | None, known: dict[str, tuple[str, str]],
               extractor: str, limits: Limits = DEFAULT_LIMITS) -> tuple[str, list[Any], dict[str, float]]:
    """Dask task: read one file and extract its articles that `known` does not already hold.

    Returns this worker's extractor fingerprint (the client checks it is its own), per input
    item ("error", message), ("same", article_id) or ("new", article, rows or error), and the
    CPU seconds of its stages.
    """
    from pathlib import Path

    from tracker import ingest, store

    mine = store.extractor_fingerprint()
    out: list[Any] = []
    spent = {"ingest": 0.0, "extract": 0.0, "table": 0.0}
    t = time.thread_time()
    for item in ingest.iter_file(Path(path), published, limits=limits):
        spent["ingest"] += time.thread_time() - t
        if isinstance(item, IngestError):
            out.append(("error", str(replace(item, path=given))))
        else:
            item = replace(item, path=given)
            if extractor == mine and known.get(item.article_id) == (store._sha(item.text),
                                                                    store._meta_hash(item)):
                out.append(("same", item.article_id))
            else:
                # a Dask worker's thread has no SIGALRM: the time limit holds in processes only
                results, extract_s, table_s = extract_task([item], limits.max_seconds)
                out.append(("new", item, results[0][1]))
                spent["extract"] += extract_s
                spent["table"] += table_s
        t = time.thread_time()
    return mine, out, spent


def run_dask(paths: list[str], published: str | None, sink: Any, *, scheduler: str,
             report: Callable[[str], None], stages: Stages, limits: Limits = DEFAULT_LIMITS) -> Tally:
    """As `run`, with one task per input file on the Dask cluster at `scheduler` (an address,
    or a `distributed.Client`); this process alone writes the store and the table."""
    from pathlib import Path

    from distributed import Client

    from tracker import ingest
    from tracker.store import extractor_fingerprint

    own_client = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout=30) if own_client else scheduler
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    extractor = extractor_fingerprint()
    tally = Tally()
    batches = _Batches(sink, stages, report)
    window = 4 * max(1, sum(client.nthreads().values()))
    queue: deque[tuple[str, Any]] = deque()

    def collect(given: str, future: Any) -> None:
        theirs, entries, spent = future.result()
        for stage, seconds in spent.items():  # the workers' CPU
            stages.count(stage, seconds)
        if theirs != extractor:
            raise ClusterError(f"{given}: the Dask worker runs other extractor code "
                               f"({theirs}, here {extractor}): install the same tracker there")
        for entry in entries:
            if entry[0] == "error":
                tally.failed += 1
                report(entry[1])
                continue
            article_id = entry[1] if entry[0] == "same" else entry[1].article_id
            if article_id in tally.ids:
                tally.failed += 1
                path = given if entry[0] == "same" else (entry[1].path or article_id)
                report(f"{path}: article id {article_id!r} is used twice; the later one is skipped")
                continue
            if entry[0] == "same":
                tally.ids[article_id] = None
                continue
            article, rows = entry[1], entry[2]
            if isinstance(rows, str):
                tally.failed += 1
                report(f"{_located(article)}: extraction failed ({rows})")
                continue
            tally.ids[article_id] = None
            tally.extracted += 1
            batches.add(article, rows)

    def files() -> Iterator[list[str]]:  # the input files, READ_BATCH at a time
        group: list[str] = []
        for file in ingest.iter_files(paths):
            if isinstance(file, IngestError):
                tally.failed += 1
                report(str(file))
                continue
            group.append(str(file))
            if len(group) >= READ_BATCH:
                yield group
                group = []
        if group:
            yield group

    try:
        t = stages.now()
        for group in files():
            known = sink.known_in(group)  # one query for the group
            t = stages.add("store", t)
            for file in group:
                try:
                    where = Path(file).resolve()
                except (OSError, RuntimeError):  # a link loop: the task reads it and says so
                    where = Path(file).absolute()
                future = client.submit(_file_task, str(where), file, published,
                                       known[file], extractor, limits, pure=False)
                queue.append((file, future))
                while len(queue) > window:
                    collect(*queue.popleft())
            t = stages.now()
        while queue:
            collect(*queue.popleft())
        batches.flush()
    finally:
        for _, future in queue:
            future.cancel()
        if own_client:
            client.close()
    return tally

