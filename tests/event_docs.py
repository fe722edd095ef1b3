"""Hand-built parsed Docs for the tests of the event rules (nlp/events): no model needed.

A sentence is written one token a line, "word lemma POS head dep [Morph]" (head: the index of
the head token, 0-based; a token heading itself is the root), and the actors it names are given
by token index, so a test states exactly the parse a rule reads.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.gazetteer import load_gazetteer
from datetime import date

from newsgraph.model import Actor
from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.context import set_gazetteer
from newsgraph.nlp.dates.found import FoundDate
from newsgraph.nlp.extensions import register_extensions


def parsed(nlp, table: str, *, actors: dict[int, Actor] | None = None, places: tuple[int, ...] = (),
           dates: dict[int, str] | None = None, published: str | None = None) -> Doc:
    """A Doc of the blank pipeline `nlp` (it carries the language pack) with the parse `table`,
    the actor mentions `actors` (token index -> Actor; `places` are mentions named as places),
    the dates `dates` (token index -> normalised value) and the publication date."""
    register_extensions()
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    doc = Doc(nlp.vocab, words=words, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              heads=[int(r[3]) for r in rows], deps=[r[4] for r in rows],
              morphs=[r[5] if len(r) > 5 else "" for r in rows])
    doc = set_gazetteer(nlp.get_pipe("newsgraph_context")(doc), load_gazetteer())
    index = ActorIndex(gazetteer=load_gazetteer())
    for i, actor in (actors or {}).items():
        token = doc[i]
        index.add(Actor(actor.id, actor.name, actor.kind, actor.country, actor.role), token.idx,
                  token.idx + len(token.text), token.text, as_place=i in places)
    index.finish()
    doc._.ng_actors = index
    doc._.ng_dates = [found_day(doc[i].text, doc[i].idx, value) for i, value in (dates or {}).items()]
    doc._.ng_quotes, doc._.ng_sources = [], []
    doc._.published = published
    return doc


def country(iso: str, name: str) -> Actor:
    return Actor(f"country:{iso}", name, "country", iso)


def person(slug: str, name: str, iso: str | None = None, role: str | None = None) -> Actor:
    return Actor(f"person:{slug}", name, "person", iso, role)


def found_day(text: str, start: int, value: str | None) -> FoundDate:
    """A date of the dates component for one day ("2023-04-03"), or an unresolved one (None)."""
    day = date.fromisoformat(value) if value else None
    return FoundDate(start, start + len(text), text, value, "day", "date", day, day)
