"""Speed of the pipeline on the bundled corpus: spaCy alone versus spaCy + newsgraph components.

Prints words per second for `nlp.pipe` with the model's own components only, then with the
full newsgraph pipeline, in one run on the same texts, and the ratio. Run: `make bench`.
"""
from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from newsgraph.ingest import read_paths
from newsgraph.model import Article
from newsgraph.nlp.pipeline import COMPONENTS, load_pipeline

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts(repeat: int) -> list[tuple[str, str | None]]:
    articles = [a for a in read_paths([str(ROOT / "corpus")]) if isinstance(a, Article)]
    return [(a.text, a.published) for a in articles] * repeat


def make_docs(nlp, texts):
    docs = []
    for text, published in texts:
        doc = nlp.make_doc(text)
        doc._.published = published
        docs.append(doc)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2, help="times the corpus is processed (default 2)")
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    nlp = load_pipeline("fr")
    texts = corpus_texts(args.repeat)
    words = sum(len(nlp.tokenizer(t)) for t, _ in texts)
    list(nlp.pipe(make_docs(nlp, texts[:8])))  # warm-up: first calls load lexicons and gazetteer
    # spaCy's own components, then each newsgraph component on the same parsed Docs, timed apart
    docs = make_docs(nlp, texts)
    start = time.perf_counter()
    with nlp.select_pipes(disable=list(COMPONENTS)):
        docs = list(nlp.pipe(docs, batch_size=args.batch_size))
    spacy_only = time.perf_counter() - start
    components = {}
    for name in COMPONENTS:
        component = nlp.get_pipe(name)
        start = time.perf_counter()
        docs = [component(doc) for doc in docs]
        components[name] = time.perf_counter() - start
    full = spacy_only + sum(components.values())
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(texts)} articles, {words} tokens, batch {args.batch_size}, one process")
    print(f"nlp.pipe alone (fr_core_news_md + sentence presets): {words / spacy_only:7.0f} words/s ({spacy_only:.2f} s)")
    print(f"with quotes, speakers, sources, actors, dates, events: {words / full:7.0f} words/s ({full:.2f} s)")
    print(f"components add {100 * (full - spacy_only) / spacy_only:.1f}% to the parse "
          f"(ratio {full / spacy_only:.3f})")
    for name, seconds in components.items():
        print(f"  {name:20s} {seconds:6.3f} s  {words / max(seconds, 1e-9):10.0f} words/s")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
