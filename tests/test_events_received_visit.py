"""A visit received ("a reçu la visite de X"): the visitor, the visit's "de" complement, visits the
subject. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "visit": "Le président ghanéen a reçu la visite de son homologue ivoirien.",
    "dated": "Le Ghana a reçu jeudi la visite du Premier ministre ivoirien.",
    "hosted": "Le président ghanéen a reçu le Premier ministre ivoirien.",
}

TITLED = True


def test_the_visitor_of_a_received_visit_visits_the_subject(events):
    assert coded(events, "visit") == {("CONSULT", "country:CIV", "country:GHA")}
    assert coded(events, "dated") == {("CONSULT", "country:CIV", "country:GHA")}


def test_a_guest_received_is_hosted(events):
    assert coded(events, "hosted") == {("CONSULT", "country:GHA", "country:CIV")}
