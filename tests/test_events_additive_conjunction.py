""""ainsi que" hung on the verb by the parser adds members to the subject or agent before it
(event_grammar.tsv, additive_conjunction), not to an object that names an actor. Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded, events_of


def test_an_additive_conjunct_signs_with_the_agent_or_subject(analyze):
    events = events_of(analyze, {
        "agent": "Le protocole a été signé par la Norvège, ainsi que la Suède et le Danemark.",
        "subject": "La Norvège a signé le protocole, ainsi que la Suède.",
        # a time or place adjunct in between names no actor and stands in no one's way
        "adjuncts": "La Norvège a signé lundi le protocole à Oslo, ainsi que la Suède.",
    })
    assert {("AGREE", "country:NOR", "country:SWE"), ("AGREE", "country:NOR", "country:DNK")} <= coded(events, "agent")
    assert ("AGREE", "country:NOR", "country:SWE") in coded(events, "subject")
    assert ("AGREE", "country:NOR", "country:SWE") in coded(events, "adjuncts")


def test_after_an_actor_object_it_adds_no_actor(analyze):
    events = events_of(analyze, {"object": "Le Chili a reçu le Pérou, ainsi que la Bolivie."})
    found = coded(events, "object")
    assert not any(actor == "country:BOL" for _, actor, _ in found)
