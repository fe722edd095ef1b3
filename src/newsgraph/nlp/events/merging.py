"""Merging repeated mentions of one interaction: a headline, a lead and a later paragraph often
state the same one; one event is kept per interaction.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..context import pack_of
from ..tense import is_past_auxiliary
from .found import FoundEvent
from .lexicon import event_lexicon

SYMMETRIC_TYPES = {"AGREE", "CONSULT"}  # merged as unordered pairs (except visits)
VISIT_MODE = "visit"  # a visit is directed even when merged (to the state visited)


def merge_repeats(events: list[FoundEvent], doc: Doc | None = None) -> list[FoundEvent]:
    """One event per interaction: a headline, a lead and a later paragraph often state the same
    one (same actors, type and polarity, no conflicting dates); keep its most explicit mention."""
    groups: list[list[FoundEvent]] = []
    for event in events:
        key = _identity(event)
        for group in groups:
            if (_identity(group[0]) == key and all(_same_saying(other, event) for other in group) or
                    any(_told_together(other, event, doc) for other in group)) and \
                    all(_same_time(other, event, doc) for other in group):
                group.append(event)
                break
        else:
            groups.append([event])
    kept = [max(group, key=lambda e: ((e.date is not None) + (e.place is not None), e.confidence,
                                      e.mode is not None, -e.start)) for group in groups]
    return sorted(kept, key=lambda e: (e.start, e.end))


def _identity(event: FoundEvent) -> tuple:
    sides = (event.actor.key, event.recipient.key)
    mode = event.mode
    if event.type in SYMMETRIC_TYPES and mode != VISIT_MODE:
        # "X a reçu Y. Les deux dirigeants se sont entretenus …": hosting, a meeting and a call
        # between the same two sides are one meeting told twice
        sides = tuple(sorted(sides))
        mode = None if event.type == "CONSULT" else mode
    return (event.type, mode, event.negated, sides)


def _same_saying(a: FoundEvent, b: FoundEvent) -> bool:
    """Whether two mentions of an act between the same sides may be one: not when two verbs
    tell them ("a jugé …", then "a dénoncé …" are two statements; "a expulsé …", then "a
    suspendu …" are two sanctions; "dénonce" in the headline and "a dénoncé" in the lead are one). A noun ("l'appel de X", "ces accusations") or a quote may
    take up a saying told before, and merges with it; so may a verb in a quote or after "selon X"
    (« Je condamne la décision de X », the words a lead's "a dénoncé" sums up)."""
    if a.type in SYMMETRIC_TYPES:
        return True  # a meeting or a deal is told by many verbs ("a reçu", "s'est entretenu")
    heads = [e.predicate.head for e in (a, b)
             if e.predicate is not None and e.predicate.pos == "verb" and e.reported_by is None]
    return len(heads) < 2 or heads[0] == heads[1]


def _told_together(a: FoundEvent, b: FoundEvent, doc: Doc | None) -> bool:
    """One interaction read twice from one mention: same type and sides (in either order), one
    predicate qualifying the other ("le cessez-le-feu conclu entre X et Y": the noun and its
    participle). Coordinated predicates ("ont expulsé … et ont sanctionné …") are two acts."""
    if doc is None or a.trigger is None or b.trigger is None or a.type != b.type or a.negated != b.negated or \
            {a.actor.key, a.recipient.key} != {b.actor.key, b.recipient.key}:
        return False
    labels = event_lexicon(pack_of(doc)).labels
    first, second = doc[a.trigger], doc[b.trigger]
    return any(low.head == high and low != high and (low.dep_ in labels.clausal_modifier or
                                                     low.dep_ in labels.adjective_modifier)
               for low, high in ((first, second), (second, first)))


def _same_time(a: FoundEvent, b: FoundEvent, doc: Doc | None = None) -> bool:
    """No conflicting dates, and not one verb in the pluperfect and the other not: "X a accusé Y
    … X avait alors reproché à Y …" tells an earlier act beside the story's own."""
    if doc is not None and None not in (a.trigger, b.trigger) and all(
            e.predicate is not None and e.predicate.pos == "verb" for e in (a, b)) and \
            _pluperfect(doc[a.trigger]) != _pluperfect(doc[b.trigger]):
        return False
    values = [e.date.value for e in (a, b) if e.date is not None and e.date.value]
    return len(values) < 2 or values[0] == values[1]


def _pluperfect(verb) -> bool:
    """Whether a verb is told in the pluperfect: a tense auxiliary of its own in a past tense."""
    pack = pack_of(verb.doc)
    auxiliaries = pack.label("tense_auxiliary")
    auxiliary = [c for c in verb.children if c.dep_ in auxiliaries and c.i < verb.i]
    if auxiliary:
        return any(is_past_auxiliary(c.text, pack) for c in auxiliary)
    # a simple verb in the imperfect ("accusait") tells the background, as the pluperfect does
    return "Imp" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")
