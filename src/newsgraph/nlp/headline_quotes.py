"""Headlines that give a statement after its author's name and a colon: "Sanders: Clinton needs to
'get away from all of this personality stuff'", "Smith on taxes: 'The rich must pay.'".

The headline is the article's first paragraph. Its part before the colon is short and names a
person or an organisation (the entity recogniser's reading, or a name the article gives one); the part after it is the statement:
direct when it is one quotation, mixed when it holds quoted words, indirect otherwise. Headline
topics ("Stealth Over Health: …", "The Latest: …") name nobody and are left alone. Read only where
the pack's conventions count headlines as attributions (PolNeAR does).
"""
from __future__ import annotations

from spacy.tokens import Doc

from .quotemarks import QuotedSpan
from .reports import FoundQuote
from .syntax import token_from
from .textutil import text_of, word_count

# a name-and-topic prefix ("Obama on Climate Change"), not a sentence ending in a colon
MAX_PREFIX_TOKENS = 8
# fewer words after the colon are a label ("Trump: the Interview")
MIN_STATEMENT_WORDS = 3
NAMED = ("PER", "ORG")
TRAILING = " \u00a0.;"


def find_headline_quote(doc: Doc, quoted: list[QuotedSpan], taken: list[FoundQuote]) -> FoundQuote | None:
    """The statement of a "Name: statement" headline, unless another quote already covers it."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or []
    if not paragraphs:
        return None
    p_start, p_end = paragraphs[0]
    colon = text.find(":", p_start, p_end)
    first = token_from(doc, p_start)
    colon_tok = token_from(doc, colon) if colon > p_start else None
    if first is None or colon_tok is None or not 0 < colon_tok.i - first.i <= MAX_PREFIX_TOKENS:
        return None
    # headlines in capitals defeat the entity recogniser ("Sanders: …"): a word of the prefix also
    # counts when the article names a person or an organisation with it
    named = {t.text for t in doc[colon_tok.i:] if t.ent_type_ in NAMED and t.text[:1].isupper()}
    names = [t for t in doc[first.i:colon_tok.i] if t.ent_type_ in NAMED or t.text in named]
    if not names:
        return None
    start = colon + 1
    while start < p_end and text[start].isspace():
        start += 1
    end = p_end
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    if word_count(doc, start, end) < MIN_STATEMENT_WORDS or \
            any(q.start < end and start < q.end for q in taken):
        return None
    inside = [q for q in quoted if q.depth == 0 and start <= q.open_at and q.close_at < p_end]
    whole = next((q for q in inside if q.open_at == start and q.outer_end >= end), None)
    if whole is not None:
        start, end, kind = whole.start, whole.end, "direct"
    else:
        kind = "mixed" if inside else "indirect"
    speaker = (names[0].idx, names[-1].idx + len(names[-1].text))
    return FoundQuote(start, end, kind, None, speaker, 0.6)
