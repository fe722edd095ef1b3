"""Kill the ingest process (SIGKILL) at random moments, again and again: the database always
opens, never holds part of an article, and finishing the run gives exactly the tables of a run
that was never interrupted.

The child processes are forked from this one after the pipeline is loaded, so each run takes a
second or two instead of reloading the model; each child runs the real `newsgraph ingest`. This
process never opens DuckDB itself (a fork inherits DuckDB's worker threads' locks and can hang):
the database is read in forked children too.
"""
import json
import os
import pickle
import random
import select
import signal
import time

import duckdb
import pytest

from newsgraph.cli import app
from newsgraph.store import TABLES, Store

KILLS, CHAIN = 24, 6  # 24 kills, at most 6 in a row on one database
PER_ARTICLE = ("article_actors", "mentions", "quotes", "sources", "dates", "events")
TEXTS = ["« Nous partirons le {i} mai », a déclaré le ministre Jean Dupont{i}. Selon l'AFP, la Russie et la Chine "
         "ont signé un accord à Pékin. Vladimir Poutine a rencontré Kim Jong-un à Vostotchny.",
         "Le président Emmanuel Macron{i} estime que l'Union européenne doit agir, selon Reuters. « C'est le "
         "moment », a-t-il ajouté mardi {i} à Bruxelles, où il a rencontré Olaf Scholz."]


def _read_tables(db: str) -> dict[str, list[tuple]]:
    with Store(db):  # it opens, replaying its log
        pass
    con = duckdb.connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT * {'EXCLUDE (ingested_at)' if t == 'articles' else ''} FROM {t} "
                               "ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


