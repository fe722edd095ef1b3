"""One bad article never takes a run down: failures, time budgets, limits and windows."""
import importlib
import json
import subprocess
import sys
import threading
import time

import pytest

import newsgraph
from newsgraph.errors import AnalysisError, InputError, UsageError
from newsgraph.ingest.text import make_article
from newsgraph.ingestion import ingest_paths
from newsgraph.nlp.events import component as events_module
from newsgraph.process import failure_of, process
from newsgraph.store import Store

process_module = importlib.import_module("newsgraph.process")  # newsgraph.process is the function

GOOD = "« Nous partirons demain », a déclaré le ministre Jean Dupont{i} à Paris."


def articles(n, bad=()):
    return [make_article(("BOOM " if i in bad else "") + GOOD.format(i=i), f"batch.jsonl:{i + 1}", id=f"a{i}",
                         published="2024-01-05") for i in range(n)]


@pytest.fixture()
def exploding_events(monkeypatch):
    """The events component recurses without end on any text holding BOOM (like frwikinews-014 did)."""
    real = events_module.find_events

    def find_events(doc, *args, **kwargs):
        if "BOOM" in doc.text:
            return find_events(doc)
        return real(doc, *args, **kwargs)
    monkeypatch.setattr(events_module, "find_events", find_events)


def test_a_failing_article_is_reported_and_the_others_kept(exploding_events):
    errors = []
    out = list(process(articles(5, bad={2}), batch_size=5, on_error=errors.append))
    assert [a.id for a in out] == ["a0", "a1", "a3", "a4"]
    assert all(a.quotes for a in out)
    [error] = errors
    assert isinstance(error, AnalysisError) and error.code == "E071"
    assert str(error).startswith("E071 batch.jsonl:3 a2: analysis failed (RecursionError")
    # without a callback the article comes out, marked, with nothing extracted
    out = list(process(articles(3, bad={1}), batch_size=3))
    assert [a.id for a in out] == ["a0", "a1", "a2"]
    assert failure_of(out[1]).startswith("E071") and out[1].quotes == [] and failure_of(out[0]) is None


def test_ingest_keeps_the_batch_and_exits_non_zero(exploding_events, tmp_path):
    lines = [json.dumps({"id": f"a{i}", "text": ("BOOM " if i == 1 else "") + GOOD.format(i=i)}) for i in range(3)]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = []
    with Store(str(tmp_path / "db.duckdb")) as store:
        report = ingest_paths([str(tmp_path / "batch.jsonl")], store, on_error=errors.append)
        assert store.known_ids(["a0", "a1", "a2"]) == {"a0", "a2"}
    assert report.added == 2 and report.skipped == 1 and report.failed
    assert str(errors[0]).startswith(f"E071 {tmp_path / 'batch.jsonl'}:2 a1: analysis failed")


def test_analyze_raises_a_clear_error_for_its_one_article(exploding_events):
    with pytest.raises(AnalysisError, match="E071 <text> x: analysis failed"):
        newsgraph.analyze("BOOM " + GOOD.format(i=0), id="x")


@pytest.fixture()
def endless_events(monkeypatch):
    real = events_module.find_events

    def find_events(doc, *args, **kwargs):
        if "LOOP" in doc.text:
            while True:
                pass
        if "SLOW" in doc.text:
            time.sleep(1.5)
        return real(doc, *args, **kwargs)
    monkeypatch.setattr(events_module, "find_events", find_events)


def test_time_budget_stops_a_runaway_article(endless_events):
    errors = []
    batch = articles(3) + [make_article("LOOP " + GOOD.format(i=9), "x.txt", id="loop")]
    started = time.monotonic()
    out = list(process(batch, time_budget=2, on_error=errors.append))
    assert time.monotonic() - started < 60
    assert [a.id for a in out] == ["a0", "a1", "a2"]
    assert [e.code for e in errors] == ["E072"] and "x.txt loop: analysis ran over its time budget of 2 s" in str(errors[0])


