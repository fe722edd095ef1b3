"""WARC archives (Common Crawl's CC-NEWS and any crawler's, gzip-compressed or not): each HTML
response is an article.

FastWARC (the Rust WARC parser of the ChatNoir project) reads the archive record by record, so
memory holds one record at a time whatever the archive's size. A page becomes an article through
the same trafilatura extraction as an HTML file; it keeps its URL, and its date from the page's
own metadata, else the server's Last-Modified header, else the crawl's WARC-Date.

What is not an article is passed over without a message: request and metadata records,
responses that are not HTML or not a success (redirects, errors), and pages in a language no
pipeline supports (or not the one asked for with --lang). A record that cannot be read (a
corrupt gzip member, a broken header) is an error `E080 file:offset: reason`; reading resumes at
the next record, so one bad record costs only itself.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from ..errors import InputError
from ..limits import MAX_INPUT_BYTES
from ..model import Article
from .html import declared_charset, html_article
from .text import check_published, decode_document

WARC_SUFFIXES = (".warc.gz", ".warc")
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1 << 20
_LANG_SAMPLE = 5000


def is_warc_name(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_warc(handle: BinaryIO, origin: str, *, published: str | None = None,
              lang: str | None = None) -> Iterator[Article | InputError]:
    """Every article of an open WARC file (seekable), streamed; unreadable records as E080 errors.

    `lang` keeps only pages in that language (default: the languages a pack supports);
    `published` is the date of pages that give none (the WARC-Date is used before it).
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    page_types = WarcRecordType.response | WarcRecordType.resource
    gzipped = handle.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    handle.seek(0)
    if not gzipped and handle.read(len(WARC_MAGIC)) != WARC_MAGIC:
        yield InputError(origin, "not a WARC file (it starts with neither a gzip member nor WARC/1.x)", "E080")
        return
    wanted = _wanted_languages(lang)
    start = 0
    while start is not None:
        handle.seek(start)
        # every record type is read (and the ones that are no page passed over here), so that
        # `last` is the record just before a failure, whichever its type
        # bodies are decoded here, not by the iterator: only the raw length tells a record cut
        # short (a truncated archive) from a whole one
        records = ArchiveIterator(handle, parse_http=True, auto_decode="none")
        last = None  # offset of the last record read
        failed_at = None
        try:
            for record in records:
                last = record.stream_pos
                if not record.record_type & page_types:
                    continue
                where = f"{origin}:{record.stream_pos}"
                try:
                    item = _article_of(record, where, published, wanted)
                except (OSError, ValueError) as error:  # the record's body is corrupt
                    failed_at = record.stream_pos
                    yield InputError(where, f"unreadable WARC record ({_reason(error)}): skipped", "E080")
                    break
                if item is not None:
                    yield item
            else:
                return
        except (OSError, ValueError) as error:  # moving on to the next record failed
            failed_at = _failed_record(handle, start, last, gzipped)
            yield InputError(f"{origin}:{failed_at}", f"unreadable WARC record ({_reason(error)}): skipped", "E080")
        start = _record_after(handle, failed_at + 1, gzipped)


