""""les rebelles" after "les rebelles syriens": a bare side noun of a conflict takes up the latest
designation that placed it (event_side_nouns.txt, events/sides.py), as annotators write the side
("rebelles syriens"); a demonym placing wins over a city complement ("les rebelles de Homs"); a
side placed only by a region complement is that designation ("les séparatistes du Donbass"); a
side never placed, or an indefinite one, stays unresolved. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "bare": "Les rebelles syriens ont perdu la ville. Mardi, la Turquie a bombardé les rebelles.",
    "adjective": "Les insurgés syriens ont perdu la ville. La Jordanie soutient les groupes insurgés.",
    "as_actor": "Les rebelles syriens ont perdu la ville. Jeudi, les rebelles ont accusé la Turquie.",
    "city": "Les rebelles syriens ont perdu la ville. Un obus tiré par les rebelles de Homs a tué un soldat français.",
    "region": "La Russie soutient les séparatistes du Donbass. Mardi, la Russie a condamné les séparatistes.",
    "never": "Les rebelles ont perdu la ville. Mardi, la Turquie a bombardé les rebelles.",
    "indefinite": "Les rebelles syriens ont perdu la ville. Mardi, la Turquie a bombardé des rebelles.",
}

TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor or e.actor.name, e.recipient.actor or e.recipient.name)
            for e in events[name] if not e.negated}


def test_a_bare_side_noun_takes_up_its_placed_designation(events):
    assert ("ASSAULT", "country:TUR", "rebelles syriens") in coded(events, "bare")
    assert ("SUPPORT", "country:JOR", "insurgés syriens") in coded(events, "adjective")
    assert ("ACCUSE", "rebelles syriens", "country:TUR") in coded(events, "as_actor")


def test_a_place_complement_yields_to_the_demonym_or_is_the_designation(events):
    assert {r for _, _, r in coded(events, "city")} <= {"rebelles syriens"}
    assert ("ACCUSE", "country:RUS", "séparatistes du Donbass") in coded(events, "region")


def test_a_side_never_placed_or_indefinite_stays_unresolved(events):
    for name in ("never", "indefinite"):
        assert not any("rebelles" in (r or "") for _, _, r in coded(events, name)), name
