"""A past participle split from its auxiliary by an aside between commas ("X a, pour sa part,
appelé …", "X a, de son côté, condamné …"), which the parser breaks: the auxiliary hung on the
sentence's end, the participle on the aside's noun or on the subject made the root. The subject is
the auxiliary's, or the name the participle hangs on before it. Invented French sentences through
the full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "pour_sa_part": "Tokyo a, pour sa part, appelé Pékin à la retenue, selon la NHK.",
    "de_son_cote": "L'Organisation des Nations unies a, de son côté, condamné la Russie pour ses frappes.",
    "de_son_cote_named": "La Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) a, de son côté, "
                         "appelé le Mali et la Guinée à « rouvrir les canaux du dialogue » face à la crise.",
}
TITLED = True


def test_the_subject_of_an_auxiliary_split_by_an_aside(events):
    assert ("REQUEST", "country:JPN", "country:CHN") in coded(events, "pour_sa_part")


def test_an_organisation_before_the_aside_acts(events):
    assert ("ACCUSE", "org:onu", "country:RUS") in coded(events, "de_son_cote")


def test_a_long_name_made_the_root_acts(events):
    found = coded(events, "de_son_cote_named")
    assert ("REQUEST", "org:cedeao", "country:MLI") in found
