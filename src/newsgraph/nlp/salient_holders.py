"""Which of several persons a description fits equally it takes up ("le chef de l'État" after two
heads of state): the one its paragraph is about, else the one of the article's own state (a wire
dateline's, else the state the article names most)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .dateline import find_dateline
from .role_echoes import known_country

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
    if named:
        return named.pop() if len(named) == 1 else None
    turn = r.current_speaker(position)  # a paragraph opening on the description: the last one's
    if turn is not None and turn.speaker.actor in holders:
        return turn.speaker.actor
    home = home_state(d)
    compatriots = [a for a in holders if home is not None and known_country(r.index.actors[a]) == home]
    return compatriots[0] if len(compatriots) == 1 else None


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
