"""Names an organisation noun introduced when the actor index does not know them: after the noun
("la coalition d'opposition Lamuka", "l'organisation Airwars") or in apposition before it ("l'Entsoe,
l'association regroupant …"). Moved out of descriptions.py, which they kept at its size limit."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far (chars) an organisation or a medium noun reaches back for the actor or name it takes up
ORGANISATION_REACH = 3000
# the rest of a hyphenated name after its first piece ("SUD" of "SUD-PTT")
HYPHENATED = re.compile(r"(?:-[^\W_]+)+")


def introduced_name(r: "SpeakerResolver", folded: str, head: str, position: int) -> str | None:
    """The capitalised name an earlier mention of the same organisation noun introduced, when
    the actor index does not know it ("la coalition d'opposition Lamuka", "le parti X"): up to
    three lower-case modifier words between, no verb."""
    doc = r.doc
    for match in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", folded[:position].lower()))):
        if position - match.end() > ORGANISATION_REACH:
            return None
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or r.in_reported(match.start(), match.end()):
            continue
        k, skipped = span.end, 0
        while k < len(doc) and skipped < 3 and doc[k].pos_ in ("ADJ", "ADP", "NOUN", "DET") and \
                doc[k].text[:1].islower():
            k, skipped = k + 1, skipped + 1
        first = k
        while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "ADJ") and \
                not doc[k].is_sent_start:
            k += 1
        # "la société de conseil de Fillon": a name after a preposition is an owner, not the name
        if k > first and doc[first - 1].pos_ != "ADP" and (k == first + 1 or doc[first].pos_ == "PROPN"):
            return doc[first:k].text
    return None


def name_after_head(r: "SpeakerResolver", head: str, start: int, end: int) -> str | None:
    """The capitalised name a description gives after its head noun ("l'organisation Airwars",
    "le groupe armé Boko Haram"): up to three lower-case modifiers between, no preposition
    just before the name (an owner, "la société de Fillon")."""
    doc = r.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if fold_same_length(token.lower_) != head:
            continue
        k, skipped = token.i + 1, 0
        while k < span.end and skipped < 3 and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].text[:1].islower():
            k, skipped = k + 1, skipped + 1
        first = k
        # (or any word of letters: the tagger may read an acronym as punctuation, "USAID")
        while k < span.end and doc[k].text[:1].isupper() and \
                (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].is_alpha):
            k += 1
        if k > first and (k == first + 1 or doc[first].pos_ == "PROPN"):
            name_end = doc[k - 1].idx + len(doc[k - 1].text)
            glued = HYPHENATED.match(r.text, name_end)  # "SUD-PTT": the tokenizer splits it
            return r.text[doc[first].idx:glued.end() if glued else name_end]
        return None
    return None
