"""A subject pronoun of a relative clause whose relative pronoun holds another role ("le sommet de
l'Union africaine, où il a rencontré …") takes up someone else than an actor named inside the phrase
the relative hangs on: "où" stands for that phrase, the place or occasion of the clause
(antecedents._relative_host). Invented text, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "summit": "Le Premier ministre canadien Justin Trudeau est arrivé lundi à Addis-Abeba pour le sommet "
              "de l'Union africaine, où il a rencontré le président sénégalais Macky Sall.",
    # the parser hangs the relative on the main verb: it still stands for the noun phrase before its comma
    "hung": "La ministre belge Hadja Lahbib a participé mardi à la réunion de l'OTAN, où elle a rencontré "
            "son homologue turc.",
}
TITLED = True


def test_the_pronoun_after_ou_is_not_the_body_of_the_summit(events):
    found = coded(events, "summit")
    assert not any(a == "org:ua" and r == "person:macky-sall" for _, a, r in found)
    assert ("CONSULT", "person:justin-trudeau", "person:macky-sall") in found


def test_a_relative_hung_on_the_main_verb_still_stands_for_the_phrase_before_it(events):
    found = coded(events, "hung")
    assert not any(a == "org:otan" and r == "country:TUR" for _, a, r in found)
    assert ("CONSULT", "person:hadja-lahbib", "country:TUR") in found
