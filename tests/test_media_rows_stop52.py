"""Issue 10, stop 52: media.tsv rows for the public broadcasters and national agencies of states
the list lacked (Iceland, Lithuania, Latvia, Azerbaijan, Kyrgyzstan, Moldova, the Comoros; the
agencies of Bosnia and Herzegovina, Thailand, Nepal, Sri Lanka) and Estonia's ERR by its acronym.
Invented sentences, full pipeline."""
from __future__ import annotations

from newsgraph.model import Article
from newsgraph.process import process


def _sources(*texts):
    articles = process([Article(id=f"t{k}", text=t, lang="fr", published="2024-03-05") for k, t in enumerate(texts)])
    return [[s.actor for s in a.sources] for a in articles]


def test_public_broadcasters():
    assert _sources("Selon la RÚV, l'éruption a repris dans la nuit.",
                    "Le ministre a déclaré à la LRT que les exercices dureraient une semaine.",
                    "D'après ERR, le gouvernement a survécu au vote de défiance.") == [
        ["media:ruv"], ["media:lrt"], ["media:err"]]


def test_national_agencies():
    assert _sources("Le scrutin a été reporté, a rapporté l'agence FENA.",
                    "Selon l'agence Rastriya Samachar Samiti, la route est coupée.") == [
        ["media:fena"], ["media:rss-nepal"]]