def tables(db: str) -> dict[str, list[tuple]]:
    """Every table of `db`, read in a forked child (see the module's docstring)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            with os.fdopen(write, "wb") as out:
                pickle.dump(_read_tables(db), out)
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        data = source.read()
    assert os.waitpid(pid, 0)[1] == 0, f"cannot open {db}"
    return pickle.loads(data)


def by_article(rows: dict[str, list[tuple]]) -> dict[str, dict[str, list[tuple]]]:
    out: dict[str, dict[str, list[tuple]]] = {}
    for row in rows["articles"]:
        out.setdefault(row[0], {})["articles"] = [row]
    for table in PER_ARTICLE:
        for row in rows[table]:
            out.setdefault(row[0], {}).setdefault(table, []).append(row)
    return out


def ingest_in_child(path: str, db: str, workers: int = 1, progress: int | None = None) -> int:
    """Fork a real `newsgraph ingest`; with `progress` (a pipe's write end) the child writes one
    byte there each time a batch of articles is committed, so a kill can be aimed mid-run."""
    pid = os.fork()
    if pid == 0:  # the child: a real `newsgraph ingest`, then out without running the parent's cleanup
        code = 1
        try:
            if progress is not None:
                add = Store.add_articles

                def add_and_report(self, articles):
                    added = add(self, articles)
                    if added:
                        os.write(progress, b".")
                    return added
                Store.add_articles = add_and_report
            app(["ingest", path, "--db", db, "--batch-size", "2", "--quiet", "--workers", str(workers)],
                standalone_mode=False)
            code = 0
        finally:
            os._exit(code)
    return pid


@pytest.mark.slow
def test_sigkill_at_random_moments_never_leaves_a_partial_article(tmp_path):
    from newsgraph.nlp.pipeline import load_pipeline
    load_pipeline("fr", ())  # loaded once here (the key process() uses), shared by every forked child
    list(load_pipeline("fr", ()).pipe(["Le ministre a parlé à Paris."]))  # and the gazetteer and lexicons
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"k{i:02d}", "text": TEXTS[i % 2].format(i=i),
                                          "published": f"2024-03-{i + 1:02d}"}, ensure_ascii=False)
                              for i in range(12)) + "\n", encoding="utf-8")
    reference_db = str(tmp_path / "reference.duckdb")
    started = time.monotonic()
    pid = ingest_in_child(str(path), reference_db)
    assert os.waitpid(pid, 0)[1] == 0
    full_run = time.monotonic() - started
    reference = tables(reference_db)
    assert len(reference["articles"]) == 12 and reference["quotes"] and reference["events"]
    expected = by_article(reference)

    pid = ingest_in_child(str(path), reference_db)  # a run with nothing left to do: the fixed cost
    started = time.monotonic()
    assert os.waitpid(pid, 0)[1] == 0
    fixed = time.monotonic() - started

    # runs are killed again and again on one database, each at a random moment of what is left
    # to do; once a database is whole (or after CHAIN kills) a last run must give the reference
    rng = random.Random(20261125)
    moments = []  # articles stored when each kill landed
    databases, stored, chain = 0, 0, 0
    for kill in range(KILLS):
        db = str(tmp_path / f"killed-{databases}.duckdb")
        if kill % 2 and stored <= 12 - 4:
            # every other kill is aimed: after one to all-but-one of the batches left are committed
            # (two articles each), within half the next batch's time; timing alone often lands the
            # kill before the first commit or after the last on a loaded machine
            read, write = os.pipe()
            pid = ingest_in_child(str(path), db, progress=write)
            os.close(write)
            for _ in range(rng.randint(1, (12 - stored) // 2 - 1)):
                assert select.select([read], [], [], 120)[0] and os.read(read, 1), "no batch was committed"
            time.sleep(rng.uniform(0, max(full_run - fixed, 0) / 12))  # within half a batch's work
        else:
            read = None
            pid = ingest_in_child(str(path), db)
            time.sleep(rng.uniform(0, fixed + full_run * (12 - stored) / 12))
        os.kill(pid, signal.SIGKILL)
        if read is not None:
            os.close(read)  # only now: a child writing to a closed pipe would fail, not be killed
        os.waitpid(pid, 0)
        found = tables(db) if os.path.exists(db) else {t: [] for t in TABLES}  # it opens after every kill
        for article_id, rows in by_article(found).items():
            assert rows == expected[article_id], f"kill {kill}: article {article_id} is stored in part"
        assert {row[1] for row in found["article_actors"]} <= {row[0] for row in found["actors"]}
        stored, chain = len(found["articles"]), chain + 1
        moments.append(stored)
        if stored == 12 or chain == CHAIN or kill == KILLS - 1:
            pid = ingest_in_child(str(path), db)  # the re-run finishes the job
            assert os.waitpid(pid, 0)[1] == 0
            assert tables(db) == reference, f"kill {kill}: the re-run does not give the uninterrupted tables"
            databases, stored, chain = databases + 1, 0, 0
    # the kills did land in the middle of runs, not only before or after them
    assert sum(0 < n < 12 for n in moments) >= KILLS // 4, moments


# ---------------------------------------------------------------- with worker processes

WORKER_KILLS = 6  # every kill costs a run that loads the model in two workers
LOADED_KB = 300_000  # a worker's resident memory once it holds the model (about 500 MB)


def workers_of(pid: int) -> list[int]:
    """The analysis workers (spawned children) of a process."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                command = handle.read()
        except (OSError, ValueError, IndexError):
            continue
        if parent == pid and b"spawn_main" in command:
            found.append(int(entry))
    return found


def resident_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
    except OSError:
        return 0


def wait_for_loaded_workers(pid: int, timeout: float = 600) -> list[int]:
    """Wait until both workers of the ingest `pid` hold the model (or the run ended)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG)[0]:
            raise AssertionError("the run ended before its workers loaded the model")
        workers = workers_of(pid)
        if len(workers) == 2 and all(resident_kb(w) > LOADED_KB for w in workers):
            return workers
        time.sleep(0.2)
    raise AssertionError("the workers did not load the model in time")


def wal_size(db: str) -> int:
    try:
        return os.path.getsize(db + ".wal")
    except OSError:
        return 0


def wait_for_a_store(pid: int, db: str, timeout: float = 600) -> None:
    """Wait until the ingest `pid` commits a batch: its database's write-ahead log grows (each
    commit appends to it; opening the database wrote the schema there already)."""
    opened = wal_size(db)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if wal_size(db) > opened:
            return
        if os.waitpid(pid, os.WNOHANG)[0]:
            raise AssertionError("the run ended before it stored anything")
        time.sleep(0.05)
    raise AssertionError("the run stored nothing in time")


def gone(pids: list[int], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(os.path.exists(f"/proc/{p}") and not _zombie(p) for p in pids):
            return True
        time.sleep(0.2)
    return False


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finds the workers through /proc")
def test_sigkill_of_the_parent_or_a_worker_with_two_workers(tmp_path):
    """`ingest --workers 2`: kill the parent (its workers must go too) or one worker (the run
    goes on without losing more than that worker's article) at random moments of the analysis;
    the database opens, holds no part of an article, and a re-run gives the uninterrupted tables."""
    from newsgraph.nlp.pipeline import load_pipeline
    load_pipeline("fr", ())  # the single-process runs (reference, re-runs) are forked from here
    list(load_pipeline("fr", ()).pipe(["Le ministre a parlé à Paris."]))
    n = 24
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"w{i:02d}", "text": TEXTS[i % 2].format(i=i),
                                          "published": f"2024-04-{i % 28 + 1:02d}"}, ensure_ascii=False)
                              for i in range(n)) + "\n", encoding="utf-8")
    reference_db = str(tmp_path / "reference.duckdb")
    pid = ingest_in_child(str(path), reference_db)
    assert os.waitpid(pid, 0)[1] == 0
    reference = tables(reference_db)
    expected = by_article(reference)

    # an uninterrupted run with workers: the same tables, how long its analysis takes, and how
    # long it stores batches (a parent killed before its first commit would prove little)
    db = str(tmp_path / "workers.duckdb")
    pid = ingest_in_child(str(path), db, workers=2)
    wait_for_loaded_workers(pid)
    loaded = time.monotonic()
    wait_for_a_store(pid, db)
    first_store = time.monotonic()
    assert os.waitpid(pid, 0)[1] == 0
    analysis, storing = time.monotonic() - loaded, time.monotonic() - first_store
    assert tables(db) == reference

    rng = random.Random(20261130)
    moments = []
    for kill in range(WORKER_KILLS):
        db = str(tmp_path / f"killed-{kill}.duckdb")
        pid = ingest_in_child(str(path), db, workers=2)
        workers = wait_for_loaded_workers(pid)
        if kill % 2 == 0:  # the parent, while it stores: its workers must not outlive it
            wait_for_a_store(pid, db)
            time.sleep(rng.uniform(0, storing))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            assert gone(workers, 120), f"kill {kill}: workers {workers} outlived their killed parent"
        else:  # a worker, at any moment of the analysis: the run goes on and ends by itself
            time.sleep(rng.uniform(0, analysis))
            victim = rng.choice(workers)
            try:
                os.kill(victim, signal.SIGKILL)
            except ProcessLookupError:  # the run ended first (its workers with it): nothing to lose
                pass
            status = os.waitpid(pid, 0)[1]
            assert os.WIFEXITED(status), f"kill {kill}: the run did not end by itself after losing a worker"
        found = tables(db) if os.path.exists(db) else {t: [] for t in TABLES}
        for article_id, rows in by_article(found).items():
            assert rows == expected[article_id], f"kill {kill}: article {article_id} is stored in part"
        assert {row[1] for row in found["article_actors"]} <= {row[0] for row in found["actors"]}
        moments.append(len(found["articles"]))
        if kill % 2:  # a lost worker costs at most the one article it held on its own
            assert len(found["articles"]) >= n - 1, f"kill {kill}: {n - len(found['articles'])} articles lost"
        pid = ingest_in_child(str(path), db)  # the re-run finishes the job
        assert os.waitpid(pid, 0)[1] == 0
        assert tables(db) == reference, f"kill {kill}: the re-run does not give the uninterrupted tables"
    # the parent's kills did land while articles were being stored, not only before or after
    assert any(0 < m < n for m in moments[::2]), moments
