"""Analysis in worker processes: `newsgraph ingest --workers N` and `analyze --workers N`.

The caller cuts its articles into tasks (a batch each, with a key of its own); `analysis()`
gives a function that analyses the tasks and yields `(key, outputs)` in the order of the
tasks, one output per article, in order: `("record", Article)` or `("error", AnalysisError)`.
With one worker it runs `process()` in this process. With N it starts N worker processes;
each loads the pipeline once, takes jobs (a few articles of a task at a time, so the workers
finish together), runs `process()` on them and sends back the records, never spaCy Docs. The
caller keeps reading and storing while they work; at most N + 1 tasks are out at once, so
memory does not grow with the input.

Workers are spawned, not forked: the caller may hold an open DuckDB connection, and a fork
copies the locks of DuckDB's threads (and of any other library's) in whatever state they are.

A worker that dies (killed, out of memory, a crash in native code) or that runs far over the
time budget loses at most one article: the job it held is handed out again one article per
job, and an article whose job kills a worker on its own is reported (E075) and skipped while
a new worker takes the place of the dead one.
"""
from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Any

from .errors import AnalysisError, NewsgraphError, UsageError
from .limits import TIME_BUDGET_SECONDS
from .model import Article

JOB_ARTICLES = 8  # articles per job: small enough that N workers end a run together
START_METHOD = "spawn"
# a job whose worker has not answered after this (plus twice the time budget per article) is
# stopped: the budget is checked in Python, and only a hang in native code can outlast it
JOB_GRACE_SECONDS = 300.0
MAX_WORKERS = 256

Output = tuple[str, Any]  # ("record", Article) or ("error", AnalysisError)


def check_workers(workers) -> int:
    if not isinstance(workers, int) or isinstance(workers, bool) or not 1 <= workers <= MAX_WORKERS:
        raise UsageError(f"--workers must be a whole number from 1 to {MAX_WORKERS}, got {workers!r}")
    return workers


@contextmanager
def analysis(workers: int = 1, *, batch_size: int, actor_files: tuple[str, ...] = (),
             time_budget: float | None = None, setup: Callable[[], None] | None = None):
    """A function from tasks `(key, [Article, ...])` to `(key, outputs)`, in order (see the module).

    `setup` is called once in each worker process before it analyses anything (workers are
    spawned: it must be a module-level function)."""
    check_workers(workers)
    settings = dict(batch_size=batch_size, actor_files=tuple(actor_files), time_budget=time_budget)
    if workers == 1:
        yield lambda tasks: ((key, analyse(articles, settings)) for key, articles in tasks)
        return
    pool = WorkerPool(workers, settings, setup)
    try:
        yield pool.map
    finally:
        pool.close()


def analyse(articles: list[Article], settings: dict) -> list[Output]:
    """process() over the articles, one output per article in order."""
    from .process import process
    outputs: list[Output] = []
    for record in process(articles, on_error=lambda error: outputs.append(("error", error)), **settings):
        outputs.append(("record", record))
    return outputs


