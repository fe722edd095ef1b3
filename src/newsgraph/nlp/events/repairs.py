"""Repairs of the parser's common misreadings of who acts, read on the text: the inverted subject
of a verb in an incise ("« … », a accusé Kiev", parsed as an object) and the first items of a
coordinated subject broken off as a fronted adverbial ("L'Union européenne, les Nations unies et
Amnesty International ont critiqué …")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actor_index import Mention
from .lexicon import EventLexicon
from .predicates import case_of
from .references import noun_phrase_bounds


def inverted_subject(token: Token, lex: EventLexicon) -> Token | None:
    """The subject of a verb in an incise, after it ("« … », a accusé Kiev", "« … », a averti le
    ministre"): the parser reads the inverted subject as an object. A verb right after a closing
    quotation mark (past its auxiliaries and a comma), or right after a comma and hung on the
    clause before it (parataxis), with no subject of its own (one inside the quotation is a
    misreading): its nearest nominal object after it."""
    labels = lex.labels
    if token.pos_ not in ("VERB", "AUX"):
        return None
    first = min([token.i] + [c.i for c in token.children if c.dep_ in labels.auxiliaries and c.i < token.i])
    doc, edge = token.doc, first
    while edge > 0 and doc[edge - 1].pos_ == "PUNCT" and first - edge < 3:
        edge -= 1
    if edge == first:
        return None
    quoted = any(doc[i].is_quote for i in range(edge, first))
    after_clause = token.dep_ in labels.parataxis and token.head.i < token.i or \
        token.dep_ in labels.root and any(c.i < token.i and (c.dep_ in labels.clausal_complement or
                                                              c.dep_ in labels.parataxis) for c in token.children)
    if not (quoted or after_clause):
        return None
    if any(c.dep_ in labels.subjects and (c.i > token.i or not quoted) for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ in labels.object and c.i > token.i and
               c.pos_ in ("NOUN", "PROPN")]
    return min(objects, key=lambda c: c.i) if objects else None


def listed_before(article, token: Token, sent: Span) -> list[Mention]:
    """The first items of a coordinated subject the parser broke off ("L'Union européenne, les
    Nations unies et Amnesty International ont critiqué …" with "L'Union" read as a fronted
    adverbial): the actor mentions right before the subject's noun phrase, joined to it by commas
    only, with no preposition. Only for a subject that is a list
    itself (its conjunction shows the list goes on)."""
    lex = article.lex
    labels = lex.labels
    if not any(c.dep_ in labels.conjunct for c in token.children):
        return []
    start, _ = noun_phrase_bounds(token, lex)
    doc = article.doc
    found: list[Mention] = []
    edge = doc.char_span(start, start + 1, alignment_mode="expand")
    position = edge.start if edge is not None else token.i
    while position > sent.start:
        comma = doc[position - 1]
        if comma.text != "," or position - 1 == sent.start:
            break
        before = article.by_token.get(position - 2)
        if before is None or before.as_place or before.kind == "media" or before.descriptive:
            break
        root = doc.char_span(before.start, before.end, alignment_mode="expand").root
        if case_of(root, lex) is not None or root.dep_ in labels.subjects:
            break
        item_start = min(noun_phrase_bounds(root, lex)[0], before.start)
        found.insert(0, before)
        first = doc.char_span(item_start, item_start + 1, alignment_mode="expand")
        position = first.start if first is not None else root.i
    return found