def _article_of(record, where: str, published: str | None, wanted: frozenset[str] | None) -> Article | InputError | None:
    """The article of one response record, an InputError for a bad page, None for what is no article."""
    if record.is_http:
        status = record.http_headers.status_code
        if status is None or not 200 <= status < 300:
            return None
        content_type = (record.http_content_type or "").lower()
    else:  # a resource record: the page itself, typed by the WARC header
        content_type = (record.headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in ("text/html", "application/xhtml+xml"):
        return None
    raw = record.reader.read(MAX_INPUT_BYTES + 1)
    if len(raw) > MAX_INPUT_BYTES:
        return InputError(where, f"page larger than {MAX_INPUT_BYTES >> 20} MB, the reading limit", "E074")
    if len(raw) < record.content_length:
        return InputError(where, f"record cut short ({len(raw)} of its {record.content_length} bytes): "
                                 "skipped", "E080")
    url = record.headers.get("WARC-Target-URI")
    try:
        body = _decoded(raw, record.http_headers, where) if record.is_http else raw
        charset = (record.http_charset if record.is_http else None) or declared_charset(body)
        text, warning = decode_document(body, where, declared=charset, detect=True)
        article = html_article(text, where, published=published, url=url)
        if wanted is not None:
            detected = _language(article.text)
            if detected not in wanted:
                return None
            article.lang = detected
        if article.published is None:
            article.published = _fallback_day(record, where)
    except InputError as error:
        return error
    if warning:
        article.warnings.append(warning)
    return article


def _decoded(raw: bytes, headers, where: str) -> bytes:
    """The page as the server meant it: chunked transfer undone, then each content encoding
    (gzip, deflate, br) undone, none growing past the reading limit."""
    import io

    from fastwarc.stream_io import BrotliReader, ChunkedReader
    body = raw
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():
        body = ChunkedReader(io.BytesIO(body)).read(MAX_INPUT_BYTES + 1)
    codings = [c.strip().lower() for c in (headers.get("Content-Encoding") or "").split(",") if c.strip()]
    for coding in reversed(codings):  # the last applied is the first undone
        try:
            if coding in ("gzip", "x-gzip", "deflate"):
                wbits = 16 + zlib.MAX_WBITS if coding != "deflate" else (zlib.MAX_WBITS if body[:1] == b"\x78"
                                                                         else -zlib.MAX_WBITS)
                body = zlib.decompressobj(wbits).decompress(body, MAX_INPUT_BYTES + 1)
            elif coding == "br":
                body = BrotliReader(io.BytesIO(body)).read(MAX_INPUT_BYTES + 1)
            elif coding != "identity":
                raise InputError(where, f"content encoding {coding!r} is not supported: skipped", "E080")
        except (zlib.error, OSError, ValueError) as error:
            raise InputError(where, f"cannot undo the {coding} content encoding ({_reason(error)}): skipped",
                             "E080") from None
        if len(body) > MAX_INPUT_BYTES:
            raise InputError(where, f"page larger than {MAX_INPUT_BYTES >> 20} MB once decoded, the reading limit",
                             "E074")
    return body


def _wanted_languages(lang: str | None) -> frozenset[str] | None:
    from ..lang import available_languages
    return frozenset([lang] if lang else available_languages())


def _language(text: str) -> str:
    # the detector the process stage uses: the page is kept only in a language asked for, and
    # the language it finds is declared on the article so it is not detected twice
    import py3langid
    return py3langid.classify(text[:_LANG_SAMPLE])[0]


def _fallback_day(record, where: str) -> str | None:
    """The server's Last-Modified (when it is not after the crawl), else the crawl's WARC-Date."""
    crawled = _header_time(lambda: record.record_date)
    modified = _header_time(lambda: record.http_last_modified) if record.is_http else None
    if modified is not None and crawled is not None and modified > crawled:
        modified = None
    day = modified or crawled
    return check_published(day.date().isoformat(), where) if day is not None else None


def _header_time(read) -> datetime | None:
    try:
        value = read()
    except (ValueError, OSError, TypeError):
        return None
    return value if isinstance(value, datetime) else None


def _failed_record(handle: BinaryIO, start: int, last: int | None, gzipped: bool) -> int:
    """Which record a failure to move on belongs to: the last one read (its end could not be
    found: a broken length, a corrupt tail) when the next one reads on its own, else the next."""
    if last is None:
        return start
    following = _record_after(handle, last + 1, gzipped)
    if following is None or _readable(handle, following):
        return last
    return following


def _readable(handle: BinaryIO, offset: int) -> bool:
    from fastwarc.warc import ArchiveIterator
    handle.seek(offset)
    try:
        record = next(iter(ArchiveIterator(handle, parse_http=False)))
        record.reader.read()
    except (OSError, ValueError, StopIteration):
        return False
    return True


def _record_after(handle: BinaryIO, offset: int, gzipped: bool) -> int | None:
    """The offset of the first record that starts at or after `offset`, or None at the end.

    A record of a .warc.gz is a gzip member of its own, so a candidate is a gzip header whose
    first bytes inflate to "WARC/1."; in a plain .warc it is a "WARC/1." line.
    """
    magic = GZIP_MAGIC if gzipped else WARC_MAGIC
    position = offset
    while True:
        handle.seek(position)
        chunk = handle.read(_SCAN_CHUNK + len(magic))
        if len(chunk) < len(magic):
            return None
        found = chunk.find(magic)
        while found != -1:
            candidate = position + found
            if not gzipped and (candidate == 0 or _preceded_by_newline(handle, candidate)):
                return candidate
            if gzipped and _inflates_to_warc(handle, candidate):
                return candidate
            found = chunk.find(magic, found + 1)
        position += _SCAN_CHUNK


def _preceded_by_newline(handle: BinaryIO, offset: int) -> bool:
    handle.seek(offset - 1)
    return handle.read(1) == b"\n"


def _inflates_to_warc(handle: BinaryIO, offset: int) -> bool:
    handle.seek(offset)
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(handle.read(4096), len(WARC_MAGIC))
    except zlib.error:
        return False
    return head.startswith(WARC_MAGIC)


def _reason(error: Exception) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0][:160] or type(error).__name__
