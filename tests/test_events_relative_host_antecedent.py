"""A subject pronoun of a relative clause whose relative pronoun holds another role ("le sommet de
l'Union africaine, où il a rencontré …") takes up someone else than an actor named inside the phrase
the relative hangs on: "où" stands for that phrase, the place or occasion of the clause
(antecedents._relative_host). Invented text, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "summit": "Le Premier ministre canadien Justin Trudeau est arrivé lundi à Addis-Abeba pour le sommet "
              "de l'Union africaine, où il a rencontré le président sénégalais Macky Sall.",
}
TITLED = True


def test_the_pronoun_after_ou_is_not_the_body_of_the_summit(events):
    found = coded(events, "summit")
    assert not any(a == "org:ua" and r == "person:macky-sall" for _, a, r in found)
    assert ("CONSULT", "person:justin-trudeau", "person:macky-sall") in found
