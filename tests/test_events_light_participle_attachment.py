"""A light verb's participle on its noun, where the parser hangs it elsewhere: on the measure or
the companion in the noun's "de" complement ("des droits de douane de 25 % imposés par X"; it
agrees with the noun, not with the complement), or with its agent hung on the noun itself ("la
surtaxe imposée l'an dernier par X"). Invented French sentences through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "measured": "Les droits de douane de 15 % imposés par Tokyo sur l'acier thaïlandais ont été critiqués.",
    "agent_on_noun": "La surtaxe imposée l'an dernier par Séoul sur les véhicules japonais a été critiquée.",
}
TITLED = True


def test_a_participle_hung_on_the_measure_is_the_nouns_light_verb(events):
    assert ("SANCTION", "country:JPN", "country:THA") in coded(events, "measured")


def test_the_agent_hung_on_the_noun_after_its_participle_acts(events):
    assert ("SANCTION", "country:KOR", "country:JPN") in coded(events, "agent_on_noun")
