"""JSON Lines: one article per line, {"id", "text" or "html", "published", "title", "url", "lang"}."""
from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import InputError
from ..model import Article
from .html import html_article
from .text import decode_bytes, make_article


def read_jsonl(data: bytes, origin: str, *, published: str | None = None,
               lang: str | None = None) -> Iterator[Article | InputError]:
    """Each good line gives an Article; each bad line an InputError naming file and line."""
    try:
        text = decode_bytes(data, origin)
    except InputError as error:
        yield error
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            yield parse_record(line, where, published=published, lang=lang)
        except InputError as error:
            yield error


def parse_record(line: str, where: str, *, published: str | None = None,
                 lang: str | None = None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"line is not valid JSON ({error.msg})", "E018") from None
    if not isinstance(record, dict):
        raise InputError(where, "line is not a JSON object", "E018")
    body_text, body_html = record.get("text"), record.get("html")
    for key, value in (("text", body_text), ("html", body_html)):
        if value is not None and not isinstance(value, str):
            raise InputError(where, f'"{key}" must be a string', "E019")
    if not (body_text or "").strip() and not (body_html or "").strip():
        raise InputError(where, 'record has no "text" or "html"', "E019")
    ident = record.get("id")
    ident = str(ident) if ident not in (None, "") else None
    kwargs = dict(id=ident, published=record.get("published") or published,
                  url=record.get("url"), lang=record.get("lang") or lang)
    if (body_text or "").strip():
        return make_article(body_text, where, title=record.get("title"), **kwargs)
    article = html_article(body_html, where, **kwargs)
    if record.get("title"):
        article.title = record["title"]
    return article
