"""Issue 10, session 39: media.tsv rows for local and regional outlets of Niger, Burkina Faso,
eastern Congo, Switzerland, Belgium and Quebec. Invented sentences, full pipeline."""
from __future__ import annotations

from newsgraph.gazetteer import load_gazetteer
from newsgraph.model import Article
from newsgraph.process import process


def test_local_outlets_are_cited_under_their_listed_names():
    texts = ("Le ministre a dénoncé sur Télé Sahel une attaque contre un poste de police.",
             "Selon Radio Maendeleo, des coups de feu ont été entendus à Bukavu.",
             "D'après Léman Bleu, le Conseil municipal a voté le budget.",
             "Selon Télé MB, le chantier de la gare reprendra en mai.",
             "« Nous sommes prêts », a déclaré le maire sur les ondes du 98.5 FM.",
             "Selon Noovo Info, la grève pourrait durer deux semaines.")
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    assert [[s.actor for s in a.sources] for a in articles] == [
        ["media:tele-sahel"], ["media:radio-maendeleo"], ["media:leman-bleu"], ["media:tele-mb"],
        ["media:98-5-montreal"], ["media:noovo"]]


def test_the_new_rows_carry_their_country():
    gazetteer = load_gazetteer()
    assert [gazetteer.media(n).country for n in ("ORTN", "RTB", "Canal C", "FM93", "Radio Lac")] == \
        ["NER", "BFA", "BEL", "CAN", "CHE"]
    assert not gazetteer.media("Nord Eclair").country  # Lille and Belgian editions