def test_time_budget_outside_the_main_thread_is_checked_between_components(endless_events):
    """No timer signal in a worker thread (a server): the budget stops the article after the slow component."""
    result = {}

    def work():
        errors = []
        out = list(process([make_article("SLOW " + GOOD.format(i=1), "y.txt", id="slow")] + articles(1),
                           time_budget=0.5, on_error=errors.append))
        result.update(ids=[a.id for a in out], codes=[e.code for e in errors])
    thread = threading.Thread(target=work)
    thread.start()
    thread.join(300)
    assert result == {"ids": ["a0"], "codes": ["E072"]}


def test_text_over_the_analysis_limit_is_refused_and_its_neighbours_kept():
    huge = make_article("Le ministre a parlé. " * 50_000, "big.jsonl:2", id="huge")  # 1,050,000 characters
    errors = []
    out = list(process(articles(1) + [huge] + articles(2)[1:], on_error=errors.append))
    assert [a.id for a in out] == ["a0", "a1"]
    assert errors[0].code == "E073" and "over the limit of 1,000,000" in str(errors[0])


def test_long_text_is_analysed_in_windows_with_exact_offsets(monkeypatch):
    monkeypatch.setattr(process_module, "WINDOW_CHARS", 1000)
    paragraphs = [f"« Nous partirons le {i} mai », a déclaré le ministre Jean Dupont. Selon l'AFP, la Russie et la "
                  f"Chine ont signé un accord à Pékin le {i} mai 2023." for i in range(1, 29)]
    text = "\n\n".join(paragraphs)
    assert len(text) > 4 * 1000
    article = newsgraph.analyze(text, published="2023-06-01")
    assert any(w.startswith("W004") for w in article.warnings)
    direct = [q for q in article.quotes if q.type == "direct"]
    assert len(direct) == len(paragraphs)  # one per paragraph, in every window
    assert max(q.start for q in direct) > 3 * 1000
    assert all(article.text[q.speaker.start:q.speaker.end].endswith("Jean Dupont") for q in direct)
    for quote in article.quotes:
        assert article.text[quote.start:quote.end] == quote.text
        assert article.text[quote.cue.start:quote.cue.end] == quote.cue.text
    for source in article.sources:
        assert article.text[source.start:source.end].endswith("AFP")
    for ref in article.dates:
        assert article.text[ref.start:ref.end] == ref.text
    for event in article.events:
        assert article.text[event.start:event.end] == event.text
    dupont = next(a for a in article.actors if a.id == "person:jean-dupont")
    assert len(dupont.mentions) == len(paragraphs)  # one actor, its mentions from every window
    assert all(article.text[s:e] == "Jean Dupont" for s, e in dupont.mentions)


def test_api_arguments_of_the_wrong_kind_are_clear_errors():
    with pytest.raises(UsageError, match="E040 analyze.. takes the article's text as a string, got NoneType"):
        newsgraph.analyze(None)
    with pytest.raises(UsageError, match="process.. takes Article records, got str"):
        list(newsgraph.process(["text"]))
    with pytest.raises(UsageError, match="iterable of Article"):
        list(newsgraph.process("text"))
    with pytest.raises(UsageError, match="published must be a string"):
        newsgraph.analyze("Un texte.", published=20230912)
    with pytest.raises(InputError, match="E013"):
        newsgraph.analyze(" \n\u200b ")
    with pytest.raises(UsageError, match="batch size"):
        list(newsgraph.process(articles(1), batch_size=0))


def test_import_is_cheap():
    """`import newsgraph` loads neither spaCy, nor the language detector, nor DuckDB, nor trafilatura."""
    code = ("import sys, newsgraph; heavy = [m for m in ('spacy', 'py3langid', 'duckdb', 'trafilatura', 'thinc', "
            "'numpy') if m in sys.modules]; print(heavy)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
