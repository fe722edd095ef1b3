""""ils pressent": a third person plural of the present the tagger lemmatized as another verb whose
singular it spells ("pressentir") is also looked up as the first-group infinitive ("presser";
event_verb_endings.tsv, plural_present). Invented sentence, full pipeline."""
from __future__ import annotations


def test_a_plural_present_is_read_as_its_own_verb(analyze):
    text = "Les États-Unis et la France pressent la Turquie de cesser ses frappes."
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events}
    assert ("REQUEST", "country:FRA", "country:TUR") in found
