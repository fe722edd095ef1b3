"""Articles in, records out: the one entry point every caller uses (the CLI, the evaluation, and
the server and Spark jobs to come); the caller stores the records."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import py3langid

from .extract import fill_article
from .ingest.text import make_article
from .model import Article
from .lang import load_pack
from .nlp.dateline import dateline_date
from .nlp.pipeline import load_pipeline, supported_languages

BATCH_SIZE = 16


def detect_language(text: str) -> str:
    lang, _ = py3langid.classify(text[:5000])
    return lang


def prepare(article: Article) -> bool:
    """Fill language and date; return whether the article can be analyzed."""
    detected = detect_language(article.text)
    if article.lang is None:
        article.lang = detected
    elif detected != article.lang and len(article.text) > 200:
        article.warnings.append(f"W002 declared language {article.lang!r} but the text looks like {detected!r}")
    if article.published is None:
        if article.lang in supported_languages():
            article.published = dateline_date(article.text, load_pack(article.lang))
        if article.published is None:
            article.warnings.append("W003 no publication date: relative dates are left unresolved")
    if article.lang not in supported_languages():
        article.warnings.append(
            f"W001 language {article.lang!r} is not supported (supported: {', '.join(supported_languages())}); "
            "nothing was extracted")
        return False
    return True


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Lists of at most `size` items, in order."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def process(articles: Iterable[Article], *, batch_size: int = BATCH_SIZE,
            actor_files: tuple[str, ...] = ()) -> Iterator[Article]:
    """Analyze articles in batches with nlp.pipe; yields each article record, filled, in order.

    `actor_files` are user actor files (CSV) added to the gazetteer.
    """
    for batch in batches(articles, batch_size):
        by_lang: dict[str, list[Article]] = {}
        for article in batch:
            if prepare(article):
                by_lang.setdefault(article.lang, []).append(article)
        for lang, group in by_lang.items():
            nlp = load_pipeline(lang, tuple(actor_files))
            docs = []
            for article in group:
                doc = nlp.make_doc(article.text)
                doc._.published = article.published
                docs.append(doc)
            for article, doc in zip(group, nlp.pipe(docs, batch_size=batch_size)):
                fill_article(article, doc)
        yield from batch


def analyze(text: str, *, published: str | None = None, lang: str | None = None,
            title: str | None = None, url: str | None = None, id: str | None = None) -> Article:
    """Analyze one article text and return its record."""
    article = make_article(text, "<text>", id=id, title=title, published=published, url=url, lang=lang)
    return next(process([article]))
