"""Which of several persons a description fits equally it takes up ("le chef de l'État" after two
heads of state): the one its paragraph is about, else the one of the article's own state (a wire
dateline's, else the state the article names most)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .dateline import find_dateline
from .role_echoes import known_country
from .syntax import subject_labels

if TYPE_CHECKING:
    from .descriptions import Descriptions


def salient_holder(d: "Descriptions", holders: set[str], position: int) -> str | None:
    """Among persons a description fits equally, the one the paragraph is about (its current
    speaker, else the one of them it names, else the previous paragraph's speaker), then the
    one of the article's own state (its dateline's, else the state it names most), else none
    (the caller then takes the latest named)."""
    r = d.r
    turn = r.current_speaker(position, paragraphs=0)
    if turn is not None and turn.speaker.actor in holders:
        return turn.speaker.actor
    paragraph = r.paragraph_of(position)
    named = {m.actor_id for m in r.index.persons_before(position)
             if r.paragraph_of(m.start) == paragraph and m.actor_id in holders
             and not r.in_reported(m.start, m.end)}
    if len(named) > 1:
        # "X a signé avec son homologue Y. La ministre a précisé": the one the paragraph made
        # the subject of a clause is its topic, not one named in a complement
        named = _subjects(d, named, paragraph, position) or named
    if named:
        return named.pop() if len(named) == 1 else None
    turn = r.current_speaker(position)  # a paragraph opening on the description: the last one's
    if turn is not None and turn.speaker.actor in holders:
        return turn.speaker.actor
    home = home_state(d)
    compatriots = [a for a in holders if home is not None and known_country(r.index.actors[a]) == home]
    return compatriots[0] if len(compatriots) == 1 else None


def _subjects(d: "Descriptions", holders: set[str], paragraph: int, position: int) -> set[str]:
    """Those of the holders the paragraph names, before the position, as the subject of a clause."""
    r = d.r
    subjects = subject_labels(d.pack)
    found = set()
    for mention in r.index.persons_before(position):
        if mention.actor_id not in holders or r.paragraph_of(mention.start) != paragraph or \
                r.in_reported(mention.start, mention.end):
            continue
        span = r.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        root = span.root if span is not None else None
        while root is not None and root.dep_ in d.pack.label("apposition") and root.head.i < root.i:
            root = root.head  # "Le ministre …, Marie X, a signé": the name is apposed to the subject
        if root is not None and root.dep_ in subjects:
            found.add(mention.actor_id)
    return found


def home_state(d: "Descriptions") -> str | None:
    """The article's own state: its wire dateline's ("Bruxelles (Belga) –"), else the state it
    names most as an actor, when it names it more than any other."""
    match = find_dateline(d.r.text, d.pack, anywhere_in_head=True)
    if match is not None and not match.group("year"):
        placed = [d.r.index.actors[m.actor_id].country for m in d.r.index.mentions + d.r.index.places
                  if m.kind == "country" and match.start() <= m.start and m.end <= match.end()]
        if placed and placed[0] is not None:
            return placed[0]
    counts: dict[str, int] = {}
    for mention in d.r.index.mentions:
        country = d.r.index.actors[mention.actor_id].country if mention.kind == "country" else None
        if country is not None and not mention.as_place:
            counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
