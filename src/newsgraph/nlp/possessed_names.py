"""A possessed designation the article already gave a name: "son complice de toujours, X" … "selon
son complice", "X, son avocat" … "a précisé son avocat". The same possessive and noun written
earlier in apposition to a named person designate that person; without it the designation
would be read through its possessor ("complice de <the latest person named>"), which names
nobody, and may even take the named person for the possessor.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import pack_of
from .lexicon import function_words
from .speaker_words import head_word
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far back (chars) the apposition is looked for
REACH = 2500
# lower-case words that may follow the noun before the comma ("son complice de toujours, X")
MODIFIERS = r"(?:\s+[a-zà-ÿ][\w'’\-]*){0,3}"


def named_possessed(r: "SpeakerResolver", text: str, start: int) -> str | None:
    """The actor id of the person an earlier apposition named with the designation's
    possessive and noun ("son complice de toujours, X", "X, son complice"), or None."""
    words = text.split()
    possessives = function_words(pack_of(r.doc), "singular_possessive")
    if not 2 <= len(words) <= 4 or words[0].lower() not in possessives:
        return None
    head = head_word(r.words, text)
    if not head:
        return None
    folded = fold_same_length(r.text[:start].lower())
    owner = "|".join(re.escape(p) for p in sorted(possessives, key=len, reverse=True))
    phrase = rf"(?<![\w-])(?:{owner})\s+{re.escape(head)}(?![\w-])"
    found = None
    for mention in r.index.mentions:
        if mention.kind != "person" or mention.end > start:
            continue
        if start - mention.end > REACH or r.in_reported(mention.start, mention.end):
            continue
        before = folded[max(0, mention.start - 80):mention.start]
        after = folded[mention.end:mention.end + 80]
        if re.search(phrase + MODIFIERS + r"\s*,\s*$", before) or re.match(r"\s*,\s*" + phrase, after):
            found = mention.actor_id  # the latest such apposition wins
    return found
