"""The partner of a meeting noun that frames a clause and names none of its own: "X a félicité Y
lors d'un entretien téléphonique" tells that X and Y talked (GUIDELINES §7.1: telephone talks are
meetings), the person the clause's verb is aimed at being the other side of the talk. The frame
(frames.py) reads the noun's own partner ("lors d'un entretien avec Z"); this is the fallback
when it found none."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .frames import Found
from .predicates import Predicate, PredicateTable, case_of
from .arguments import Resolver
from .slots import read_slot
from .syntax import circumstance_link


def framing_meeting(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable) -> Found | None:
    """The meeting a partner-less meeting noun of circumstance ("lors d'un entretien", "au cours
    d'un appel") tells between the clause's subject and the person its verb takes as object; only
    a person spoken to: "a critiqué la Russie lors d'un sommet" names no partner of the summit."""
    lex = resolver.lex
    if predicate.pos != "noun" or not predicate.symmetric or token.head == token:
        return None
    link = circumstance_link(token, lex)
    if link is None and case_of(token, lex) not in lex.circumstance_cases:
        return None
    verb = (link or token).head
    if verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ in lex.labels.object]
    if len(objects) != 1:
        return None
    actors, _ = read_slot(resolver, token, predicate, "actor", table)
    taken = {a.key for a in actors}
    partners = [replace(p, how=f"spoken to in the clause the {token.text!r} frames: {p.how}")
                for p in resolver.members(objects[0], deep=True)
                if p.kind == "person" and p.key not in taken and not p.place]
    if not actors or not partners:
        return None
    mode = "phone" if any(t.lemma_.lower() in lex.phone_words for t in token.subtree) else predicate.mode
    return Found(predicate, token, actors, partners, None, mode, predicate.type)
