"""SIGKILL under Spark: a Python worker killed in the middle of its task fails that task only;
Spark runs it again (`local[N,F]` allows F attempts, as `spark.task.maxFailures` does on a
cluster) and the job's tables equal those of a run that was never interrupted.

The job runs as `newsgraph spark` in its own process (its own JVM, with the retries that the
module-wide session of test_spark.py does not allow); this process kills one of the job's forked
Python workers once it holds a model, so it dies while analysing.
"""
import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from newsgraph.store import TABLES, Store

from conftest import ROOT
from test_spark import spark_missing

pytestmark = pytest.mark.slow

FILES = 6  # one unit of work each
LOADED_KB = 250_000  # a worker that holds the French model is past this size: it is analysing


def _proc(pid: int) -> tuple[int, str, int] | None:
    """(parent pid, command line, resident kB) of a live process, None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            parent = int(stat.read().rsplit(")", 1)[1].split()[1])
        with open(f"/proc/{pid}/cmdline", "rb") as cmd:
            line = cmd.read().replace(b"\0", b" ").decode(errors="replace")
        with open(f"/proc/{pid}/status") as status:
            rss = next((int(row.split()[1]) for row in status if row.startswith("VmRSS:")), 0)
    except (OSError, ValueError, IndexError):
        return None
    return parent, line, rss


def _busy_worker(root: int) -> int | None:
    """A forked PySpark worker below `root` that has loaded a model (not the daemon that forks them)."""
    table = {pid: info for pid in map(int, filter(str.isdigit, os.listdir("/proc"))) if (info := _proc(pid))}

    def below_root(pid: int) -> bool:
        while pid in table and pid > 1:
            if pid == root:
                return True
            pid = table[pid][0]
        return False

    for pid, (parent, line, rss) in table.items():
        forked = parent in table and "pyspark.daemon" in table[parent][1]
        if "pyspark.daemon" in line and forked and rss > LOADED_KB and below_root(pid):
            return pid
    return None


def _tables(db_or_out: str, parquet: bool) -> dict[str, list[tuple]]:
    con = duckdb.connect()
    found = {}
    for table in TABLES:
        source = f"read_parquet('{db_or_out}/{table}/*.parquet')" if parquet else f"db.{table}"
        if not parquet and table == TABLES[0]:
            con.execute(f"ATTACH '{db_or_out}' AS db (READ_ONLY)")
        found[table] = con.execute(f"SELECT * EXCLUDE (ingested_at) FROM {source} ORDER BY ALL" if table == "articles"
                                   else f"SELECT * FROM {source} ORDER BY ALL").fetchall()
    return found


@pytest.mark.parametrize("attempts", [4, 1])
def test_a_worker_killed_mid_task_is_retried_and_nothing_is_lost(tmp_path, attempts):
    """With 4 attempts per task nothing is lost; with 1 the job stops with a clear error and
    writes no table (a partial output would pass for a complete one)."""
    missing = spark_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing)
        pytest.skip(missing)
    from newsgraph.ingest import read_paths
    from newsgraph.process import process

    inputs = tmp_path / "in"
    inputs.mkdir()
    for page in sorted((ROOT / "corpus" / "wikinews-fr-2012").glob("*.html"))[:FILES]:
        shutil.copy(page, inputs / page.name)
    out = tmp_path / "out"
    command = [sys.executable, "-c", "from newsgraph.cli import app; app()", "spark", "--input", str(inputs),
               "--output", str(out), "--master", f"local[2,{attempts}]"]
    job = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    deadline = time.monotonic() + 900
    while job.poll() is None and killed is None and time.monotonic() < deadline:
        worker = _busy_worker(job.pid)
        if worker:
            os.kill(worker, signal.SIGKILL)
            killed = worker
        time.sleep(0.2)
    stdout, stderr = job.communicate(timeout=900)
    assert killed, f"no analysing worker was seen before the job ended: {stdout} {stderr[-2000:]}"
    if attempts == 1:
        assert job.returncode == 2, stderr[-3000:]
        assert "the Spark job failed: Job aborted" in stderr and "local[CORES,ATTEMPTS]" in stderr, stderr[-1500:]
        assert not out.exists() or not any(out.iterdir())
        return
    assert job.returncode == 0, stderr[-3000:]
    assert f"wrote {FILES} article(s)" in stdout

    db = str(tmp_path / "single.duckdb")
    with Store(db) as store:  # the uninterrupted run: one process, the same files
        store.add_articles(process(a for a in read_paths([str(inputs)]) if not isinstance(a, Exception)))
    expected, written = _tables(db, parquet=False), _tables(str(out), parquet=True)
    assert sum(map(len, expected.values())) > FILES * 10
    for table in TABLES:
        assert written[table] == expected[table], table
