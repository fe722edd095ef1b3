""""X, soutien de Y" and "X, allié(e) de Y" between commas describe X: support or alliance between the
two, also when the parser reads the description as a member of a coordination with no "et"
("Moscou, principal soutien de Damas": conj) or as the participle of "allier" ("la Russie,
alliée de la Syrie": acl). A real list names no supporter. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "support": "Téhéran, principal soutien du Hezbollah, a condamné la frappe.",
    "support_plain": "L'Iran, soutien indéfectible du Hezbollah, a condamné la frappe.",
    "ally_participle": "La Russie, alliée de la Syrie, a bloqué la résolution.",
    "list": "La Russie, la Chine, soutien de l'Iran, et la France ont voté la résolution.",
    "received": "Le Hezbollah bénéficie de l'appui de l'Iran.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_supporter_described_between_commas_supports_the_genitive(events):
    assert ("SUPPORT", "country:IRN", "org:hezbollah") in coded(events, "support")
    assert ("SUPPORT", "country:IRN", "org:hezbollah") in coded(events, "support_plain")


def test_an_ally_read_as_a_participle_is_an_alliance(events):
    assert ("COOPERATE", "country:RUS", "country:SYR") in coded(events, "ally_participle")


def test_a_description_inside_a_list_names_no_supporter(events):
    assert not any(t == "SUPPORT" for t, *_ in coded(events, "list"))


def test_support_received_keeps_its_direction(events):
    assert coded(events, "received") == {("SUPPORT", "country:IRN", "org:hezbollah")}
