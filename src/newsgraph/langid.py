"""The language of an article: detected when the input does not declare it, and a declared
language checked cheaply.

Detection (py3langid) costs about 3 ms an article, and its model about 100 MB of memory, the
first time. When the input declares a language, the share of that language's function words
(spaCy's stop words for it) among the first words of the text is enough to see that the text
is written in it: 38–55% of the words of the French news in corpus/ and ../shared, under 5% of
an English or German text, about 20% of a Spanish one. Only a text below `DECLARED_SHARE` is
sent to the detector, which then says whether the declaration looks wrong (W002).
"""
from __future__ import annotations

import re
from functools import cache

DETECT_CHARS = 5000  # the detector reads this much of the text
CHECK_CHARS = 2000  # the stop-word check reads this much
DECLARED_SHARE = 0.3  # a declared language with at least this share of stop words is not questioned
MIN_CHECKED_CHARS = 200  # shorter texts are too short to question a declaration
WORD = re.compile(r"\w+")


def detect_language(text: str) -> str:
    import py3langid  # loaded on first use: `import newsgraph` stays cheap
    lang, _ = py3langid.classify(text[:DETECT_CHARS])
    return lang


@cache
def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for a language (empty if spaCy has no such language)."""
    from spacy.util import get_lang_class
    try:
        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except Exception:  # an unknown language code: nothing to check with
        return frozenset()


def looks_like(text: str, lang: str) -> bool:
    """Does the text read as `lang`? Its share of `lang`'s stop words is at least DECLARED_SHARE."""
    words = stop_words(lang)
    if not words:
        return False
    found = WORD.findall(text[:CHECK_CHARS].lower())
    return bool(found) and sum(w in words for w in found) >= DECLARED_SHARE * len(found)


def declared_mismatch(text: str, declared: str) -> str | None:
    """The language the text looks like, if it is not the declared one (None if it is, or the text
    is too short to tell); the detector runs only when the cheap check fails."""
    if len(text) <= MIN_CHECKED_CHARS or looks_like(text, declared):
        return None
    detected = detect_language(text)
    return detected if detected != declared else None
