"""Doc extension attributes newsgraph's components write; registered once, here only."""
from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = {
    "published": None,   # the article's publication date, YYYY-MM-DD, set before the pipe
    "paragraphs": None,  # [(start_char, end_char)] of the paragraphs (separated by line breaks)
    "ng_actors": None,   # ActorIndex built by the actors component
    "ng_quotes": None,   # [AttributedQuote] (nlp.attribution); extract.quote_records makes the records
    "ng_sources": None,  # [FoundSource] (nlp.sources); extract.source_records makes the records
    "ng_dates": None,    # [FoundDate] (nlp/dates), typed with first/last days
    "ng_events": None,   # [nlp.events.FoundEvent]; extract.events_of makes the records
}


def register_extensions() -> None:
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
