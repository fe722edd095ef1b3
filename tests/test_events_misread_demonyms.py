"""A demonym the tagger reads as a participle or a foreign word ("les autorités biélorusses",
"les autorités vietnamiennes", "les autorités qataris") still names its state where arguments read
demonyms: a lower-case word of the gazetteer's demonyms, hung on the noun just before it as its
modifier (ArticleView.misread_demonym). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "participle": "Les autorités biélorusses ont accusé mardi la Lituanie d'espionnage.",
    "participle_fem": "Les autorités vietnamiennes ont accusé la Chine d'ingérence.",
    "foreign_word": "Les autorités qataris ont accusé le Bahreïn d'ingérence.",
}
TITLED = True


def _pairs(events, name):
    return {(t, a, r) for t, a, r in coded(events, name)}


def test_a_demonym_read_as_a_participle(events):
    assert ("ACCUSE", "country:BLR", "country:LTU") in _pairs(events, "participle")
    assert ("ACCUSE", "country:VNM", "country:CHN") in _pairs(events, "participle_fem")


def test_a_demonym_read_as_a_foreign_word(events):
    assert ("ACCUSE", "country:QAT", "country:BHR") in _pairs(events, "foreign_word")

