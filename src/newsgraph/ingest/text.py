"""Plain-text articles, and the byte and field checks every reader shares."""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from ..days import iso_day
from ..errors import InputError
from ..model import Article
from ..textfold import INVISIBLE_CHARS

_SPACES = re.compile(r"\s+")
_LANG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$")
# byte order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of `data` announces, if any."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_document(data: bytes, origin: str, *, declared: str | None = None,
                    detect: bool = False) -> tuple[str, str | None]:
    """The text of an input and a warning when it was not plain UTF-8, or an InputError.

    A byte order mark is followed (UTF-8, UTF-16, UTF-32). Otherwise the bytes must be UTF-8,
    unless the document declares another charset (an HTML <meta charset>), or `detect` lets
    charset_normalizer guess one; either way the record carries a warning saying so.
    """
    if not data.strip():
        raise InputError(origin, "empty input", "E013")
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding).lstrip("\ufeff"), None
        except UnicodeDecodeError as error:
            raise InputError(origin, f"invalid {encoding.upper()} at byte {error.start} "
                                     "after its byte order mark", "E015") from None
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary content (NUL bytes), not text", "E014")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        bad_at = error.start
    if declared:
        try:
            return data.decode(declared), f"W011 not UTF-8: decoded as {declared}, the charset the page declares"
        except (UnicodeDecodeError, LookupError):
            pass
    if detect:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:1_000_000]).best()
        if best is not None:
            try:
                return data.decode(best.encoding), f"W012 not UTF-8 and no charset declared: decoded as " \
                                                   f"{best.encoding}, the most likely encoding"
            except (UnicodeDecodeError, LookupError):
                pass
    raise InputError(origin, f"invalid UTF-8 at byte {bad_at}", "E015")


def decode_bytes(data: bytes, origin: str) -> str:
    """UTF-8 text (or text behind a byte order mark), or an InputError naming what is wrong."""
    return decode_document(data, origin)[0]


INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")


def clean_text(text: str) -> str:
    """The exact text analyzed: NFC, Unix newlines, no invisible characters, no outer blanks.

    Every offset in a record indexes this text, which the record carries.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return INVISIBLE.sub("", text).strip()


def article_id(text: str) -> str:
    """Content id: a hash of the whitespace- and case-normalised text (stable across re-ingest)."""
    norm = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()
    return "a" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def check_published(value, origin: str) -> str | None:
    """A publication date as YYYY-MM-DD (datetimes are cut to the day), or an InputError."""
    try:
        return iso_day(value)
    except ValueError as error:
        raise InputError(origin, f"published {error}", "E016") from None


def normalize_lang(value) -> str | None:
    """A language code as the pipeline names it: "FR", "fr-FR", "fr_BE" -> "fr"; ValueError if it is none."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _LANG.match(value.strip().lower()):
        raise ValueError(f"{value!r} is not a language code (ISO 639, e.g. fr)")
    return _LANG.match(value.strip().lower()).group(1)


def check_lang(value, origin: str) -> str | None:
    try:
        return normalize_lang(value)
    except ValueError as error:
        raise InputError(origin, f"lang: {error}", "E019") from None


def make_article(text: str, origin: str, *, id: str | None = None, title: str | None = None,
                 published: str | None = None, url: str | None = None,
                 lang: str | None = None, warnings: list[str] | None = None) -> Article:
    if not isinstance(text, str):
        raise InputError(origin, f"the text must be a string, not {type(text).__name__}", "E013")
    text = clean_text(text)
    if not text:
        raise InputError(origin, "no text after cleaning", "E013")
    return Article(id=id or article_id(text), text=text, title=title,
                   published=check_published(published, origin), url=url, lang=check_lang(lang, origin),
                   origin=origin, warnings=list(warnings or []))


def read_text(data: bytes, origin: str, *, published: str | None = None,
              lang: str | None = None) -> Article:
    text, warning = decode_document(data, origin)
    return make_article(text, origin, published=published, lang=lang, warnings=[warning] if warning else None)
