"""A hostile adjective of a noun the quote denies by its negative determiner ("« la Pologne n'a
pris aucune mesure arbitraire »") carries no stance, as the denied noun does (events/quote_acts.py,
_denied); the same adjective on a noun affirmed still blames. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TITLED = True
TEXTS = {
    "denied": "« La Pologne n'a pris aucune mesure arbitraire », a assuré le ministre allemand des Affaires "
              "étrangères, Hans Weber.",
    "affirmed": "« La Pologne a pris une mesure arbitraire », a assuré le ministre allemand des Affaires "
                "étrangères, Hans Weber.",
}


def test_an_adjective_of_a_denied_noun_blames_no_one(events):
    assert not any(kind == "ACCUSE" for kind, _, _ in coded(events, "denied"))


def test_the_same_adjective_affirmed_blames(events):
    assert any(kind == "ACCUSE" for kind, _, _ in coded(events, "affirmed"))
