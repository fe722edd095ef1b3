"""Where the time of one process goes: every step of an ingest, timed apart on the same texts.

    .venv/bin/python bench/bench_pipeline.py             # what `make bench` runs second
    .venv/bin/python bench/bench_pipeline.py --lang en   # the English texts bench_speed.py measures

On the bundled corpus's unique articles, in this one process: start-up (building the pipeline,
then the first article, which loads the gazetteer and the language detector), then each step
of `process()` and of the store over all the articles, one step after the other: the language
check (`prepare`), the tokenizer, each of the model's components (batched as process() runs
them), each newsgraph component and the extraction (article by article), the DuckDB
writes (batches of 32, as `newsgraph ingest` writes them), and the cross-article index an
ingest updates once its records are stored (near-duplicate signatures and links, quote
clusters). Prints each step's seconds, its CPU seconds, its share of the total and its own
words/s; the index library's import (datasketch, which imports scipy) is start-up, printed apart. Steps run over all the texts in turn rather than article by
article, so the figures add up to a little less than an ingest's (no time budget, no batching
of the input); the shares are what it is for. Words are whitespace-separated words.
"""
from __future__ import annotations

import argparse
import copy
import importlib
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # its sibling bench_speed.py, also when loaded by path
import bench_speed  # noqa: E402
STORE_BATCH = 32  # what `newsgraph ingest` stores per transaction


def unique_articles(lang: str, limit: int | None = None) -> list:
    """The texts bench_speed.py measures for the language: the corpus's unique articles in it
    (and, for English, the PolNeAR texts of ../shared), their language declared."""
    before = os.environ.get("BENCH_LANG")
    os.environ["BENCH_LANG"] = lang  # what bench_speed reads the language from
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "texts.jsonl")
            bench_speed.write_corpus(Path(path), limit=limit)
            return bench_speed.read_corpus(path)
    finally:
        if before is None:
            del os.environ["BENCH_LANG"]
        else:
            os.environ["BENCH_LANG"] = before


class Clock:
    """Seconds and CPU seconds per step, in the order the steps ran."""

    def __init__(self):
        self.steps: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    def time(self, name: str, work):
        start, cpu = time.perf_counter(), time.process_time()
        result = work()
        self.steps[name] = self.steps.get(name, 0.0) + time.perf_counter() - start
        self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - cpu
        return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (a quick check)")
    parser.add_argument("--lang", default="fr", help="the language measured (fr, en)")
    args = parser.parse_args(argv)
    from newsgraph.extract import fill_article
    from newsgraph.ingest.text import make_article
    from newsgraph.nlp.pipeline import COMPONENTS, load_pipeline
    from newsgraph.process import BATCH_SIZE, prepare, process
    from newsgraph.store import Store

    started = time.perf_counter()
    nlp = load_pipeline(args.lang)
    built = time.perf_counter() - started
    first = time.perf_counter()
    list(process([make_article(bench_speed.WARM_TEXTS[args.lang] * 3, "<warm-up>", id="warm-up", published="2024-05-02",
                               lang=args.lang)]))
    first = time.perf_counter() - first
    imported = time.perf_counter()
    importlib.import_module("datasketch")  # what an ingest's index loads once
    imported = time.perf_counter() - imported
    articles = unique_articles(args.lang, args.limit)
    words = sum(len(a.text.split()) for a in articles)
    rules = COMPONENTS  # the rule components, run article by article (the model's run batched)

    clock = Clock()
    articles = [copy.deepcopy(a) for a in articles]
    kept = clock.time("language check, dateline (prepare)", lambda: [a for a in articles if prepare(a)])

    def tokenize():
        docs = []
        for article in kept:
            doc = nlp.make_doc(article.text)
            doc._.published = article.published
            docs.append(doc)
        return docs
    docs = clock.time("tokenizer", tokenize)
    for name, component in nlp.pipeline:
        if name in rules:
            docs = clock.time(name, lambda: [component(doc) for doc in docs])
        elif hasattr(component, "pipe"):
            docs = clock.time(name, lambda: list(component.pipe(docs, batch_size=BATCH_SIZE)))
        else:
            docs = clock.time(name, lambda: [component(doc) for doc in docs])
    clock.time("extract (records)", lambda: [fill_article(a, d) for a, d in zip(kept, docs)])
    with tempfile.TemporaryDirectory() as folder, Store(os.path.join(folder, "bench.duckdb")) as store:
        clock.time("store (DuckDB writes)", lambda: [store.add_articles(kept[i:i + STORE_BATCH])
                                                     for i in range(0, len(kept), STORE_BATCH)])
        from newsgraph.clusters import cluster_quotes
        from newsgraph.dedup import link_duplicates
        clock.time("index: near-duplicates (dedup.py)", lambda: link_duplicates(store))
        clock.time("index: quote clusters (clusters.py)", lambda: cluster_quotes(store))
        rows = sum(store.counts().values())
        again = time.perf_counter()
        store.add_articles(kept)  # idempotent: nothing new
        again = time.perf_counter() - again

    total = sum(clock.steps.values())
    model = sum(s for n, s in clock.steps.items() if n in nlp.pipe_names and n not in rules
                and not n.startswith("newsgraph_")) + clock.steps["tokenizer"]
    print(f"{len(kept)} articles, {words:,} words, one process; start-up: pipeline built in {built:.1f} s, "
          f"first article {first:.1f} s (gazetteer, language detector), index library imported in {imported:.1f} s")
    print(f"{'step':38s} {'seconds':>8s} {'cpu s':>7s} {'share':>7s} {'words/s':>10s}")
    for name, seconds in clock.steps.items():
        speed = f"{words / seconds:10.0f}" if seconds >= 0.005 else f"{'-':>10s}"  # too short to mean much
        print(f"{name:38s} {seconds:8.2f} {clock.cpu[name]:7.2f} {100 * seconds / total:6.1f}% {speed}")
    print(f"{'total':38s} {total:8.2f} {sum(clock.cpu.values()):7.2f} {100.0:6.1f}% {words / total:10.0f}")
    print(f"the model's own components and tokenizer: {100 * model / total:.1f}% of the total; "
          f"newsgraph (language check, its components, extract, store, index): {100 * (total - model) / total:.1f}%")
    print(f"store: {rows:,} rows in {clock.steps['store (DuckDB writes)']:.2f} s "
          f"({1000 * clock.steps['store (DuckDB writes)'] / len(kept):.1f} ms an article); "
          f"adding the same articles again (nothing new): {again:.3f} s")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
