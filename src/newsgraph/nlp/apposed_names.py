"""The name an organisation noun stands in apposition after ("la Fedelec, l'association des
gestionnaires de réseaux … Selon l'association, …"): a later definite description with that noun
takes the name up when the actor index does not know it (the tagger missed the name). Split from
descriptions.py, which tries the name after the noun first (Descriptions._introduced_name)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far (chars) back the noun's apposition may stand
REACH = 3000
# the longest name taken (tokens): a longer capitalised run is a title, not a name
LONGEST = 4


def name_apposed_before(r: "SpeakerResolver", folded: str, head: str, position: int) -> str | None:
    """The capitalised name right before ", <determiner> <head>" latest before `position`, outside
    reported words."""
    doc = r.doc
    for match in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", folded[:position].lower()))):
        if position - match.end() > REACH:
            return None
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or r.in_reported(match.start(), match.end()):
            continue
        k = span.start - 1
        if k < 2 or doc[k].pos_ != "DET" or doc[k - 1].text != ",":
            continue
        last = k - 2
        if not _capitalised(doc[last]):
            continue
        first = last
        while first > 0 and last - first + 1 < LONGEST and _capitalised(doc[first - 1]):
            first -= 1
        if first > 0 and _capitalised(doc[first - 1]):
            continue  # a longer capitalised run: a title, not a name
        return doc[first:last + 1].text
    return None


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "X")
