"""An institution or a state that speaks through a person named between commas after it ("X, par
la voix de son porte-parole, Y, a déclaré …", the pack's voice_locutions): the person produced the
words and is the speaker (GUIDELINES §2.7); the institution stays when no person is named there.
"""
from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..lang import LanguagePack
from .context import pack_of
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far after the locution the person may be named (past a title: "du porte-parole du
# Département d'Etat,")
REACH = 120


def voiced_by(r: "SpeakerResolver", start: int, end: int) -> str | None:
    """The person a non-person mention speaks through, if the locution follows it."""
    if r.index.at(start, end, ("person",)) is not None:
        return None
    if r.index.at(start, end, ("organization", "country", "media")) is None:
        return None
    after = fold_same_length(r.text[end:end + 40].lower()).replace("’", "'")
    opened = re.match(r"\s*,\s*", after)
    if opened is None:
        return None
    rest = after[opened.end():]
    locution = next((w for w in _locutions(pack_of(r.doc)) if rest.startswith(w)), None)
    if locution is None:
        return None
    begin = end + opened.end() + len(locution)
    # the phrase may run on past one comma ("du porte-parole du Département d'Etat, Y,"): the
    # first person named within reach, in the same sentence
    stop = r.text.find(".", begin)
    limit = min(begin + REACH, stop if stop >= 0 else len(r.text))
    for mention in r.index.mentions:
        if mention.kind == "person" and begin <= mention.start and mention.end <= limit and \
                not r.in_reported(mention.start, mention.end):
            return mention.actor_id
    return None


@cache
def _locutions(pack: LanguagePack) -> tuple[str, ...]:
    """The pack's voice locutions, longest first (sorted once per pack, not per speaker)."""
    return tuple(sorted(pack.words("voice_locutions"), key=len, reverse=True))
