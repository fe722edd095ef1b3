"""Doc -> records: where the pipeline's results (doc._.ng_*) become the article record.

Components read what earlier components wrote (quotes read the actor index); only this
module turns them into records, so the store never sees spaCy objects."""
from __future__ import annotations

from spacy.tokens import Doc

from .model import Actor, Article, Cue, DateRef, Event, EventActor, Place, Quote, Source, Speaker, When
from .nlp.actor_index import ActorIndex
from .nlp.context import gazetteer_of, pack_of
from .nlp.own_outlet import cites_own_outlet, outlet_of
from .nlp.textutil import text_of


def quote_records(doc: Doc) -> list[Quote]:
    """Quote records from the quotes component's results (`AttributedQuote`: found + speaker)."""
    text = text_of(doc)
    quotes = []
    for item in doc._.ng_quotes or []:
        found, speaker = item.found, item.speaker
        if found.end <= found.start:
            continue  # a cue inside marks governing words outside them ("qu'Ottawa « regrettait » le
            # rappel"): its report, cut at the closing mark, holds no words; events still read its cue
        cue = Cue(text[found.cue[0]:found.cue[1]], found.cue[0], found.cue[1]) if found.cue else None
        quotes.append(Quote(start=found.start, end=found.end, text=text[found.start:found.end], type=found.type,
                            speaker=Speaker(speaker.actor, speaker.name, speaker.start, speaker.end),
                            cue=cue, confidence=round(item.confidence, 2), continuation=found.continuation))
    return quotes


def source_records(doc: Doc, url: str | None = None) -> list[Source]:
    """Source records from the sources component's results (`FoundSource`), but for the article's
    own outlet, which its address names (nlp/own_outlet.py: "a confié à Radio Okapi" in a piece
    at radiookapi.net cites no medium); an agency's dispatch credit stays, GUIDELINES §3 counts it,
    but an outlet that is no agency credited on its own site is its byline ("(Radio Okapi)")."""
    found = doc._.ng_sources or []
    gazetteer = gazetteer_of(doc) if found and url else None
    outlet = outlet_of(url, gazetteer, pack_of(doc)) if gazetteer is not None else None
    return [Source(s.name, s.actor, s.start, s.end, named=s.named) for s in found
            if outlet is None or s.credit and outlet.kind == "agency" or
            not cites_own_outlet(s.name, s.actor, outlet, gazetteer)]


def fill_article(article: Article, doc: Doc) -> Article:
    """Copy what the pipeline found on `doc` into the article record."""
    quotes = quote_records(doc)
    sources = source_records(doc, article.url)
    article.actors = actor_records(doc._.ng_actors, quotes, sources)
    article.quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    article.sources = list(sources)
    article.dates = extract_dates(doc)
    article.events = events_of(doc)
    return article


def extract_dates(doc: Doc) -> list[DateRef]:
    """The DateRef records of the temporal expressions the dates component found."""
    return [DateRef(text=d.text, start=d.start, end=d.end, value=d.value,
                    granularity=d.granularity, kind=d.kind) for d in doc._.ng_dates or []]


def events_of(doc: Doc) -> list[Event]:
    """Event records from the events component's results (nlp.events.FoundEvent)."""
    found = doc._.ng_events or []
    text = text_of(doc) if found else ""
    events = []
    for f in found:
        place, date = f.place, f.date
        events.append(Event(
            type=f.type, mode=f.mode,
            actor=EventActor(actor=f.actor.actor, name=f.actor.name),
            recipient=EventActor(actor=f.recipient.actor, name=f.recipient.name),
            where=Place(text[place.start:place.end], place.country, place.start, place.end) if place else None,
            when=When(date.text, date.value, date.start, date.end) if date else None,
            start=f.start, end=f.end, reported_by=f.reported_by, confidence=f.confidence,
            negated=f.negated, hypothetical=f.hypothetical, future=f.future, text=text[f.start:f.end]))
    return events


def actor_records(index: ActorIndex | None, quotes: list[Quote], sources: list[Source]) -> list[Actor]:
    """The record's actors, in order of first mention: every actor the article names as one
    (not a country named only as a place or in a description), and every actor a quote or a
    source points to."""
    if index is None:
        return []
    wanted = {q.speaker.actor for q in quotes if q.speaker.actor} | {s.actor for s in sources if s.actor}
    return [Actor(id=a.id, name=a.name, kind=a.kind, country=a.country or a.presumed_country, role=a.role,
                  mentions=[list(m) for m in a.mentions], affiliation=a.affiliation)
            for a in index.ordered() if a.mentions or a.id in wanted]