def _serve(conn, settings: dict, setup) -> None:
    """A worker's life: jobs in, outputs out, until the parent says stop or goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    if setup is not None:
        setup()
    while True:
        try:
            articles = conn.recv()
        except (EOFError, OSError):
            return
        if articles is None:
            return
        try:
            message = ("done", analyse(articles, settings))
        except AnalysisError as error:
            message = ("failed", str(error))
        except NewsgraphError as error:  # the model or a pack cannot be loaded: the run stops
            message = ("fatal", error)
        except Exception as error:  # a bug outside the per-article guards: the job is retried article by article
            message = ("failed", f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}")
        try:
            conn.send(message)
        except (OSError, ValueError):
            return


@dataclass
class _Task:
    key: Any
    outputs: list
    missing: int


@dataclass
class _Job:
    task: int
    offset: int
    articles: list[Article]
    limit: float | None = None  # seconds the worker has to answer
    deadline: float | None = None


@dataclass
class _Worker:
    process: Any
    conn: Any
    job: _Job | None = None


class WorkerPool:
    """N spawned worker processes; `map` hands them the jobs of tasks and yields the tasks' outputs in order."""

    def __init__(self, size: int, settings: dict, setup=None):
        self.size, self.settings, self.setup = size, settings, setup
        self.context = multiprocessing.get_context(START_METHOD)
        self.workers: list[_Worker] = [self._start() for _ in range(size)]

    def _start(self) -> _Worker:
        parent_end, child_end = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child_end, self.settings, self.setup),
                                       name="newsgraph-worker", daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self.workers]

    def close(self) -> None:
        """Stop every worker: a clean exit when idle, killed otherwise (an interrupted run)."""
        for worker in self.workers:
            if worker.job is None:
                try:
                    worker.conn.send(None)
                except (OSError, ValueError):
                    pass
        deadline = time.monotonic() + 5
        for worker in self.workers:
            if worker.job is not None:
                worker.process.kill()
            worker.process.join(max(0.1, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []

    def map(self, tasks: Iterable[tuple[Any, list[Article]]]) -> Iterator[tuple[Any, list[Output]]]:
        tasks = iter(tasks)
        registry: dict[int, _Task] = {}
        order: deque[int] = deque()  # tasks not yet yielded, in input order
        queue: deque[_Job] = deque()  # jobs to hand out; retried articles go first
        more, number = True, 0
        while True:
            while len(self.workers) < self.size:  # the places of dead workers
                self.workers.append(self._start())
            for worker in list(self.workers):
                if worker.job is not None:
                    continue
                while more and not queue and len(order) <= self.size:  # read on only for idle workers
                    try:
                        key, articles = next(tasks)
                    except StopIteration:
                        more = False
                        break
                    articles = list(articles)
                    registry[number] = _Task(key, [None] * len(articles), len(articles))
                    order.append(number)
                    queue.extend(_Job(number, i, articles[i:i + JOB_ARTICLES])
                                 for i in range(0, len(articles), JOB_ARTICLES))
                    number += 1
                if not queue:
                    break
                self._give(worker, queue)
            while order and registry[order[0]].missing == 0:
                task = registry.pop(order.popleft())
                yield task.key, task.outputs
            if not order and not more:
                return
            if any(w.job for w in self.workers):
                self._collect(registry, queue)

    def _give(self, worker: _Worker, queue: deque[_Job]) -> None:
        """Send the next job to an idle worker (one that died idle is replaced, its job kept)."""
        job = queue.popleft()
        budget = self.settings.get("time_budget")
        if budget:
            job.limit = JOB_GRACE_SECONDS + 2 * budget * len(job.articles)
            job.deadline = time.monotonic() + job.limit
        try:
            worker.conn.send(job.articles)
        except (OSError, ValueError):
            queue.appendleft(job)
            self._bury(worker)
            return
        worker.job = job

    def _collect(self, registry: dict[int, _Task], queue: deque[_Job]) -> None:
        """Wait for an answer, a death or a deadline, and deal with what happened."""
        busy = [w for w in self.workers if w.job is not None]
        deadlines = [w.job.deadline for w in busy if w.job.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout))
        for worker in busy:
            job = worker.job
            message, cause = None, None
            if worker.conn in ready or worker.process.sentinel in ready:
                try:
                    message = worker.conn.recv() if worker.conn.poll() else None
                except (EOFError, OSError):
                    message = None
                if message is None:
                    worker.process.join(1)
                    cause = _death(worker.process.exitcode)
            elif job.deadline is not None and time.monotonic() > job.deadline:
                worker.process.kill()
                worker.process.join()
                cause = f"stopped after {job.limit:g} s without an answer"
            else:
                continue
            worker.job = None
            if message is not None and message[0] == "fatal":
                raise message[1]
            if message is not None and message[0] == "done" and len(message[1]) == len(job.articles):
                self._deliver(registry, job, message[1])
                continue
            if cause is None:  # the worker is alive but the job failed outside the per-article guards
                cause = message[1] if message is not None and message[0] == "failed" else "it sent no answer"
                reason = f"analysis failed ({cause}); the article is skipped, the others are kept"
                code = "E071"
            else:
                self._bury(worker)
                reason = f"the worker process analysing it died ({cause}); the article is skipped, the others are kept"
                code = "E075"
            if len(job.articles) > 1:  # which article? each goes again on its own
                queue.extendleft(_Job(job.task, job.offset + i, [a])
                                 for i, a in reversed(list(enumerate(job.articles))))
            else:
                article = job.articles[0]
                self._deliver(registry, job, [("error", AnalysisError(article.origin, article.id, reason, code))])

    def _bury(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)

    @staticmethod
    def _deliver(registry: dict[int, _Task], job: _Job, outputs: list[Output]) -> None:
        task = registry[job.task]
        task.outputs[job.offset:job.offset + len(outputs)] = outputs
        task.missing -= len(outputs)


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


def process_in_workers(articles: Iterable[Article], workers: int, *, batch_size: int | None = None,
                       actor_files: tuple[str, ...] = (), time_budget: float | None = TIME_BUDGET_SECONDS,
                       on_error: Callable[[AnalysisError], None]) -> Iterator[Article]:
    """process() with `workers` processes (one: in this process), with process()'s batch size and
    time budget unless told otherwise: the records in input order, failures to `on_error`."""
    from .process import BATCH_SIZE, batches
    batch_size = batch_size or BATCH_SIZE
    with analysis(workers, batch_size=batch_size, actor_files=actor_files, time_budget=time_budget) as run:
        for _, outputs in run((None, batch) for batch in batches(articles, batch_size)):
            for kind, item in outputs:
                if kind == "record":
                    yield item
                else:
                    on_error(item)
