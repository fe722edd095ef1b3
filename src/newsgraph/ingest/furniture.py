"""Page furniture a scraper runs into an article's body: a link to another article ("Lire aussi :
<titre>", "Read more: <headline>") and a photo's credit ("Photo : AFP", "(Crédit : Reuters)").
The parser read a link's headline as a sentence of the article (its quotation, its speaker) and a
credit as a name beside the words around it (a photographer made a person, an agency a source),
and a link or credit glued between two paragraphs ran them together. `furniture_edits` takes
each out of the text the parser reads (mend.py), with a paragraph break where it was glued
between two; the text as given keeps it. The leads are the language pack's (related_leads,
caption_leads); only furniture whose end is seen is taken: at a line's end, where the next
paragraph is glued to it, or at a credit's closing bracket.
"""
from __future__ import annotations

import functools
import re

# the longest furniture taken, in characters: a headline, a credit (a longer run to the line's end
# is a sentence of the article, glued to the lead with a space)
RELATED_CHARACTERS = 160
CAPTION_CHARACTERS = 60
_BEFORE = r"(?:(?<=^)|(?<=\n)|(?<=[.!?…»”\")\]])[ \u00a0]?)"
# where the next paragraph is glued: a small letter, a closing mark, a final mark or a number before
# a capital ("…tuéDans la ville", "Anvers ?La ministre"), or a word in capitals before a
# capitalised word ("Photo MONUSCOGoma")
_GLUED = r"(?<=[^\W\d_A-ZÀ-Þ]|[»”\"?!.…\d])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ]{3})(?=[A-ZÀ-Þ][a-zß-ÿ]{2})"


@functools.cache
def _pattern(leads: frozenset[str], longest: int, credit: bool) -> re.Pattern | None:
    """Furniture opened by one of `leads` (a lead written with a colon only before a colon or a
    dash), a credit (`credit`) opening with a capital, a headline with a capital or a mark."""
    loose = sorted((w for w in leads if not w.endswith(":")), key=len, reverse=True)
    strict = sorted((w.rstrip(":").strip() for w in leads if w.endswith(":")), key=len, reverse=True)
    if not loose and not strict:
        return None
    colon = r"[ \u00a0]*[:–—-][ \u00a0]*"
    alternatives = [rf"(?:{'|'.join(map(re.escape, loose))})(?:{colon}|[ \u00a0]+)"] if loose else []
    alternatives += [rf"(?:{'|'.join(map(re.escape, strict))}){colon}"] if strict else []
    first = r"[A-ZÀ-Þ]" if credit else r"[A-ZÀ-Þ«“\"\d]"
    return re.compile(rf"{_BEFORE}(?P<open>\()?(?P<lead>(?i:{'|'.join(alternatives)}))"
                      rf"(?P<body>{first}[^\n]{{0,{longest}}}?)"
                      rf"(?:(?(open)\)|(?=\n|$|{_GLUED})))")


def furniture_edits(text: str, related: frozenset[str], captions: frozenset[str]) -> list[tuple[int, int, str]]:
    """Edits (start, end, replacement) that take each link and credit out of `text`: a paragraph
    break where text is glued on both sides, nothing where it has a line to itself."""
    edits = []
    for pattern in (_pattern(related, RELATED_CHARACTERS, False), _pattern(captions, CAPTION_CHARACTERS, True)):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            if not match.group("lead")[:1].isupper():
                continue  # a lead opens its line with a capital ("Lire aussi", "LIRE AUSSI")
            start, end = match.span()
            glued_before = start > 0 and text[start - 1] != "\n"
            glued_after = end < len(text) and text[end] != "\n"
            edits.append((start, end, "\n\n" if glued_before and glued_after else ""))
    return edits
