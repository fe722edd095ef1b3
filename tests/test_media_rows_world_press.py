"""Issue 10, stop 47: media.tsv rows for main broadcasters, papers and sites of states and regions
the list covered thinly (Australia, Japan, Nepal, Sudan, Nigeria, Malaysia, Lebanon, Hispanic
United States, Russian exile press). Cited bare ("selon Radio Dabanga", "a déclaré à Telemundo"),
an unlisted title is no medium, so these cited nothing before. Invented sentences, full pipeline."""
from __future__ import annotations

from newsgraph.model import Article
from newsgraph.process import process


def _sources(*texts):
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    return [[s.actor for s in a.sources] for a in articles]


def test_broadcasters_cited_bare():
    assert _sources("Le ministre a démissionné, selon l'Australian Broadcasting Corporation.",
                    "Selon Radio Dabanga, des villages ont été incendiés près de Nyala.",
                    "La gouverneure a déclaré à Telemundo que le pont serait rouvert.") == [
        ["media:abc-australia"], ["media:radio-dabanga"], ["media:telemundo"]]


def test_papers_and_sites_cited_bare():
    assert _sources("Selon Premium Times, douze élèves ont été libérés à Kaduna.",
                    "Selon Malaysiakini, le Premier ministre a remanié son gouvernement.",
                    "Selon Mediazona, trois manifestants ont été condamnés à Perm.") == [
        ["media:premium-times"], ["media:malaysiakini"], ["media:mediazona"]]


def test_a_listed_title_inside_a_longer_place_name_is_no_source():
    assert _sources("Le ministre est arrivé devant le Kathmandu Post Office.") == [[]]


def test_the_language_services_of_international_broadcasters_are_their_broadcaster():
    # stop 49: "BBC Afrique" was read as a person, "VOA Afrique" as an unlisted body
    assert _sources("Selon BBC Afrique, le président a quitté la capitale dans la nuit.",
                    "Le ministre a déclaré à VOA Afrique que les élections auraient lieu en mai.",
                    "Selon Radio Farda, les grèves se poursuivent dans les raffineries.",
                    "D'après Sahara Reporters, l'armée a fermé la route du nord.",
                    "Selon The EastAfrican, la frontière a rouvert lundi.") == [
        ["media:bbc"], ["media:voa"], ["media:radio-free-europe"], ["media:sahara-reporters"], ["media:the-east-african"]]
