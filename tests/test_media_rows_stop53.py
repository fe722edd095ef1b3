"""Issue 10, stop 53: media.tsv rows for public broadcasters, agencies and main papers of states
the list lacked (Ghana's GBC, Algeria's EPTV, Georgia's GPB, Myanmar's MRTV, Britain's PA Media,
Egypt's Mada Masr, Iran's Hamshahri…) and aliases of listed ones (the Syrian agency's full name,
Al-Nahar). Invented sentences, full pipeline."""
from __future__ import annotations

from newsgraph.model import Article
from newsgraph.process import process


def _sources(*texts):
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    return [[s.actor for s in a.sources] for a in articles]


def test_public_broadcasters():
    assert _sources("Selon la GBC, le pont a été rouvert à la circulation.",
                    "Le ministre a déclaré à la GPB que les pourparlers reprendraient lundi.",
                    "D'après MRTV, le couvre-feu a été levé dans la capitale.") == [
        ["media:gbc"], ["media:gpb"], ["media:mrtv"]]


def test_agencies_and_papers():
    assert _sources("Le navire a accosté mardi, a rapporté l'agence PA Media.",
                    "Selon le quotidien Hamshahri, le maire a démissionné.",
                    "D'après le site Mada Masr, les travaux ont été suspendus.",
                    "Selon Syrian Arab News Agency, la route a été rouverte.") == [
        ["media:pa-media"], ["media:hamshahri"], ["media:mada-masr"], ["media:sana"]]
