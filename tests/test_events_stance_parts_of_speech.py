"""A stance word is read as the part of speech its stance belongs to (event_stance_words.tsv,
column pos): "estime" praises as a noun ("une grande estime pour X"), not as the verb "estimer"
("X estime que …"); "fier" as the adjective ("fier de X"), not as the verb "se fier". A body's
head states no position toward a state, so only a stance word codes an event. Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

HEAD = "Le président de la Commission européenne a déclaré"
TEXTS = {
    "estime_verb": f"{HEAD} : « Le Togo estime à juste titre que la crise doit cesser. »",
    "estime_verb_object": f"{HEAD} que le Togo « estime la paix possible ».",
    "fier_verb": f"{HEAD} : « Le Togo se fie trop aux promesses. »",
    "estime_noun": f"{HEAD} avoir « une grande estime pour le Togo ».",
    "fier_adjective": f"{HEAD} être « fier du Togo ».",
}
PRAISE = ("SUPPORT", "org:commission-europeenne", "country:TGO")

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name", ["estime_verb", "estime_verb_object", "fier_verb"])
def test_the_verb_of_a_praise_noun_or_adjective_praises_nobody(events, name):
    assert not coded(events, name)


@pytest.mark.parametrize("name", ["estime_noun", "fier_adjective"])
def test_the_praise_noun_and_adjective_still_praise(events, name):
    assert coded(events, name) == {PRAISE}
