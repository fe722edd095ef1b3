"""HTML pages: trafilatura finds the main text, the title and the date."""
from __future__ import annotations

import warnings

import trafilatura

from ..errors import InputError
from ..model import Article
from .text import decode_bytes, make_article


def read_html(data: bytes, origin: str, *, published: str | None = None,
              lang: str | None = None) -> Article:
    return html_article(decode_bytes(data, origin), origin, published=published, lang=lang)


def html_article(html: str, origin: str, *, published: str | None = None,
                 lang: str | None = None, id: str | None = None, url: str | None = None) -> Article:
    """An Article from a page: title + blank line + paragraphs separated by blank lines.

    The headline is kept as the first paragraph because headlines carry quotes and
    attributions ("pour Montebourg, le nucléaire est une « filière d'avenir »").
    """
    with warnings.catch_warnings():  # trafilatura warns about lxml truth-testing
        warnings.simplefilter("ignore")
        # extensive_search guesses a date from any year in the page (2012 -> 2012-01-01),
        # which is worse than none: the process stage reads the dateline instead.
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if doc is None or not (doc.text or "").strip():
        raise InputError(origin, "no article text found in the HTML page", "E017")
    paragraphs = [p.strip() for p in doc.text.split("\n") if p.strip()]
    title = (doc.title or "").strip() or None
    if title and paragraphs and paragraphs[0] != title:
        paragraphs.insert(0, title)
    return make_article("\n\n".join(paragraphs), origin, id=id, title=title,
                        published=published or doc.date, url=url or doc.url, lang=lang)
