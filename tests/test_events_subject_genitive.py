"""A complement inside the doer's own subject ("dix pays de l'Union africaine ont annoncé …") describes
the doer: it is never the other side of the act the light verb announces (nlp/events/prepositional.py
`_in_own_subject`). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "genitive": "Le Japon, la Norvège et dix pays de l'Union africaine ont annoncé mardi l'expulsion de diplomates iraniens.",
}

TITLED = True


def test_the_subjects_own_genitive_is_not_the_other_side(events):
    found = coded(events, "genitive")
    assert ("SANCTION", "country:JPN", "country:IRN") in found
    assert not any(recipient == "org:au" or recipient == "org:ua" for _, _, recipient in found), found
    assert all(recipient == "country:IRN" for _, _, recipient in found), found
