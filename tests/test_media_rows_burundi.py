"""Issue 10: media.tsv rows for the Burundian and Rwandan press, Le Figaro Magazine apart from Le
Figaro, and no country for a title several outlets of different countries bear (LBC, Antena 3,
L'Agefi, The New Times, Le Nouvelliste, Le Matin). Invented sentences, full pipeline."""
from __future__ import annotations

from newsgraph.gazetteer import load_gazetteer
from newsgraph.model import Article
from newsgraph.process import process


def test_the_burundian_press_is_cited_under_its_listed_names():
    texts = ("Selon Iwacu, une dizaine de militants de l'opposition ont été arrêtés à Bujumbura.",
             "Selon la RPA, des corps ont été retrouvés dans la rivière Rusizi.",
             "Selon Radio Bonesha, le maire de Bujumbura a interdit la manifestation.",
             "Selon la RTNB, le Conseil des ministres a adopté le budget.",
             "D'après Le Figaro Magazine, l'ancien président prépare un livre.")
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    assert [[s.actor for s in a.sources] for a in articles] == [
        ["media:iwacu"], ["media:rpa"], ["media:radio-bonesha"], ["media:rtnb"], ["media:le-figaro-magazine"]]


def test_a_title_several_countries_bear_has_no_country():
    gazetteer = load_gazetteer()
    assert [gazetteer.media(n).country or None for n in ("LBC", "Antena 3", "L'Agefi", "The New Times")] == [None] * 4
    assert gazetteer.media("LBCI").country == "LBN" and gazetteer.media("Iwacu").country == "BDI"
