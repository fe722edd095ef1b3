"""The index of an article's actors and of every mention of one, which later components read.

The actors component writes it (`doc._.ng_actors`); quotes, speakers, sources and events read it;
`extract.actor_records` turns its actors into the record's Actor list.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class FoundActor:
    """An actor of the article as the components see it: `country`, `role` and `affiliation` are
    filled in as the actor passes read the article; `mentions` are [start, end] character offsets."""
    id: str
    name: str
    kind: str                      # person, country, organization, media
    country: str | None = None
    role: str | None = None
    affiliation: str | None = None
    mentions: list[list[int]] = field(default_factory=list)
    # the article's dominant state for a person it names with nothing else to place them: written
    # to the record's country, but kept out of `country`, which events read (see person_countries)
    presumed_country: str | None = None
    # `country` read off the sentence's scene or the article's state, not off the person's own
    # role or the gazetteer: a guess that a demonym in a description does not contradict
    country_guessed: bool = False


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actor_id: str
    text: str
    kind: str
    as_place: bool = False     # a city named as a place ("à Damas"), not as an acting state
    descriptive: bool = False  # a demonym describing a person or an organisation ("le président russe")


@dataclass(slots=True)
class ActorIndex:
    """Every actor of an article and every mention of one, in text order."""
    actors: dict[str, FoundActor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    gender: dict[str, str | None] = field(default_factory=dict)  # what a pronoun ("elle") must agree with
    # what a role description must agree with: a title's or a role noun's gender, not a first name's
    # (a masculine "l'expert", "le ministre" may stand for a woman; a first name may mislead)
    description_gender: dict[str, str | None] = field(default_factory=dict)
    background: set[str] = field(default_factory=set)  # countries only named as places or descriptions
    # The gazetteer the index was built with. Kept while speakers and events still read it here;
    # components read `nlp.context.gazetteer_of(doc)`, and this field goes once none reads it.
    gazetteer: Any = None
    spans: set[tuple[int, int]] = field(default_factory=set)
    unlisted: set[str] = field(default_factory=set)  # organisations the gazetteer does not list (unlisted_orgs)
    # cities and regions below the capital ("à Goma", "le Donbass", data/places.tsv), each as its
    # state named as a place: kept out of `mentions`, which name actors (countries layer, persons,
    # speakers), for the event rules that read a place as the state it lies in
    places: list[Mention] = field(default_factory=list)

    def add(self, actor: FoundActor, start: int, end: int, text: str, *, as_place: bool = False,
            descriptive: bool = False) -> FoundActor:
        known = self.actors.get(actor.id)
        if known is None:
            self.actors[actor.id] = known = actor
        else:
            known.role = known.role or actor.role
            known.country = known.country or actor.country
            known.affiliation = known.affiliation or actor.affiliation
        if (start, end) not in self.spans:
            self.spans.add((start, end))
            self.mentions.append(Mention(start, end, known.id, text, known.kind, as_place, descriptive))
            known.mentions.append([start, end])
        return known

    def add_place(self, actor: FoundActor, start: int, end: int, text: str) -> None:
        """A city or region below the capital: its state is registered as an actor (with no
        mention, so the record lists it only if the article names it otherwise)."""
        known = self.actors.setdefault(actor.id, actor)
        self.places.append(Mention(start, end, known.id, text, known.kind, as_place=True))

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        for actor in self.actors.values():
            actor.mentions.sort()
        acting = {m.actor_id for m in self.mentions if m.kind == "country" and not (m.as_place or m.descriptive)}
        self.background = {m.actor_id for m in self.mentions if m.kind == "country"} - acting

    def at(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> Mention | None:
        """The longest mention inside [start, end) (optionally of the given kinds)."""
        best = None
        for m in self.mentions:
            if m.start >= start and m.end <= end and (kinds is None or m.kind in kinds) and \
                    (best is None or (m.end - m.start) > (best.end - best.start)):
                best = m
        return best

    def agrees(self, actor_id: str, gender: str | None) -> bool:
        """May a description of this grammatical gender describe the person? The gender of their
        title or role must be it; and a feminine description is no man by his given name, though a
        masculine one may be a woman's ("le ministre" of the style that does not feminise titles)."""
        if gender is None:
            return True
        described = self.described_gender(actor_id)
        if described is not None:
            # "Le ministre …, Marie X" then "la ministre": a woman's title written in the masculine
            # (the style that does not feminise titles) does not keep a feminine one from her
            return described == gender or gender == "f" and self.gender.get(actor_id) == "f"
        return not (gender == "f" and self.gender.get(actor_id) == "m")

    def described_gender(self, actor_id: str) -> str | None:
        """The gender a role description must agree with (`description_gender`; `gender` for an
        actor the person pass did not set it for)."""
        if actor_id in self.description_gender:
            return self.description_gender[actor_id]
        return self.gender.get(actor_id)

    def persons_before(self, position: int) -> list[Mention]:
        """Person mentions ending before a position, most recent first."""
        return [m for m in reversed(self.mentions) if m.kind == "person" and m.end <= position]

    def ordered(self, *, background: bool = False) -> list[FoundActor]:
        """The article's actors by first mention; countries named only as places ("à Damas") or in
        descriptions ("la chaîne qatarie", "le président russe") only with `background=True`."""
        actors = [a for a in self.actors.values() if background or a.id not in self.background]
        return sorted(actors, key=lambda a: a.mentions[0] if a.mentions else [0, 0])
