"""Ingest with worker processes: the same tables as one process, fault isolation per article
(a failing, a looping and a dying article cost only themselves), and input streamed with a
bounded read-ahead, with one process and with two."""
import json
import os
import signal

import duckdb
import pytest

from newsgraph.errors import AnalysisError, UsageError
from newsgraph.ingest.text import make_article
from newsgraph.ingestion import ingest_paths
from newsgraph.process import process
from newsgraph.store import TABLES, Store
from newsgraph.workers import check_workers

TEXT = ("« Nous partirons le {i} mai », a déclaré le ministre Jean Dupont{i} à Paris. Selon l'AFP, la Russie "
        "et la Chine ont signé un accord à Pékin mardi.")


def sabotage() -> None:
    """Run in each worker (worker_setup): the events component recurses without end on BOOM,
    kills its own process on DIE and never returns on LOOP."""
    from newsgraph.nlp.events import component as events_module
    real = events_module.find_events

    def find_events(doc, *args, **kwargs):
        if "BOOM" in doc.text:
            return find_events(doc)
        if "DIE" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "LOOP" in doc.text:
            while True:
                pass
        return real(doc, *args, **kwargs)
    events_module.find_events = find_events


def lines(n: int, marks: dict[int, str] | None = None) -> list[str]:
    marks = marks or {}
    return [json.dumps({"id": f"a{i}", "text": (marks[i] + " " if i in marks else "") + TEXT.format(i=i),
                        "published": "2024-05-02"}, ensure_ascii=False) for i in range(n)]


def tables(db: str) -> dict[str, list[tuple]]:
    """Every table, but the articles' origin (which names the input file and line)."""
    con = duckdb.connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT * {'EXCLUDE (ingested_at, origin)' if t == 'articles' else ''} FROM {t} "
                               "ORDER BY ALL").fetchall() for t in TABLES}
    finally:
        con.close()


@pytest.mark.slow
def test_two_workers_store_what_one_process_stores_and_isolate_failures(tmp_path):
    bad = {2: "BOOM", 5: "DIE", 7: "LOOP"}
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines(11, bad)) + "\n", encoding="utf-8")
    errors = []
    with Store(str(tmp_path / "workers.duckdb")) as store:
        report = ingest_paths([str(path)], store, batch_size=4, workers=2, worker_setup=sabotage,
                              time_budget=3, on_error=errors.append)
    good = {f"a{i}" for i in range(11) if i not in bad}
    assert (report.read, report.added, report.skipped) == (11, 8, 3)
    assert all(isinstance(e, AnalysisError) for e in errors)
    by_id = {e.article_id: e for e in errors}
    assert by_id["a2"].code == "E071" and "RecursionError" in str(by_id["a2"])
    assert by_id["a5"].code == "E075" and "worker process analysing it died (killed by SIGKILL)" in str(by_id["a5"])
    assert by_id["a7"].code == "E072"
    # the good articles are stored exactly as one process without sabotage stores them
    clean = tmp_path / "clean.jsonl"
    clean.write_text("\n".join(line for i, line in enumerate(lines(11)) if i not in bad) + "\n", encoding="utf-8")
    with Store(str(tmp_path / "one.duckdb")) as store:
        ingest_paths([str(clean)], store, batch_size=4)
    assert tables(str(tmp_path / "workers.duckdb")) == tables(str(tmp_path / "one.duckdb"))
    assert {r[0] for r in tables(str(tmp_path / "one.duckdb"))["articles"]} == good


class LazyInput:
    """Standard input that makes its JSON lines on demand and fails the test if the reader runs
    more than `ahead` articles ahead of what is stored, or asks for the whole stream at once."""

    def __init__(self, n: int, ahead: int, done):
        self.lines = iter(line.encode("utf-8") + b"\n" for line in lines(n))
        self.ahead, self.done, self.served, self.rest = ahead, done, 0, b""

    def _next(self) -> bytes:
        if self.served - self.done() > self.ahead:
            raise AssertionError(f"the input was read {self.served - self.done()} articles ahead of the store")
        line = next(self.lines, b"")
        self.served += bool(line)
        return line

    def readline(self, limit: int = -1) -> bytes:
        line, self.rest = (self.rest, b"") if self.rest else (self._next(), b"")
        return line

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            raise AssertionError("the whole input was asked for at once")
        while len(self.rest) < size and (line := self._next()):
            self.rest += line
        part, self.rest = self.rest[:size], self.rest[size:]
        return part


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_streams_its_input_with_a_bounded_read_ahead(tmp_path, workers):
    batch = 3
    finished = {"n": 0}

    def on_progress(report):
        finished["n"] = report.added + report.skipped + report.already
    # at most workers + 1 batches out for analysis, one more being read, and the 2 KB read to
    # sniff the input's kind
    sniffed = 2048 // min(len(line) for line in lines(30)) + 1
    stdin = LazyInput(30, ahead=(workers + 2) * batch + sniffed, done=lambda: finished["n"])
    with Store(str(tmp_path / "db.duckdb")) as store:
        report = ingest_paths(["-"], store, stdin=stdin, batch_size=batch, workers=workers,
                              on_progress=on_progress)
        assert report.added == 30 and store.counts()["articles"] == 30


def test_process_pulls_one_batch_at_a_time():
    pulled = {"n": 0}
    yielded = []

    def articles():
        for i in range(12):
            if pulled["n"] - len(yielded) >= 4:
                raise AssertionError("process() read more than a batch ahead")
            pulled["n"] += 1
            yield make_article(TEXT.format(i=i), f"<{i}>", id=f"p{i}", published="2024-05-02")
    for record in process(articles(), batch_size=4):
        yielded.append(record)
    assert [r.id for r in yielded] == [f"p{i}" for i in range(12)]


def test_workers_must_be_a_whole_number_of_at_least_one():
    assert check_workers(3) == 3
    for bad in (0, -1, 1.5, "2", True, 10_000):
        with pytest.raises(UsageError, match="--workers must be a whole number"):
            check_workers(bad)


def test_the_commands_refuse_a_bad_worker_count_before_any_work(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    text = tmp_path / "a.txt"
    text.write_text(TEXT.format(i=1), encoding="utf-8")
    db = tmp_path / "db.duckdb"
    for command in (["analyze", str(text)], ["ingest", str(text), "--db", str(db)], ["reanalyze", "--db", str(db)]):
        result = CliRunner().invoke(app, command + ["--workers", "0"])
        assert result.exit_code == 2, (command, result.output)
        assert "--workers must be a whole number from 1 to" in result.output, command
        assert "Traceback" not in result.output
    assert not db.exists()  # refused before the database was opened (or created)
