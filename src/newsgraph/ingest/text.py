"""Plain-text articles, and the byte checks every reader shares."""
from __future__ import annotations

import hashlib
from datetime import date
import re
import unicodedata

from ..errors import InputError
from ..model import Article

_SPACES = re.compile(r"\s+")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def decode_bytes(data: bytes, origin: str) -> str:
    """UTF-8 text of an input, or an InputError naming what is wrong with it."""
    if not data.strip():
        raise InputError(origin, "empty input", "E013")
    if b"\x00" in data[:8192]:
        raise InputError(origin, "binary content (NUL bytes), not text", "E014")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(origin, f"invalid UTF-8 at byte {error.start}", "E015") from None
    return text.lstrip("\ufeff")


# soft hyphens and zero-width characters that scraped pages leave inside words ("gouver\u00adnement")
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


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
    if value in (None, ""):
        return None
    value = str(value).strip()[:10]
    try:
        if not _ISO_DAY.match(value):
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InputError(origin, f"published must be a date YYYY-MM-DD, got {value!r}", "E016") from None


def make_article(text: str, origin: str, *, id: str | None = None, title: str | None = None,
                 published: str | None = None, url: str | None = None,
                 lang: str | None = None) -> Article:
    text = clean_text(text)
    if not text:
        raise InputError(origin, "no text after cleaning", "E013")
    return Article(id=id or article_id(text), text=text, title=title,
                   published=check_published(published, origin), url=url, lang=lang,
                   origin=origin)


def read_text(data: bytes, origin: str, *, published: str | None = None,
              lang: str | None = None) -> Article:
    text = decode_bytes(data, origin)
    return make_article(text, origin, published=published, lang=lang)
