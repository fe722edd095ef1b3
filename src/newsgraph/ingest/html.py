"""HTML pages: trafilatura finds the main text, the title and the date."""
from __future__ import annotations

import codecs
import re
import warnings

from ..errors import InputError
from ..model import Article
from .text import decode_document, make_article

# <meta charset="iso-8859-1"> or <meta http-equiv="Content-Type" content="text/html; charset=…">,
# looked for in the first bytes as the HTML standard's prescan does
META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
PRESCAN_BYTES = 4096


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its head, if Python knows it."""
    match = META_CHARSET.search(data[:PRESCAN_BYTES])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def read_html(data: bytes, origin: str, *, published: str | None = None,
              lang: str | None = None) -> Article:
    # the declared charset is honoured only when the bytes are not UTF-8: pages that declare
    # latin-1 and serve UTF-8 are common, the reverse does not decode
    text, warning = decode_document(data, origin, declared=declared_charset(data), detect=True)
    article = html_article(text, origin, published=published, lang=lang)
    if warning:
        article.warnings.append(warning)
    return article


def html_article(html: str, origin: str, *, published: str | None = None,
                 lang: str | None = None, id: str | None = None, url: str | None = None) -> Article:
    """An Article from a page: title + blank line + paragraphs separated by blank lines.

    The headline is kept as the first paragraph because headlines carry quotes and
    attributions ("pour Montebourg, le nucléaire est une « filière d'avenir »").
    """
    import trafilatura  # imported on first use: `import newsgraph` stays cheap

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
