"""The dates component: finds the temporal expressions of a Doc and writes them, typed
(`FoundDate`), on `doc._.ng_dates`; extract.py turns them into DateRef records."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..context import pack_of
from ..textutil import text_of
from .finder import find_dates


@Language.component("newsgraph_dates", assigns=["doc._.ng_dates"])
def dates_component(doc: Doc) -> Doc:
    text = text_of(doc)  # joined once for the whole pipeline: `doc.text` rebuilds it at each access
    doc._.ng_dates = find_dates(text, doc._.published, pack_of(doc))
    return doc
