"""One typed result per event (`FoundEvent`, turned into an `Event` record by `extract.py`), built
from a frame's resolved sides, and the international-interaction filter every result passes
(guidelines §7).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..context import pack_of
from ..person_countries import role_country
from .article_view import Arg, ArticleView, is_domestic_official
from .frames import THREAT_MODES, Found
from .modality import conditional_act, event_date, flags, vowed_act
from .predicates import VISIT_MODE, Predicate, PredicateTable


# how far back (characters before a sentence, about two sentences) an act may be that a later one
# answers (reactions) or follows in turn (parallel)
EARLIER_ACT_WINDOW = 400

@dataclass(slots=True)
class FoundEvent:
    """One event the component found: its sides and place as resolved arguments, its date as a
    result of the dates component, the evidence span and the flags."""
    type: str
    mode: str | None
    actor: Arg
    recipient: Arg
    place: Arg | None
    date: object | None       # a date of doc._.ng_dates (text, value, start, end)
    start: int
    end: int
    reported_by: str | None
    confidence: float
    negated: bool
    hypothetical: bool
    future: bool
    trigger: int | None = None  # the predicate's token (None for an event carried by a quote)
    predicate: Predicate | None = None  # the row of event_predicates.tsv (None for a quote's event)
    typed_by: str = ""  # why this type: the predicate, the quote's cue or a stance word of the quote


def acceptable(actor: Arg, recipient: Arg, unlisted: set[str] | frozenset[str] = frozenset()) -> bool:
    """International interactions only (guidelines §7): different actors of different states,
    at least one of them a state or a state's agent; never a medium."""
    if actor.key == recipient.key or "media" in (actor.kind, recipient.kind):
        return False
    if (actor.actor in unlisted and not _for_a_state(recipient)) or \
            (recipient.actor in unlisted and not _for_a_state(actor)):
        # an organisation only the NER knows (an NGO, a company, a union, an armed group) is
        # no state: with another body or a person of no known state, neither side is one
        return False
    if "group" in (actor.kind, recipient.kind) and not (_for_a_state(actor) or _for_a_state(recipient)):
        # "les rebelles syriens" against the État islamique: two non-state sides, though the group
        # has a country (guidelines §7: no interaction between non-state actors)
        return False
    a, r = actor.country, recipient.country
    if actor.home is not None and actor.home == (r or recipient.home) or \
            recipient.home is not None and recipient.home == (a or actor.home):
        return False  # "l'opposant congolais X" and Kinshasa: a domestic pair
    if a is None and r is None:
        # "des forces ouest-africaines" against an armed group: states acting together, of no one state
        return "states" in (actor.kind, recipient.kind) and actor.kind != recipient.kind
    if actor.official or recipient.official:
        return False  # an office holder of unstated country: presumably the same state
    return a != r


def faces_marked_foreigner(actor: Arg, recipient: Arg, article: ArticleView) -> bool:
    """Whether a domestic office holder of unstated state faces an office holder whose role names
    their state ("le vice-Premier ministre X a reçu Y, ministre sud-coréen du Commerce"; read as
    person_countries reads roles): French news names a foreign office holder's state and leaves
    its own ones' unsaid, so the two serve different states and the pair is international."""
    if actor.official == recipient.official:
        return False
    official, other = (actor, recipient) if actor.official else (recipient, actor)
    holder = article.index.actors.get(official.actor) if official.actor else None
    if holder is None or not is_domestic_official(holder, article.lex):
        return False  # a commentator is no party to what they comment on
    foreigner = article.index.actors.get(other.actor) if other.actor else None
    if foreigner is None or foreigner.kind != "person" or not foreigner.country or not foreigner.role:
        return False
    return role_country(foreigner.role, article.gaz, pack_of(article.doc)) == foreigner.country


def _for_a_state(arg: Arg) -> bool:
    """A state, states acting together, or a person the article places in a state."""
    return arg.kind in ("country", "states") or (arg.kind == "person" and arg.country is not None)


def _reported_by(position: int, sent: Span, article: ArticleView, actor: Arg) -> str | None:
    """The speaker of the quote the predicate stands in, else a source of the sentence ("selon X")."""
    for quote in article.quotes:
        if quote.start <= position < quote.end and quote.speaker_name:
            return quote.speaker_name
    for source in article.sources:
        inside = sent.start_char <= source.start < sent.end_char
        if inside and not (source.start <= actor.start < source.end):
            return source.name
    return None


def event_of(found: Found, actor: Arg, recipient: Arg, sent: Span, article: ArticleView,
           table: PredicateTable) -> FoundEvent:
    token = found.token
    place = found.place
    if place is not None and recipient.place and recipient.key != place.key or \
            found.mode == VISIT_MODE and place is not None and recipient.kind == "country" and \
            None not in (place.country, recipient.country) and place.country != recipient.country:
        # "s'est rendu à Nairobi et au Caire", "en Italie et en France": each visit of a list is
        # in the state it visits, not at the list's first place
        place = replace(recipient, place=True)
    pieces = [(token.idx, token.idx + len(token.text))]
    for arg in (actor, recipient, place):
        if arg is not None and sent.start_char <= arg.start and arg.end <= sent.end_char and arg.actor:
            pieces.append((arg.start, arg.end))
    start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
    when = event_date(token, sent, article, [(actor.start, actor.end), (recipient.start, recipient.end)], table)
    negated, hypothetical, future = flags(token, when, article, table, stopped=found.type != found.predicate.type)
    confidence = round(min(actor.confidence, recipient.confidence) - 0.15 * hypothetical, 2)
    etype, mode = found.type, found.mode
    if etype in THREAT_MODES and not negated and (conditional_act(token, table, article.lex) or
                                                 vowed_act(token, article, table, article.lex)):
        etype, mode = "THREATEN", THREAT_MODES[etype]  # "frappera X s'il le juge nécessaire", "« Nous frapperons X »"
    return FoundEvent(etype, mode, actor, recipient, place, when, start, end,
                      _reported_by(token.idx, sent, article, actor), max(confidence, 0.1),
                      negated, hypothetical, future, token.i, found.predicate,
                      f"predicate {found.predicate.expression!r} ({found.predicate.pos})")
