"""The records every stage passes: Article and the facts extracted from it.

Records are plain dataclasses that serialise to the article record contract
(`docs/record.md`, `schema/article.schema.json`). Offsets are Python string indices
into `Article.text`, end exclusive. The store and the server only ever see these.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_ID = "newsgraph.article/1"

# PLOVER event types grouped by quad class; the order is PLOVER's own.
QUAD_CLASSES = {
    "verbal_cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material_cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal_conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material_conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
EVENT_TYPES = tuple(t for types in QUAD_CLASSES.values() for t in types)
QUAD_OF = {t: quad for quad, types in QUAD_CLASSES.items() for t in types}


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    mentions: list[list[int]] = field(default_factory=list)
    affiliation: str | None = None


@dataclass(slots=True)
class Speaker:
    actor: str | None
    name: str | None
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Cue:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    type: str
    speaker: Speaker
    cue: Cue | None = None
    confidence: float = 0.5
    continuation: bool = False


@dataclass(slots=True)
class Source:
    name: str
    actor: str | None
    start: int
    end: int
    named: bool = True


@dataclass(slots=True)
class DateRef:
    text: str
    start: int
    end: int
    value: str | None
    granularity: str | None = None  # day, week, month, year, decade, duration, range
    kind: str = "date"  # date | range | duration | set


@dataclass(slots=True)
class EventActor:
    actor: str | None
    name: str | None


@dataclass(slots=True)
class Place:
    """Where an event happens: the place as written, its country (ISO 3166 alpha-3), its span."""
    name: str
    country: str | None
    start: int
    end: int


@dataclass(slots=True)
class When:
    """When an event happens: the date expression as written, its normalised value, its span."""
    text: str
    value: str | None
    start: int
    end: int


@dataclass(slots=True)
class Event:
    type: str
    mode: str | None
    actor: EventActor
    recipient: EventActor | None
    where: Place | None
    when: When | None
    start: int
    end: int
    reported_by: str | None = None
    confidence: float = 0.5
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    text: str = ""


@dataclass(slots=True)
class Article:
    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    origin: str | None = None  # file (and line) the article came from
    warnings: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The article record as documented in docs/record.md."""
        record = {"schema": SCHEMA_ID}
        record.update(asdict(self))
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> "Article":
        """Rebuild an Article from its record (inverse of to_dict)."""
        def speaker(d):
            return Speaker(**d)

        quotes = [
            Quote(**{**q, "speaker": speaker(q["speaker"]),
                     "cue": Cue(**q["cue"]) if q.get("cue") else None})
            for q in record.get("quotes", [])
        ]
        events = [
            Event(**{**e, "actor": EventActor(**e["actor"]),
                     "recipient": EventActor(**e["recipient"]) if e.get("recipient") else None,
                     "where": Place(**e["where"]) if e.get("where") else None,
                     "when": When(**e["when"]) if e.get("when") else None})
            for e in record.get("events", [])
        ]
        return cls(
            id=record["id"], text=record["text"], lang=record.get("lang"),
            title=record.get("title"), published=record.get("published"),
            url=record.get("url"), origin=record.get("origin"),
            warnings=list(record.get("warnings", [])),
            actors=[Actor(**a) for a in record.get("actors", [])],
            quotes=quotes,
            sources=[Source(**s) for s in record.get("sources", [])],
            dates=[DateRef(**d) for d in record.get("dates", [])],
            events=events,
        )
