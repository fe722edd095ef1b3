"""A state noun placed at the federal level ("le gouvernement fédéral") stands for the federation
the article is about, not for another body than the state; a state that is no federation has no
such government. Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "federal": "OTTAWA (PC) – Le Canada prépare un budget. Le gouvernement fédéral a accusé "
               "mardi le Brésil de protectionnisme.",
    "unitary": "PARIS (AFP) – La France prépare un budget. Le gouvernement fédéral a accusé "
               "mardi le Brésil de protectionnisme.",
}

TITLED = True


def test_the_federal_government_is_the_federation_of_the_article(events):
    assert ("ACCUSE", "country:CAN", "country:BRA") in coded(events, "federal")


def test_a_unitary_state_has_no_federal_government(events):
    assert not any(a == "country:FRA" and r == "country:BRA" for _, a, r in coded(events, "unitary"))

