"""media.tsv rows of stop 48: papers, sites and broadcasters of Switzerland, Belgium and Canada
the list lacked, and of the Congo's neighbours (Central African Republic, South Sudan, Uganda,
Rwanda, Tanzania, Kenya, Zambia, Angola, Congo-Brazzaville). Invented sentences, full pipeline."""
from __future__ import annotations

from newsgraph.gazetteer import load_gazetteer
from newsgraph.model import Article
from newsgraph.process import process


def test_neighbouring_outlets_are_cited_under_their_listed_names():
    texts = ("Selon Radio Ndeke Luka, des tirs ont été entendus à Bangui dans la nuit.",
             "« Nous attendons les convois », a déclaré un chef coutumier à Radio Tamazuj.",
             "D'après la Basler Zeitung, la banque a renoncé à son projet de fusion.",
             "Le ministre a confirmé l'accord au Winnipeg Free Press.",
             "Selon la Zambia National Broadcasting Corporation, le scrutin a été reporté.")
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    assert [[s.actor for s in a.sources] for a in articles] == [
        ["media:radio-ndeke-luka"], ["media:radio-tamazuj"], ["media:basler-zeitung"],
        ["media:winnipeg-free-press"], ["media:znbc"]]


def test_the_new_rows_carry_their_country():
    gazetteer = load_gazetteer()
    assert [gazetteer.media(n).country for n in ("Oubangui Médias", "KT Press", "Nile Post", "Grenz-Echo",
                                                  "Corriere del Ticino", "Televisão Pública de Angola")] == \
        ["CAF", "RWA", "UGA", "BEL", "CHE", "AGO"]


def test_a_foreign_title_under_a_french_article():
    """French copy swaps a foreign title's own article for a French one ("selon le Nieuwsblad",
    "la Welt"): the bare title is listed as an alias."""
    texts = ("Selon le Nieuwsblad, le bourgmestre a renoncé au projet.",
             "D'après la Welt, la coalition a trouvé un compromis.",
             "Le ministre a démenti l'information publiée par le Volkskrant.")
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    assert [[s.actor for s in a.sources] for a in articles] == [
        ["media:het-nieuwsblad"], ["media:die-welt"], ["media:de-volkskrant"]]


def test_public_broadcasters_of_the_world():
    """Main public broadcasters the list lacked (Guinea, Togo, Benin, Chad, Djibouti, Zimbabwe,
    Bulgaria, Georgia, Thailand …): cited under their names and acronyms."""
    texts = ("Selon la RTG, le couvre-feu est levé à Conakry.",
             "Le ministre a annoncé sa démission à l'antenne de l'ORTB.",
             "« Le scrutin aura lieu en mars », a déclaré le président à la ZBC.",
             "D'après Thai PBS, les eaux ont commencé à baisser.")
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    assert [[s.actor for s in a.sources] for a in articles] == [
        ["media:rtg-guinee"], ["media:ortb"], ["media:zbc"], ["media:thai-pbs"]]
    gazetteer = load_gazetteer()
    assert [gazetteer.media(n).country for n in ("Télé Liban", "Rustavi 2", "Al Aoula")] == \
        ["LBN", "GEO", "MAR"]
