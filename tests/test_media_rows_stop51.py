"""Issue 10, stop 51: media.tsv rows for the technology, sports and culture press that news on
those subjects cites (Numerama, TechCrunch, Ars Technica, Wired, ESPN, Marca, Variety…) and for the
public broadcasters of Bosnia and Herzegovina, Montenegro and Kosovo. Invented sentences, full
pipeline."""
from __future__ import annotations

from newsgraph.model import Article
from newsgraph.process import process


def _sources(*texts):
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    return [[s.actor for s in a.sources] for a in articles]


def test_technology_and_culture_titles():
    assert _sources("La faille touche deux millions de routeurs, rapporte Numerama.",
                    "D'après Ars Technica, la mise à jour corrige la faille.",
                    "Selon Variety, le tournage reprendra en juin.") == [
        ["media:numerama"], ["media:ars-technica"], ["media:variety"]]


def test_sports_titles():
    assert _sources("L'attaquant a confié à Marca qu'il ne partirait pas.",
                    "Selon ESPN, l'entraîneur sera limogé lundi.") == [["media:marca"], ["media:espn"]]


def test_balkan_public_broadcasters():
    assert _sources("Selon la RTCG, le Parlement votera jeudi.",
                    "D'après la télévision publique de la Republika Srpska, RTRS, le scrutin est reporté.") == [
        ["media:rtcg"], ["media:rtrs"]]
