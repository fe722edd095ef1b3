"""An attack noun whose frame lets its place name its target ("recipient:…|place") is aimed at the
state of a city named through one of its target prepositions ("les frappes russes sur Kharkiv",
"des raids contre Mossoul"), as "à Kharkiv" already is; never at the actor's own state ("les
frappes russes sur Belgorod"). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "demonym_on": "Les frappes russes sur Kharkiv ont fait dix morts.",
    "demonym_against": "Les raids israéliens contre Rafah ont fait dix morts.",
    "subject": "Les États-Unis ont lancé des raids contre Mossoul.",
    "own_state": "Les frappes russes sur Belgorod ont fait dix morts.",
    "inside": "La frappe russe de samedi contre un hypermarché de Kharkiv a fait dix morts.",
    "own_inside": "Les frappes russes sur la région de Belgorod ont fait dix morts.",
    "named_target": "Les frappes israéliennes contre des positions du Hezbollah au Liban ont repris.",
}

TITLED = True


def test_attack_on_a_city_is_aimed_at_its_state(events):
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "demonym_on")
    assert ("ASSAULT", "country:ISR", "country:PSE") in coded(events, "demonym_against")
    assert ("ASSAULT", "country:USA", "country:IRQ") in coded(events, "subject")


def test_never_the_actors_own_state(events):
    assert not any(r == "country:RUS" for _, a, r in coded(events, "own_state") if a == "country:RUS")


def test_a_target_naming_no_actor_is_aimed_at_the_state_inside_it(events):
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "inside")
    assert not any(a == r for _, a, r in coded(events, "own_inside"))
    # a target naming an actor of its own keeps it
    assert ("ASSAULT", "country:ISR", "org:hezbollah") in coded(events, "named_target")
