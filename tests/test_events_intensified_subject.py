"""An emphatic pronoun after the subject ("Mme Freeland avait **elle-même** réclamé …", "le roi
Philippe avait **lui-même** effectué une visite …"), which the parser makes a second subject nearer
the verb: it echoes the written subject, which acts (pack `intensifier`, event_grammar.tsv); before
stop 72 the pronoun was read as the subject and a person before it was lost. Invented French
sentences through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "elle_meme": "Ottawa a dénoncé la peine. Mme Freeland avait elle-même réclamé à plusieurs reprises "
                 "à l'Arabie saoudite la libération de Raif Badawi.",
    "lui_meme": "Le roi Philippe avait lui-même effectué une visite d'État en Corée du Sud en mars 2019.",
    "state": "Le Brésil a salué la décision du Chili. Le Canada avait lui-même accusé la Russie "
             "d'ingérence dans ses élections.",
}
TITLED = True


def test_a_person_before_an_intensifier_acts(events):
    assert ("REQUEST", "person:chrystia-freeland", "country:SAU") in coded(events, "elle_meme")
    assert ("CONSULT", "person:philippe-de-belgique", "country:KOR") in coded(events, "lui_meme")


def test_a_state_before_an_intensifier_still_acts(events):
    assert ("ACCUSE", "country:CAN", "country:RUS") in coded(events, "state")
