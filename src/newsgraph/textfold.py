"""Text keys that ignore case, accents, apostrophe and dash variants: one folding rule for the
gazetteer's lookups, the scanners that match article text against it, and the evaluation.

Two folds: `fold` builds lookup keys ("États-Unis" -> "etats unis", "U.S." -> "us") and may change
the length of the text; `fold_same_length` maps each character to one character, so offsets in
the folded text are offsets in the original. `slugify` makes ids from names. Language-neutral:
only Unicode properties and punctuation, no words.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["INVISIBLE_CHARS", "fold", "fold_same_length", "slugify"]

# Characters folded before Unicode decomposition: typographic apostrophes (’ ‘ ʼ ʻ ´ `),
# ligatures NFKD keeps (œ, æ), and no-break spaces.
_CHAR_MAP = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "´": "'", "`": "'", "′": "'",
                           "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE",
                           "\u00a0": " ", "\u202f": " ", "\u2009": " "})
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−_/]+")   # hyphens and dashes count as spaces
_DOTS = re.compile(r"\.(?=\w|$)|(?<=\w)\.")       # "U.S." == "US", "St. Lucia" == "St Lucia"
_APOSTROPHE_SPACE = re.compile(r"'\s+")
_EDGE_PUNCT = " \"'«»“”‹›()[]{},;:!?"
_NON_SLUG = re.compile(r"[^\w]+")

# characters with no glyph that scraped pages leave inside or before words ("gouver\u00adnement"):
# soft hyphen, zero widths, word joiner, byte-order mark. One list for every reader: ingest takes
# them out of the text, the mend out of the parsed copy, the tokenizer splits them off.
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def fold(text: str, *, keep_case: bool = False) -> str:
    """The lookup key of a name: no accents, casefolded, one kind of apostrophe, hyphens as spaces.

    "États-Unis" -> "etats unis"; "Côte d’Ivoire" -> "cote d'ivoire"; "U.S." -> "us".
    With keep_case=True the case is kept (used for acronyms).
    """
    if len(text) <= _CACHED_LENGTH:
        return _fold_short(text, keep_case)
    return _fold(text, keep_case)


# Words and names are folded again and again (every adjective of an article is looked up as a
# demonym): short texts are remembered; long ones, rarely repeated, are not kept.
_CACHED_LENGTH = 80


def _fold(text: str, keep_case: bool) -> str:
    text = text.translate(_CHAR_MAP)
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    if not keep_case:
        text = text.casefold()
    text = _DOTS.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    text = _APOSTROPHE_SPACE.sub("'", text)
    return text.strip(_EDGE_PUNCT)


_fold_short = lru_cache(maxsize=1 << 16)(_fold)


class _FoldTable(dict):
    """str.translate table filled on first sight of each character (one char in, one char out)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "’‘ʼ´`ʻ":
            folded = "'"
        elif ch in "‐‑‒–—":
            folded = "-"
        elif ch in "\u00a0\u202f\u2009":
            folded = " "
        else:
            base = unicodedata.normalize("NFKD", ch)[:1] or ch
            low = base.lower()
            folded = low if len(low) == 1 else base
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold_same_length(text: str) -> str:
    """Per-character fold that keeps offsets: accents stripped, lowercase, ’ -> ', dashes -> '-'.

    Scanners (nlp.actors) match article text folded this way against the forms
    `Gazetteer.surface_forms()` returns.
    """
    return text.translate(_FOLD_TABLE)


def slugify(name: str) -> str:
    """An id-safe slug: ascii lowercase words joined by hyphens ("Sergueï Lavrov" -> "serguei-lavrov").

    Scripts with no Latin transliteration keep their letters rather than vanish.
    """
    return _NON_SLUG.sub("-", fold(name).replace("'", " ")).replace("_", "-").strip("-")
