"""A list of states whose second member the parser hung on the first as a bare modifier ("L'Arabie
saoudite, les Émirats arabes unis et Bahreïn ont rompu …": "Émirats" a modifier of "Arabie"): each
state of the list acts. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "three": "Le Qatar accuse ses voisins de vouloir l'isoler. L'Arabie saoudite, les Émirats arabes unis "
             "et Bahreïn ont rompu leurs relations avec Doha.",
}

# (the conftest's `events` fixture analyses TEXTS)


def test_each_state_of_the_list_acts(events):
    broke = {e.actor.actor for e in events["three"] if e.type == "SANCTION" and e.recipient.actor == "country:QAT"}
    assert broke == {"country:SAU", "country:ARE", "country:BHR"}
