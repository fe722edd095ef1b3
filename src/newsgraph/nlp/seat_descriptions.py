"""A bare institution noun that takes up a seat named before it: "l'Élysée a annoncé le rappel de
l'ambassadeur. « … », a réagi la présidence" is the Élysée; "Le Conseil fédéral a refusé … a estimé
le gouvernement" is the Federal Council (GUIDELINES §2.7: institutions stay institutions, named as
the article names them). Which noun fits which seat is the pack's (seat_nouns.tsv); the seat must
be named within two paragraphs, and only a definite noun with nothing after it is read so ("le
ministère de la Santé" names its own ministry).
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..lang import LanguagePack
from .context import pack_of
from .resolved_speaker import ResolvedSpeaker
from .speaker_words import first_word
from .textutil import fold_same_length, strip_article

if TYPE_CHECKING:
    from .descriptions import Descriptions

# how many paragraphs back the seat may be named
PARAGRAPHS_BACK = 2


@cache
def _seat_nouns(pack: LanguagePack) -> dict[str, frozenset[str]]:
    return {fold_same_length(row["seat"].lower()): frozenset(fold_same_length(n.lower()) for n in row["nouns"].split("|"))
            for row in pack.table("seat_nouns", ("seat", "nouns"))}


def seat_taken_up(d: "Descriptions", text: str, start: int, end: int) -> ResolvedSpeaker | None:
    """The seat a bare definite institution noun takes up, as the article named it; else None."""
    pack = pack_of(d.r.doc)
    seats = _seat_nouns(pack)
    if not seats or first_word(text) not in d.words.definite:
        return None
    noun = fold_same_length(strip_article(text, pack)[0].lower()).strip()
    if " " in noun or not any(noun in nouns for nouns in seats.values()):
        return None
    r = d.r
    first_paragraph = max(0, r.paragraph_of(start) - PARAGRAPHS_BACK + 1)
    earliest = r.paragraph_starts[first_paragraph]
    for mention in reversed(r.index.mentions):
        if mention.start >= start or mention.kind not in ("organization", "country"):
            continue
        if mention.start < earliest:
            break
        seat = fold_same_length(strip_article(mention.text, pack)[0].lower()).strip()
        if noun in seats.get(seat, ()):
            return ResolvedSpeaker(mention.actor_id, strip_article(mention.text, pack)[0], start, end)
    return None
