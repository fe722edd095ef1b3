"""The speed benchmarks run (they print figures; nothing here checks a speed): each kind of run
of bench_speed.py in this process on a few articles, and the component profile."""
import json

import pytest

from conftest import load_bench


def test_speed_bench_runs_spacy_analyze_and_ingest(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_READY_DIR", "")  # run() sets these for its workers: restored after
    monkeypatch.setenv("BENCH_PROCESSES", "")
    bench = load_bench("bench_speed")
    path = tmp_path / "texts.jsonl"
    articles, words = bench.write_corpus(path, repeat=2, limit=3)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert articles == len(lines) == 6
    assert words == sum(len(line["text"].split()) for line in lines)
    # each copy has ids of its own, or ingest would count the second copy as already stored
    assert len({line["id"] for line in lines}) == 6
    for kind in bench.KINDS:
        figures = bench.run(kind, 1, str(path))
        assert figures["failed"] == 0, kind
        assert figures["end"] >= figures["ready"] and figures["main_mb"] > 100, (kind, figures)
        assert figures["cpu"] > 0, (kind, figures)  # CPU seconds after start-up
        figures.update(whole=figures["end"] - figures["ready"] + 1, startup=1, seconds=figures["end"] - figures["ready"])
        assert bench.LABELS[kind] in bench.row(bench.LABELS[kind], 1, figures, articles, words)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_component_profile_times_every_step(capsys, lang):
    from newsgraph.nlp.pipeline import COMPONENTS
    load_bench("bench_pipeline").main(["--limit", "3", "--lang", lang])
    out = capsys.readouterr().out
    steps = {line.split()[0] for line in out.splitlines()[2:]}
    assert {"tokenizer", "tok2vec", "parser", "ner", "lemmatizer", "extract", "store", "index:", "total",
            *COMPONENTS} <= steps
    assert "adding the same articles again" in out


def test_speed_bench_pairs_the_runs_of_each_round():
    bench = load_bench("bench_speed")
    # drift cancels only if the order alternates: spaCy first, then last
    assert bench.round_order(["spacy", "analyze"], 0) == ["spacy", "analyze"]
    assert bench.round_order(["spacy", "analyze"], 1) == ["analyze", "spacy"]
    # invented rounds on a machine slowing down: spaCy 10, 12, 14 s; analyze 11, 12, 16 s
    runs = {("spacy", 1): [dict(seconds=10.0, cpu=9.0), dict(seconds=12.0, cpu=9.5), dict(seconds=14.0, cpu=10.0)],
            ("analyze", 1): [dict(seconds=11.0, cpu=10.0), dict(seconds=12.0, cpu=10.0), dict(seconds=16.0, cpu=12.5)]}
    speed = bench.paired_ratios(runs, "analyze", 1, "seconds")
    assert speed == pytest.approx([10 / 11, 1.0, 14 / 16])
    assert bench.paired_ratios(runs, "ingest", 1, "seconds") == []  # no such run: nothing paired
    assert bench.median_range(speed) == f"{10 / 11:.3f} ({14 / 16:.3f}-1.000)"
    assert bench.median_range(bench.paired_ratios(runs, "analyze", 1, "cpu")) == "0.900 (0.800-0.950)"
    assert bench.median_range([]) == ""


def test_speed_bench_run_leaves_no_ready_folder(tmp_path, monkeypatch):
    import tempfile
    monkeypatch.setenv("BENCH_READY_DIR", "")
    monkeypatch.setenv("BENCH_PROCESSES", "")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # mkdtemp's folder: this test's own
    bench = load_bench("bench_speed")
    path = tmp_path / "texts.jsonl"
    bench.write_corpus(path, limit=1)
    bench.run("spacy", 1, str(path))
    assert not list(tmp_path.glob("bench-ready-*"))
