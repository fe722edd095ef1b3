"""Why an event was coded: its sentence, the predicate and its frame (or the quote that carries
it), and how each side was resolved — what a user needs to trust or correct it.

The explanation is read from the events component's typed results (`FoundEvent`: the predicate
row, and each side's `how`), so the article is analyzed again: the pipeline is deterministic, and
the store keeps no parse. `newsgraph events --explain` calls `explain_events`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .ingest.restore import restore_span
from .ingest.text import make_article
from .nlp.pipeline import load_pipeline
from .process import prepare, reading
from .store import Store, WebQueries


@dataclass(frozen=True, slots=True)
class EventExplanation:
    type: str
    mode: str | None
    actor: str
    recipient: str
    start: int
    end: int
    sentence: str
    typed_by: str          # the predicate, or the quote's cue or stance word
    frame: str | None      # the predicate's frame ("actor:subj; recipient:obj*"), None for a quote
    actor_how: str
    recipient_how: str
    place: str | None
    when: str | None
    reported_by: str | None
    flags: tuple[str, ...]  # negated, hypothetical, future
    confidence: float


def frame_text(predicate) -> str:
    """A predicate row's frame as written in event_predicates.tsv."""
    parts = [f"{role}:{'|'.join(markers)}" for role, markers in predicate.slots]
    return "; ".join(parts + ["sym"] * predicate.symmetric + ["passive"] * predicate.passive)


def explain_article(text: str, *, published: str | None = None, lang: str | None = None) -> list[EventExplanation]:
    """Every event of one article text, with its explanation."""
    article = make_article(text, "<explain>", published=published, lang=lang)
    if not prepare(article):
        return []
    nlp = load_pipeline(article.lang)
    # the text the stored analysis read (mended of scraping warts), offsets moved back as it moved them
    read, back = reading(article.text, article.lang, nlp.vocab)
    doc = nlp.make_doc(read)
    doc._.published = article.published
    doc = nlp(doc)
    explanations = []
    for found in doc._.ng_events or []:
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        sentence = span.sent.text.strip() if span is not None else doc.text[found.start:found.end]
        place = doc.text[found.place.start:found.place.end] if found.place is not None else None
        flags = tuple(name for name, on in (("negated", found.negated), ("hypothetical", found.hypothetical),
                                             ("future", found.future)) if on)
        start, end = restore_span(back, found.start, found.end)
        explanations.append(EventExplanation(
            found.type, found.mode, found.actor.name, found.recipient.name, start, end, sentence,
            found.typed_by, frame_text(found.predicate) if found.predicate is not None else None,
            found.actor.how, found.recipient.how, place, found.date.text if found.date is not None else None,
            found.reported_by, flags, found.confidence))
    return explanations


Explained = tuple[dict[str, Any], "EventExplanation | None"]


def explain_events(rows: Iterable[dict[str, Any]],
                   article_of: Callable[[str], Any]) -> list[Explained]:
    """Each stored event row (with its article_id, start_char, end_char and type) paired with its
    explanation; `article_of(id)` gives the stored article (an `Article`: text, published, lang),
    or None. An event the analysis no longer finds (the rules changed since it was stored) gets None."""
    cache: dict[str, list[EventExplanation]] = {}
    paired = []
    for row in rows:
        article_id = row["article_id"]
        if article_id not in cache:
            stored = article_of(article_id)
            cache[article_id] = [] if stored is None else explain_article(
                stored.text, published=str(stored.published) if stored.published else None, lang=stored.lang)
        match = next((e for e in cache[article_id] if e.start == row.get("start_char") and
                      e.end == row.get("end_char") and e.type == row.get("type")), None)
        paired.append((row, match))
    return paired


def explain_stored(rows: Iterable[dict[str, Any]], store: Store) -> list[Explained]:
    """`explain_events` over a store: each row's article rebuilt from its stored record."""
    return explain_events(rows, WebQueries(store).article_record)
