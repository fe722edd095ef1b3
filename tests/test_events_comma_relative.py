"""Relative clauses the parser misread, after a comma: "…, qu'il accuse de …" parsed as a completive
clause of the main verb (the relative pronoun its marker), whose object is the nominal before the
comma; and an object clitic inside a "qui" relative ("…, qui l'accuse de …"), which stands for the
subject of the clause the relative hangs in. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "pronoun_subject": "Le Burundi a fermé sa frontière avec le Togo, qu'il accuse d'abriter des rebelles.",
    "named_subject": "Le Burundi a fermé sa frontière avec le Togo, que Gitega accuse d'abriter des rebelles.",
    "noun_complement": "Le Niger a rompu avec le Bénin, qu'il accuse d'ingérence.",
    "clitic_in_relative": "Le Tchad a répondu au Soudan, qui l'accuse d'armer les rebelles.",
    "plain_accusation": "Le Tchad accuse le Soudan d'armer les rebelles.",
    "completive": "Le Tchad a rappelé que le Soudan arme les rebelles.",
}

TITLED = True


def test_the_nominal_before_the_comma_is_the_object(events):
    assert ("ACCUSE", "country:BDI", "country:TGO") in coded(events, "pronoun_subject")
    assert ("ACCUSE", "country:BDI", "country:TGO") in coded(events, "named_subject")


def test_a_complement_read_as_object_does_not_hide_it(events):
    assert ("ACCUSE", "country:NER", "country:BEN") in coded(events, "noun_complement")


def test_a_clitic_in_a_qui_relative_is_the_host_clause_subject(events):
    assert coded(events, "clitic_in_relative") == {("ACCUSE", "country:SDN", "country:TCD")}


def test_plain_sentences_as_before(events):
    assert coded(events, "plain_accusation") == {("ACCUSE", "country:TCD", "country:SDN")}
    assert ("ACCUSE", "country:TCD", "country:TCD") not in coded(events, "completive")
