"""An agreement found is reached ('trouver' is a light verb), a green light and a hand held out are
support, speaking together is a meeting (event_predicates.tsv). Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "found": "Un accord a été trouvé entre le Ghana et le Togo.",
    "green_light": "Le Ghana a donné son feu vert à l'adhésion du Togo.",
    "hand": "Le Ghana a tendu la main au Togo.",
    "spoke": "Le président ghanéen et son homologue togolais se sont parlé au téléphone.",
    "weapons_found": "Les douaniers ghanéens ont trouvé des armes togolaises.",
}

TITLED = True


def _pair(found, kind, a, b):
    return (kind, a, b) in found or (kind, b, a) in found


@pytest.mark.parametrize("name, kind", [("found", "AGREE"), ("spoke", "CONSULT")])
def test_agreement_found_and_talk_are_between_the_pair(events, name, kind):
    assert _pair(coded(events, name), kind, "country:GHA", "country:TGO")


@pytest.mark.parametrize("name", ["green_light", "hand"])
def test_green_light_and_held_out_hand_are_support(events, name):
    assert ("SUPPORT", "country:GHA", "country:TGO") in coded(events, name)


def test_things_found_are_no_event(events):
    assert not coded(events, "weapons_found")
