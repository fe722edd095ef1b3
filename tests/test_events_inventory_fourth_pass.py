"""Predicates and frames of a fourth pass over the PLOVER categories: compound prepositions read as
their frame marker ("à l'encontre de X" = "contre X", "à l'égard de", "vis-à-vis de" = "envers X",
"de la part de X" = "par X"), agreement (se mettre / tomber d'accord), siding (se ranger aux côtés
de), attributing an attack, marching and gathering in protest, restricting imports, opening fire,
strafing, light verbs of setting up and sealing (instaurer, finaliser, amorcer, relancer, livrer
bataille, dispenser, agiter), and gatherings (réunir, rassembler). Invented sentences, full
pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "encontre": "Le Ghana a pris des sanctions à l'encontre du Togo.",
    "egard": "Le Ghana a multiplié les critiques à l'égard du Togo.",
    "vis_a_vis": "Le Ghana a exprimé ses critiques vis-à-vis du Togo.",
    "de_la_part": "Une attaque de la part du Ghana contre le Togo a fait dix morts.",
    "de_la_part_patient": "La condamnation du Togo de la part du Ghana a été immédiate.",
    "mis_d_accord": "Le Ghana et le Togo se sont mis d'accord sur la frontière.",
    "tombe_d_accord": "Le Ghana est tombé d'accord avec le Togo sur un cessez-le-feu.",
    "range": "Le Ghana s'est rangé aux côtés du Togo.",
    "range_side": "Le Ghana s'est rangé du côté du Togo.",
    "attributed": "Le Ghana a attribué l'attaque au Togo.",
    "marched": "Des Ghanéens ont défilé devant l'ambassade du Togo.",
    "gathered": "Des Ghanéens se sont rassemblés devant l'ambassade du Togo.",
    "restricted": "Le Ghana a restreint les importations togolaises.",
    "fire": "Des soldats ghanéens ont ouvert le feu sur des soldats togolais.",
    "strafed": "Un avion ghanéen a mitraillé un convoi togolais.",
    "instaured": "Le Ghana a instauré un blocus contre le Togo.",
    "finalised": "Le Ghana a finalisé un accord avec le Togo.",
    "initiated": "Le Ghana a amorcé un dialogue avec le Togo.",
    "relaunched": "Le Ghana a relancé les négociations avec le Togo.",
    "battle": "Le Ghana a livré bataille contre le Togo.",
    "dispensed": "Le Ghana a dispensé une aide au Togo.",
    "brandished": "Le Ghana a agité la menace de sanctions contre le Togo.",
    "summit_gathering": "Un sommet réunissant le Ghana et le Togo s'est tenu à Abuja.",
    "host_gathering": "Le Ghana a réuni le Togo et le Bénin à Accra.",
    # no actor on the other side: nothing to code
    "own_cabinet": "Le président ghanéen a réuni son gouvernement.",
    "prize": "Le Ghana a attribué un prix au Togo.",
    # blame words of a fourth pass (event_stance_words.tsv): a rogue state, complicity
    "rogue": "Le Ghana a qualifié le Togo d'« État paria ».",
    "complicit": "Le ministre ghanéen a déclaré que « le régime togolais est complice des rebelles ».",
    # praise of a fourth pass: gladness, from a body's head (a stated position would need two states)
    "glad": "Le président de la Commission européenne a déclaré être « heureux que les Togolais aient choisi la paix ».",
    # a compound preposition's noun alone: a common noun
    "common_noun": "Le Ghana a adressé des critiques à la France depuis un endroit du Togo.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


@pytest.mark.parametrize("name,event", [
    ("encontre", ("SANCTION", "country:GHA", "country:TGO")),
    ("egard", ("ACCUSE", "country:GHA", "country:TGO")),
    ("vis_a_vis", ("ACCUSE", "country:GHA", "country:TGO")),
    ("de_la_part", ("ASSAULT", "country:GHA", "country:TGO")),
    ("de_la_part_patient", ("ACCUSE", "country:GHA", "country:TGO")),
    ("mis_d_accord", ("AGREE", "country:GHA", "country:TGO")),
    ("tombe_d_accord", ("AGREE", "country:GHA", "country:TGO")),
    ("range", ("SUPPORT", "country:GHA", "country:TGO")),
    ("range_side", ("SUPPORT", "country:GHA", "country:TGO")),
    ("attributed", ("ACCUSE", "country:GHA", "country:TGO")),
    ("marched", ("PROTEST", "country:GHA", "country:TGO")),
    ("gathered", ("PROTEST", "country:GHA", "country:TGO")),
    ("restricted", ("SANCTION", "country:GHA", "country:TGO")),
    ("fire", ("ASSAULT", "country:GHA", "country:TGO")),
    ("strafed", ("ASSAULT", "country:GHA", "country:TGO")),
    ("instaured", ("SANCTION", "country:GHA", "country:TGO")),
    ("finalised", ("AGREE", "country:GHA", "country:TGO")),
    ("initiated", ("CONSULT", "country:GHA", "country:TGO")),
    ("relaunched", ("CONSULT", "country:GHA", "country:TGO")),
    ("battle", ("ASSAULT", "country:GHA", "country:TGO")),
    ("dispensed", ("AID", "country:GHA", "country:TGO")),
    ("brandished", ("THREATEN", "country:GHA", "country:TGO")),
    ("summit_gathering", ("CONSULT", "country:GHA", "country:TGO")),
    ("host_gathering", ("CONSULT", "country:GHA", "country:TGO")),
    ("host_gathering", ("CONSULT", "country:GHA", "country:BEN")),
    ("rogue", ("ACCUSE", "country:GHA", "country:TGO")),
    ("complicit", ("ACCUSE", "country:GHA", "country:TGO")),
    ("glad", ("SUPPORT", "org:commission-europeenne", "country:TGO")),
])
def test_predicate_of_the_fourth_pass_codes_its_event(events, name, event):
    assert event in coded(events, name)


def test_the_agent_after_de_la_part_is_not_read_as_the_patient(events):
    assert ("ACCUSE", "country:TGO", "country:GHA") not in coded(events, "de_la_part_patient")


@pytest.mark.parametrize("name", ["own_cabinet", "prize"])
def test_a_gathering_or_an_award_with_no_foreign_side_codes_nothing(events, name):
    assert not coded(events, name)


@pytest.mark.parametrize("name", ["rogue", "complicit"])
def test_blame_is_no_stated_support(events, name):
    assert ("SUPPORT", "country:GHA", "country:TGO") not in coded(events, name)


def test_the_noun_of_a_compound_preposition_alone_is_a_common_noun(events):
    # "depuis un endroit du Togo" is no "à l'endroit du Togo": the criticism is aimed at France
    assert ("ACCUSE", "country:GHA", "country:TGO") not in coded(events, "common_noun")
