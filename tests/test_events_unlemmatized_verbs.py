"""A verb the lemmatizer leaves as written ("reproche", lemma "reproche") is looked up by the
infinitives its ending suggests (verb_endings.tsv), as the stance words of quotes are. Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "reproach": "La Bolivie reproche au Chili son attitude.",
}

# (the conftest's `events` fixture analyses TEXTS)


def test_a_verb_left_inflected_is_still_a_predicate(events):
    assert {(e.type, e.actor.actor, e.recipient.actor) for e in events["reproach"]} == \
        {("ACCUSE", "country:BOL", "country:CHL")}
