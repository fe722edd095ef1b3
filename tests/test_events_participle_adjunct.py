"""A present participle set off by a comma with no subject of its own (a participial adjunct:
"…, accusant X de …", "…, tuant des soldats X") has the main clause's subject, as a gerund with
"en" has; when that subject is an act named by a noun, the act's author does the participle's act.
Invented French sentences through the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "accusing": "Le Tchad a fermé samedi sa frontière, accusant le Soudan d'abriter des rebelles.",
    "killing": "Des frappes attribuées à l'armée russe ont visé plusieurs dépôts, tuant trois soldats ukrainiens.",
    "own_subject": "Le Tchad a fermé sa frontière, le Soudan accusant ses voisins d'abriter des rebelles.",
}
TITLED = True


def test_a_participial_adjunct_has_the_main_subject(events):
    assert ("ACCUSE", "country:TCD", "country:SDN") in coded(events, "accusing")


def test_an_act_subject_lends_its_author_to_the_participle(events):
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "killing")


def test_a_participle_with_its_own_subject_keeps_it(events):
    assert ("ACCUSE", "country:TCD", "country:SDN") not in coded(events, "own_subject")
