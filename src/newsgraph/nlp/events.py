"""Events between actors, coded in PLOVER (placeholder until the events component lands)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def find_events(doc: Doc) -> list:
    return []


@Language.component("newsgraph_events", assigns=["doc._.ng_events"],
                    requires=["doc._.ng_actors", "doc._.ng_quotes", "doc._.ng_sources", "doc._.ng_dates"])
def events_component(doc: Doc) -> Doc:
    doc._.ng_events = find_events(doc)
    return doc
