"""Events of short invented texts through the full pipeline, for the event tests that state a
rule on whole sentences: each text gets an unrelated headline (the first paragraph is a title)
and a fixed publication date."""
from __future__ import annotations

HEADLINE = "Un titre sans rapport\n\n"


def events_of(analyze, texts: dict[str, str], published: str = "2024-05-02") -> dict[str, list]:
    """Each named text's events (`analyze` is the conftest fixture)."""
    return {name: analyze(HEADLINE + text, published=published).events for name, text in texts.items()}


def coded(events: dict[str, list], name: str) -> set[tuple[str, str, str]]:
    """(type, actor id, recipient id) of a text's events that are not negated."""
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def coded_with_mode(events: dict[str, list], name: str) -> set[tuple[str, str, str, str]]:
    """(type, mode, actor id, recipient id) of a text's events that are not negated."""
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}
