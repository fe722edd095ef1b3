"""A ministry written as its state (pack `event_state_bodies.txt`: "le Département fédéral des
affaires étrangères" → CHE, Belgium's federal public services, "le SPF Affaires étrangères" → BEL)
locates an event in that state as the state's capital does: an envoy received there with no host
named visits that state, one summoned there with no one named summoning is summoned by it. The SPF
acts for Belgium as the Swiss departments do for Switzerland. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "received_dfae": "Le gouvernement suisse refuse l'extradition. L'ambassadeur de Pologne a été reçu jeudi "
                     "au Département fédéral des affaires étrangères.",
    "received_spf": "Le gouvernement belge a durci le ton. L'ambassadeur du Chili à Bruxelles a été reçu "
                    "mardi au SPF Affaires étrangères.",
    "summoned_dfae": "Le gouvernement suisse refuse l'extradition. L'ambassadeur de Pologne a été convoqué "
                     "jeudi au Département fédéral des affaires étrangères.",
    "spf_summons": "Le SPF Affaires étrangères a convoqué lundi l'ambassadeur du Chili.",
    "own_state": "Le ministre suisse Karl Meier a été reçu jeudi au Département fédéral des affaires étrangères.",
}

TITLED = True


def _pairs(events, name, etype):
    return {(e.mode, e.actor.actor, e.recipient.actor) for e in events[name]
            if e.type == etype and e.recipient is not None}


def test_an_envoy_received_at_a_ministry_visits_its_state(events):
    assert ("visit", "country:POL", "country:CHE") in _pairs(events, "received_dfae", "CONSULT")


def test_belgian_federal_public_services_stand_for_belgium(events):
    assert ("visit", "country:CHL", "country:BEL") in _pairs(events, "received_spf", "CONSULT")
    assert ("summon", "country:BEL", "country:CHL") in _pairs(events, "spf_summons", "PROTEST")


def test_an_envoy_summoned_at_a_ministry_is_summoned_by_its_state(events):
    assert ("summon", "country:CHE", "country:POL") in _pairs(events, "summoned_dfae", "PROTEST")


def test_a_minister_received_at_his_own_ministry_visits_no_one(events):
    assert not _pairs(events, "own_state", "CONSULT")
