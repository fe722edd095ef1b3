"""The name an organisation noun was put in apposition to: "un communiqué de l'Entsoe,
l'association regroupant les gestionnaires …" makes a later "l'association européenne" the
Entsoe, when the actor index does not know the name (a known one is found through its mention,
descriptions.py `_antecedent`).

Read on the parse: an earlier occurrence of the noun, after a determiner and a comma, right
after one or more capitalised words; not a place ("En France, l'association …": the word before
the name is a place preposition, or the index holds it as a country), not inside reported words.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import pack_of
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far back (chars) the earlier occurrence may stand
REACH = 3000


def name_apposed_before(r: "SpeakerResolver", head: str, position: int) -> str | None:
    doc = r.doc
    folded = fold_same_length(r.text[:position].lower())
    places = pack_of(doc).words("place_prepositions")
    for match in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", folded))):
        if position - match.end() > REACH:
            return None
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.start < 3 or r.in_reported(match.start(), match.end()):
            continue
        k = span.start - 1
        if doc[k].pos_ != "DET" or doc[k - 1].text != ",":
            continue
        end = k - 1
        first = end
        while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ in ("PROPN", "NOUN") \
                and not doc[first - 1].is_sent_start:
            first -= 1
        if first == end:
            continue
        before = first - 1
        while before >= 0 and doc[before].pos_ == "DET":
            before -= 1
        if before >= 0 and doc[before].lower_ in places:
            continue
        start_char, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
        if r.in_reported(start_char, end_char) or r.index.at(start_char, end_char, ("country", "person")) is not None:
            continue
        return r.text[start_char:end_char]
    return None
