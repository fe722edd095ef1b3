"""A request acted on is addressed to whoever acts on it ("a rappelé son ambassadeur à la demande
de X"); sweeping or setting aside what another put forward is a refusal ("a balayé les accusations
de X", "a écarté la proposition de X"), not a storm sweeping a coast. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "at_request": "L'Union européenne a rappelé son ambassadeur à la demande du Royaume-Uni.",
    "answered": "Le Japon a répondu à la requête de la Corée du Sud.",
    "swept": "Le Rwanda a balayé les accusations de la Belgique.",
    "set_aside": "Le Kremlin a écarté la proposition ukrainienne.",
    "storm": "La tempête a balayé la côte française, selon la Belgique.",
}

TITLED = True


def test_a_request_acted_on_is_addressed_to_the_actor(events):
    assert ("REQUEST", "country:GBR", "org:ue") in coded(events, "at_request")
    assert ("REQUEST", "country:KOR", "country:JPN") in coded(events, "answered")


def test_sweeping_aside_a_claim_is_a_refusal(events):
    assert ("REJECT", "country:RWA", "country:BEL") in coded(events, "swept")
    assert ("REJECT", "country:RUS", "country:UKR") in coded(events, "set_aside")
    assert not coded(events, "storm")
