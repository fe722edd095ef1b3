"""The subject of an incise written after a closing mark, read on the words where the parse fails.

'"…," Ann Lee, a spokeswoman for the city, said' and '"…," Rep. Ann Lee (D-Ohio) said': the
parser often hangs the name on the quoted words (an apposition of their last noun) and leaves the
speech verb without a subject, so the speaker is read from the words: a name, then a description
set off by commas or a parenthesis, then the verb. The description is skipped; the name is the
mention. Language-neutral: parts of speech and punctuation only.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .quotemarks import QUOTE_CHARS

# what an apposition may open with ("a spokeswoman", "the city's mayor", "his lawyer", "chief of
# staff", "42"), and the words it may hold after that (add "of", "for", "and", the "'s" of a genitive)
APPOSITION_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
APPOSITION_WORDS = APPOSITION_OPENERS | frozenset({"ADP", "CCONJ", "PART", "ADV"})
NAME_MARKS = frozenset({"-", "‐", ".", "'", "’"})
# the longest description skipped (tokens)
MAX_APPOSITION = 14


def apposition_end(doc: Doc, i: int, limit: int) -> int | None:
    """Where the words after a description set off at token i end: i is "(" (closed by ")") or
    "," (closed by the next ","), and what lies between holds no verb, mark or sentence break.
    None when token i opens no such description."""
    opener = doc[i].text
    if opener not in (",", "(") or i + 1 >= limit:
        return None
    closer = ")" if opener == "(" else ","
    first = doc[i + 1]
    if opener == "," and first.pos_ not in APPOSITION_OPENERS:
        return None
    for j in range(i + 1, min(limit, i + 1 + MAX_APPOSITION)):
        token = doc[j]
        if token.text == closer:
            return j + 1 if j > i + 1 else None
        if token.is_sent_start or token.text in QUOTE_CHARS or "\n" in token.text:
            return None
        if opener == "," and token.pos_ not in APPOSITION_WORDS and token.text not in NAME_MARKS:
            return None
    return None
