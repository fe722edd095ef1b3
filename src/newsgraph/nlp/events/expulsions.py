"""Expulsions told as an order to leave: "a donné 48 heures aux diplomates belges pour quitter le
pays", "a sommé l'ambassadeur de quitter le territoire", "les troupes françaises ont été
contraintes de quitter le Mali". Whoever gives the order or the deadline expels whoever must leave
(PLOVER SANCTION, expel); the verb of leaving is a row flagged `ordered` (event_predicates.tsv), the
ordering words are event_expelling_words.txt. docs/events.md, "Expulsions ordered".
"""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Resolver
from .article_view import Arg
from .predicates import case_of, ordering_word
from .subjects import subject_of
from .voice import agent_of, is_passive


def _order_verb(order: Token, resolver: Resolver) -> Token:
    """The verb that gives the order: the ordering verb itself, or the light verb of an ordering
    noun ("a donné l'ordre à X de quitter", "a fixé un délai")."""
    labels = resolver.lex.labels
    if order.pos_ == "NOUN" and order.head != order and order.head.pos_ == "VERB" and \
            (order.dep_ in labels.object or order.dep_ in labels.oblique):
        return order.head
    return order


def _leavers(resolver: Resolver, verb: Token, order: Token) -> list[Token]:
    """Who must leave: the passive subject of the order ("X a été sommé de quitter"), else its
    dative or indirect object ("a donné 48 heures aux diplomates", also hung on the deadline:
    "48 heures aux diplomates"), else its object ("a sommé l'ambassadeur de quitter")."""
    lex = resolver.lex
    labels = lex.labels
    if is_passive(verb, lex):
        subject = subject_of(verb, lex)
        return [subject] if subject is not None else []
    dative = lex.prepositions.get(lex.dative, frozenset())
    hosts = [verb] + [c for c in verb.children if c.dep_ in labels.object]
    datives = [c for host in hosts for c in host.children
               if c.dep_ in labels.indirect_object or (case_of(c, lex) in dative and c.pos_ != "VERB")]
    objects = [c for c in verb.children if c.dep_ in labels.object and c != order]
    return datives + objects


def expulsion_sides(resolver: Resolver, token: Token) -> tuple[list[Arg], list[Arg]]:
    """(who expels, who is expelled) of a verb of leaving under an order; with no one named giving
    the order ("contraintes de quitter le Mali"), the state left expels."""
    lex = resolver.lex
    order = ordering_word(token, lex)
    if order is None:
        return [], []
    left = [c for c in token.children if c.dep_ in lex.labels.object]
    if any(a.kind != "country" for c in left[:1] for a in resolver.members(c, deep=False)):
        return [], []  # "forcée de quitter la CEI": a body left, no state expelling
    verb = _order_verb(order, resolver)
    ruler = agent_of(verb, lex) if is_passive(verb, lex) else subject_of(verb, lex)
    actors = resolver.members(ruler, deep=False) if ruler is not None else []
    if not actors:
        actors = [a for c in left[:1] for a in resolver.members(c, deep=False) if a.kind == "country"]
    taken = {a.key for a in actors}
    for leaver in _leavers(resolver, verb, order):
        recipients = [a for a in resolver.members(leaver, deep=True) if a.key not in taken and not a.place]
        if recipients:
            return [a for a in actors if not a.place or a.kind == "country"], recipients
    return actors, []
