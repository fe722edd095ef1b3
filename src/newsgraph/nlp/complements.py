"""What a cue's frame reader returns (nlp/frames.py, nlp/passive_frames.py): the reported words a
cue governs, and where a parsed complement ends."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .quotemarks import QUOTE_CHARS, QuotedSpan, opening_between


@dataclass(frozen=True, slots=True)
class Complement:
    """The reported words a cue governs: where they open, and where the parse ends them."""
    kind: str            # clause | infinitive | quoted_object | predicate | complement | object
    opener: Token        # the complementiser, the preposition or the first word
    start: int           # first char of the reported words
    end: int | None      # end char when the parse bounds the complement; None: up to the clause end


def subtree_end(head: Token, quoted: list[QuotedSpan]) -> int:
    """End char of a parsed complement: its subtree without final punctuation, and on to the end of
    a quotation it opens (within its sentence)."""
    doc = head.doc
    last = head.right_edge
    while last.i > head.i and last.is_punct and last.text not in QUOTE_CHARS:
        last = doc[last.i - 1]
    end = last.idx + len(last.text)
    for q in opening_between(quoted, head.left_edge.idx, end):
        if q.depth == 0 and end < q.outer_end:
            end = min(q.outer_end, head.sent.end_char)
    return end
