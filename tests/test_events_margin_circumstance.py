""""En marge de" sets an act beside a summit, it does not say that the clause's subject took part
in it: no meeting with the summit's organisation, only the act the clause states. Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "met": "Le président malien a rencontré son homologue nigérien en marge du sommet de l'Union africaine.",
    "fronted": "En marge du sommet de l'Union africaine, le Mali a signé un accord avec le Niger.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_meeting_beside_a_summit_is_no_meeting_with_its_body(events):
    assert {recipient for _, _, recipient in coded(events, "met")} == {"country:NER"}


def test_a_fronted_margin_keeps_only_the_clauses_act(events):
    assert {(kind, recipient) for kind, _, recipient in coded(events, "fronted")} == {("AGREE", "country:NER")}
