""""Ce dernier" (masculine) takes up the last actor named whose gender agrees: a state whose name is
feminine ("installé en Russie") is skipped for the person before it; "cette dernière" may still
take up a feminine state. Invented sentences, full pipeline."""
from __future__ import annotations

HEAD = "Ingérence : Varsovie sanctionne un réseau\n\n"


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(HEAD + text, published="2024-05-02").events
            if not e.negated}


def test_ce_dernier_skips_a_feminine_state(analyze):
    text = ("La Pologne a inscrit sur sa liste de sanctions un site et l'homme d'affaires moldave Ion Rusu, "
            "installé en Russie. Le gouvernement polonais accuse ce dernier d'avoir financé le réseau.")
    events = coded(analyze, text)
    assert ("ACCUSE", "country:POL", "country:RUS") not in events
    assert ("ACCUSE", "country:POL", "person:ion-rusu") in events
