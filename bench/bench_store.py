"""Speed of DuckDB writes: analyzed corpus records into a fresh store, rows per second.

Run: `.venv/bin/python bench/bench_store.py` (analyzes the bundled corpus first, then times the writes).
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from newsgraph.ingest import read_paths
from newsgraph.model import Article
from newsgraph.process import process
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    records = list(process(a for a in read_paths([str(ROOT / "corpus")]) if isinstance(a, Article)))
    with tempfile.TemporaryDirectory() as folder:
        with Store(str(Path(folder) / "bench.duckdb")) as store:
            start = time.perf_counter()
            for i in range(0, len(records), 32):  # the batch size of `newsgraph ingest`
                store.add_articles(records[i:i + 32])
            elapsed = time.perf_counter() - start
            rows = sum(store.counts().values())
            again = time.perf_counter()
            store.add_articles(records)  # idempotent: nothing new
            skipped = time.perf_counter() - again
    print(f"{len(records)} articles, {rows} rows written in {elapsed:.2f} s: {rows / elapsed:.0f} rows/s, "
          f"{len(records) / elapsed:.0f} articles/s; re-adding them all: {skipped:.3f} s")


if __name__ == "__main__":
    main()
