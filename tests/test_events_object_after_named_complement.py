"""A noun object after a named complement of its light verb ("a imposé au Mali des sanctions",
"ont ouvert à Genève des pourparlers"): the parser reads the partitive article as "de" and hangs
the noun on the name; the light verb's subject still acts. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "sanctions": "L'Union européenne a imposé au Mali des sanctions sévères.",
    "talks": "Le Japon et l'Australie ont ouvert lundi à Tokyo des négociations commerciales.",
}

TITLED = True


def test_the_light_verb_of_a_noun_hung_on_a_name(events):
    assert ("SANCTION", "org:ue", "country:MLI") in coded(events, "sanctions")
    assert ("CONSULT", "country:JPN", "country:AUS") in coded(events, "talks")
