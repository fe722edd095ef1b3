"""A medium only the gazetteer's scan of listed titles finds ("le Journal de Montréal", whose
article the recogniser leaves out) is linked once a source cites it (sources._listed_medium); the
cached media mentions take the link too, so a description that takes it up later ("Le quotidien
précise") is the same medium's, not an unlinked one. Invented sentences, full pipeline."""
from __future__ import annotations

TEXT = ("Un titre sans rapport\n\nSelon le Journal de Montréal, le maire a démissionné. "
        "Le quotidien précise que son adjoint assurera l'intérim.")


def test_a_description_takes_up_the_listed_medium_a_source_linked(analyze):
    sources = analyze(TEXT, published="2024-03-05").sources
    assert [(s.actor, s.named) for s in sources] == [("media:le-journal-de-montreal", True),
                                                     ("media:le-journal-de-montreal", False)]
