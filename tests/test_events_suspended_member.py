"""A member suspended or excluded from a body: with no agent named, the passive's "de" complement,
the body, acts ("le Burkina Faso a été suspendu de la CEDEAO"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "suspended": "Le Burkina Faso a été suspendu de la CEDEAO.",
    "excluded": "Le Burkina Faso a été exclu de la CEDEAO.",
    "active": "L'Union africaine a suspendu le Gabon de ses instances.",
    "flights": "Le Japon a suspendu ses vols vers le Cambodge.",
    "game": "Le Burkina Faso a été exclu de la compétition.",
}

TITLED = True


def test_the_body_a_member_is_suspended_from_sanctions_it(events):
    assert coded(events, "suspended") == {("SANCTION", "org:cedeao", "country:BFA")}
    assert coded(events, "excluded") == {("SANCTION", "org:cedeao", "country:BFA")}
    assert coded(events, "active") == {("SANCTION", "org:ua", "country:GAB")}


def test_other_suspensions_read_as_before(events):
    assert coded(events, "flights") == {("SANCTION", "country:JPN", "country:KHM")}
    assert not coded(events, "game")
