"""JSON Lines: one article per line, {"id", "text" or "html", "published", "title", "url", "lang"}.

The address may also stand under the key another scraper gives it (trafilatura's "source",
"canonical_link", "link"): it names the article's own outlet (nlp/own_outlet.py).

The file is read line by line, so memory holds one line at a time whatever the file's size;
a line longer than the reading limit is skipped (read past, never held) with an error.
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import InputError
from ..limits import MAX_INPUT_BYTES
from ..model import Article
from .html import html_article
from .text import bom_encoding, check_lang, decode_document, make_article

_SKIP_CHUNK = 1 << 20


def read_jsonl(data: bytes, origin: str, *, published: str | None = None,
               lang: str | None = None) -> Iterator[Article | InputError]:
    """Each good line gives an Article; each bad line an InputError naming file and line."""
    yield from read_jsonl_stream(io.BytesIO(data), origin, published=published, lang=lang)


def read_jsonl_stream(stream: BinaryIO, origin: str, *, published: str | None = None,
                      lang: str | None = None,
                      max_line_bytes: int = MAX_INPUT_BYTES) -> Iterator[Article | InputError]:
    """Stream a binary file of JSON Lines: one record per line, errors per line."""
    first = stream.readline(max_line_bytes + 1)
    encoding = bom_encoding(first)
    if encoding and encoding != "utf-8-sig":  # UTF-16/32 lines: decode the (bounded) whole
        rest = stream.read(MAX_INPUT_BYTES + 1 - len(first))
        if len(first) + len(rest) > MAX_INPUT_BYTES:
            yield InputError(origin, f"a {encoding.upper()} JSON Lines file over {MAX_INPUT_BYTES >> 20} MB: "
                                     "convert it to UTF-8, which is read line by line", "E074")
            return
        try:
            text, _ = decode_document(first + rest, origin)
        except InputError as error:
            yield error
            return
        lines = iter(text.encode("utf-8").splitlines(keepends=True))
        first, reader = next(lines, b""), lambda _size: next(lines, b"")
    else:
        reader = stream.readline
    number, raw, produced = 1, first, False
    while raw:
        where = f"{origin}:{number}"
        if b"\x00" in raw:  # JSON text never holds a raw NUL: this is no JSON Lines file; stop reading it
            yield InputError(where, "binary content (NUL bytes), not JSON Lines", "E014")
            return
        if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # read past the rest of the line, keep none of it
                raw = reader(_SKIP_CHUNK)
            produced = True
            yield InputError(where, f"line longer than {max_line_bytes >> 20} MB: split the record", "E074")
        else:
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if raw.strip():
                produced = True
                yield _record_of(raw, where, published=published, lang=lang)
        number += 1
        raw = reader(max_line_bytes + 1)
    if not produced:
        yield InputError(origin, "empty input", "E013")


def _record_of(raw: bytes, where: str, *, published: str | None, lang: str | None) -> Article | InputError:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return InputError(where, f"invalid UTF-8 at byte {error.start} of the line", "E015")
    try:
        return parse_record(line, where, published=published, lang=lang)
    except InputError as error:
        return error


# where scrapers other than ours put the article's address when they write no "url": trafilatura's
# JSON output ("source"), newspaper's ("canonical_link"), feeds ("link"); read only when the
# value is a web address ("source" may hold an agency's name)
ADDRESS_KEYS = ("canonical_url", "canonical_link", "link", "source")


def _address(record: dict) -> str | None:
    """The article's address under another key than "url", if one holds a web address."""
    for key in ADDRESS_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip().lower().startswith(("http://", "https://")):
            return value.strip()
    return None


def parse_record(line: str, where: str, *, published: str | None = None,
                 lang: str | None = None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(where, f"line is not valid JSON ({error.msg})", "E018") from None
    except RecursionError:
        raise InputError(where, "line nests JSON too deeply", "E018") from None
    if not isinstance(record, dict):
        raise InputError(where, "line is not a JSON object", "E018")
    body_text, body_html = record.get("text"), record.get("html")
    for key, value in (("text", body_text), ("html", body_html)):
        if value is not None and not isinstance(value, str):
            raise InputError(where, f'"{key}" must be a string', "E019")
    if not (body_text or "").strip() and not (body_html or "").strip():
        raise InputError(where, 'record has no "text" or "html"', "E019")
    ident = record.get("id")
    if isinstance(ident, (dict, list)):
        raise InputError(where, '"id" must be a string or a number', "E019")
    ident = str(ident).strip() if ident not in (None, "") else None
    for key in ("title", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(where, f'"{key}" must be a string', "E019")
    kwargs = dict(id=ident or None, published=record.get("published") or published,
                  url=record.get("url") or _address(record), lang=check_lang(record.get("lang"), where) or lang)
    if (body_text or "").strip():
        return make_article(body_text, where, title=record.get("title"), **kwargs)
    article = html_article(body_html, where, **kwargs)
    if record.get("title"):
        article.title = record["title"]
    return article
