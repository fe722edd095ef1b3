""""Interpeller" people (nationals, suspects, journalists) is the police's arrest, COERCE, aimed at
the state they belong to; "interpeller" a state stays a call to account, REQUEST. Invented
sentences, full pipeline."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "nationals": "La police grecque a interpellé cinq ressortissants turcs à Athènes.",
    "reporters": "Les autorités iraniennes ont interpellé deux journalistes suédois.",
    "state": "La Grèce a interpellé la Turquie sur ses forages.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name, pair", [("nationals", ("country:GRC", "country:TUR")),
                                        ("reporters", ("country:IRN", "country:SWE"))])
def test_people_taken_in_are_arrested(events, name, pair):
    found = coded(events, name)
    assert ("COERCE", *pair) in found
    assert not any(t == "REQUEST" for t, *_ in found)


def test_a_state_called_to_account_is_a_request(events):
    assert ("REQUEST", "country:GRC", "country:TUR") in coded(events, "state")


def test_citizens_addressed_are_not_arrested(analyze):
    # review: a leader who "interpelle les citoyens" of a state speaks to them
    found = analyze("Le président français a interpellé les citoyens allemands sur l'urgence climatique.",
                    published="2024-03-05").events
    assert not any(e.type == "COERCE" for e in found)
