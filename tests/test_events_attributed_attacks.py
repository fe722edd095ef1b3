"""An attack noun's author named by an attribution participle ("l'attaque attribuée à X", "un
attentat imputé à X": event_grammar.tsv attribution_verb), read as its agent "par X"; and the town
in an attack noun's "de" complement ("l'attentat de Bamako") places it, so that its state is the
target when no other is named. Invented French sentences through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "attributed": "L'attaque contre le Niger, attribuée à l'État islamique, a fait trois morts.",
    "imputed_after_complement": "L'attentat contre l'ambassade de Belgique, imputé au Hezbollah, a fait six morts.",
    "town_of_attack": "L'attentat de Bamako, revendiqué par l'État islamique, a fait douze morts.",
    "accused_author": "Le Niger a attribué l'attaque à l'État islamique.",
}
TITLED = True


def test_the_dative_of_an_attribution_participle_is_the_attacker(events):
    assert ("ASSAULT", "org:etat-islamique", "country:NER") in coded(events, "attributed")


def test_an_attribution_participle_hung_on_the_complement_after_a_comma_is_the_nouns(events):
    # "imputé" (masculine) agrees with "attentat", not with "ambassade"
    assert ("ASSAULT", "org:hezbollah", "country:BEL") in coded(events, "imputed_after_complement")


def test_the_town_of_an_attack_names_its_target_state(events):
    assert ("ASSAULT", "org:etat-islamique", "country:MLI") in coded(events, "town_of_attack")


def test_an_attribution_verb_still_accuses(events):
    found = coded(events, "accused_author")
    assert ("ACCUSE", "country:NER", "org:etat-islamique") in found
    assert not any(t == "ASSAULT" for t, _, _ in found)
