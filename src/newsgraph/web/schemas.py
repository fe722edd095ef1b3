"""Request and response models of the JSON API: they make the OpenAPI schema, and FastAPI
checks every response against them (schemathesis then checks the server against the schema)."""
from __future__ import annotations

from typing import Generic, Optional, TypeVar

from pydantic import BaseModel, Field

from ..model import Actor, DateRef, Event, Quote, Source

T = TypeVar("T")
MAX_TEXT = 1_000_000     # characters of one posted article (spaCy's own max_length)
MAX_BATCH = 64           # articles in one POST /api/articles


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Rows matching the filters, all pages together.")
    limit: int
    offset: int
    next_offset: Optional[int] = Field(description="Offset of the next page, null on the last one.")


class Error(BaseModel):
    error: str
    detail: Optional[list[dict]] = None


class QuoteItem(BaseModel):
    article_id: str
    idx: int = Field(description="Position of the quote in its article record (anchor #q{idx} on its page).")
    published: Optional[str]
    title: Optional[str]
    text: str
    type: str
    start_char: int
    end_char: int
    confidence: Optional[float]
    speaker: Optional[str]
    speaker_actor: Optional[str]
    speaker_kind: Optional[str]
    speaker_country: Optional[str]
    cue: Optional[str]


class FacetValue(BaseModel):
    value: str
    label: Optional[str]
    n: int


class QuoteFacets(BaseModel):
    speaker: list[FacetValue]
    country: list[FacetValue]
    source: list[FacetValue]
    month: list[FacetValue]


class QuotePage(Page[QuoteItem]):
    facets: Optional[QuoteFacets] = None


class ArticleItem(BaseModel):
    id: str
    title: Optional[str]
    published: Optional[str]
    url: Optional[str]
    lang: Optional[str]
    snippet: str
    quotes: int
    events: int


class ArticleRecord(BaseModel):
    """The full article record, as documented in docs/record.md."""
    schema_: str = Field("newsgraph.article/1", alias="schema")
    id: str
    text: str
    lang: Optional[str]
    title: Optional[str]
    published: Optional[str]
    url: Optional[str]
    origin: Optional[str]
    warnings: list[str]
    actors: list[Actor]
    quotes: list[Quote]
    sources: list[Source]
    dates: list[DateRef]
    events: list[Event]


class ActorItem(BaseModel):
    id: str
    name: Optional[str]
    kind: Optional[str]
    country: Optional[str]
    articles: int
    quotes: int


class RoleSpan(BaseModel):
    role: str
    since: Optional[str]
    until: Optional[str]
    articles: int
    example: Optional[str] = Field(description="An article where the role is given (its evidence).")


class CountrySpan(BaseModel):
    country: str
    since: Optional[str]
    until: Optional[str]
    articles: int
    example: Optional[str] = Field(description="An article that gives this country.")


class Month(BaseModel):
    month: str
    articles: int
    quotes: int
    events: int


class RelatedActor(BaseModel):
    id: str
    name: Optional[str]
    kind: Optional[str]
    articles: int = Field(description="Articles that mention both actors.")


class SourceItem(BaseModel):
    id: str
    name: Optional[str]
    actor: Optional[str]
    citations: int
    articles: int
    first: Optional[str]
    last: Optional[str]


class EventItem(BaseModel):
    article_id: str
    idx: int
    published: Optional[str]
    type: str
    quad: Optional[str]
    mode: Optional[str]
    actor_id: Optional[str]
    actor: Optional[str]
    recipient_id: Optional[str]
    recipient: Optional[str]
    where: Optional[str]
    when: Optional[str]
    evidence: Optional[str]
    start_char: int
    end_char: int
    negated: bool
    hypothetical: bool
    future: bool
    confidence: Optional[float]


class ActorProfile(BaseModel):
    id: str
    name: Optional[str]
    kind: Optional[str]
    country: Optional[str]
    articles: int
    roles: list[RoleSpan]
    countries: list[CountrySpan]
    timeline: list[Month]
    related: list[RelatedActor]
    quotes: Page[QuoteItem]
    events: Page[EventItem]


class Node(BaseModel):
    id: str
    name: Optional[str]
    kind: Optional[str]
    country: Optional[str]
    articles: int


class Edge(BaseModel):
    source: str
    target: str
    score: float = Field(description="Mean Goldstein-like weight, -10 (conflict) .. +10 (cooperation).")
    sign: int
    articles: int
    counts: dict[str, int]


class Graph(BaseModel):
    level: str
    since: Optional[str]
    until: Optional[str]
    events: int
    articles: int
    nodes: list[Node]
    edges: list[Edge]
    truncated: bool = Field(description="True when only the most cited actors are kept.")


class Member(BaseModel):
    id: str
    name: str


class Window(BaseModel):
    start: str
    end: str
    label: str
    events: int
    articles: int
    frustration: float
    frustration_ratio: float
    blocs: list[list[Member]]


class Change(BaseModel):
    """An actor seen in another bloc than the last time (`before`, `after`: window starts)."""
    actor: str
    name: str
    before: str
    after: str
    from_: list[str] = Field(alias="from", description="The bloc it was in.")
    to: list[str] = Field(description="The bloc it is in now.")


class Blocs(BaseModel):
    window: str
    level: str
    windows: list[Window]
    changes: list[Change]


class ArticleIn(BaseModel):
    """One article to analyze: the JSON Lines record of `newsgraph ingest` (text or html)."""
    id: Optional[str] = Field(None, max_length=200)
    text: Optional[str] = Field(None, max_length=MAX_TEXT)
    html: Optional[str] = Field(None, max_length=MAX_TEXT)
    title: Optional[str] = Field(None, max_length=2000)
    published: Optional[str] = Field(None, max_length=40, description="YYYY-MM-DD")
    url: Optional[str] = Field(None, max_length=4000)
    lang: Optional[str] = Field(None, max_length=20)
    origin: Optional[str] = Field(None, max_length=1000, description="Where the client read it (file:line).")


class Batch(BaseModel):
    articles: list[ArticleIn] = Field(max_length=MAX_BATCH)


class BatchError(BaseModel):
    index: int
    id: Optional[str]
    error: str


class BatchResult(BaseModel):
    received: int
    added: int
    already_stored: int
    failed: int
    errors: list[BatchError]
    counts: dict[str, int] = Field(description="Rows per table after the write.")


class Stats(BaseModel):
    database: str
    counts: dict[str, int]
    writable: bool = Field(description="Whether the server accepts POST /api/articles (it has a token).")
