"""A call with a partner is a phone call ("lors d'un appel avec son homologue"); a bare "appel" is
still a request ("un appel à la Chine"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "call": "Lors d'un appel avec le président américain, le premier ministre japonais a évoqué la Chine.",
    "had": "Le chancelier allemand a eu un appel avec le président brésilien Lula.",
    "appeal": "Le Japon a lancé un appel à la Chine.",
}

TITLED = True


def test_a_call_with_a_partner_is_a_phone_call(events):
    assert ("CONSULT", "country:JPN", "country:USA") in coded(events, "call")
    assert any(t == "CONSULT" and a == "country:DEU" for t, a, _ in coded(events, "had"))


def test_an_appeal_stays_a_request(events):
    assert coded(events, "appeal") == {("REQUEST", "country:JPN", "country:CHN")}
