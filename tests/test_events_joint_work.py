"""Working or acting together, joining forces, is cooperation ("travaillent ensemble", "main dans
la main avec", "ont uni leurs forces", "agissent de concert"); a bare "travailler" is none.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "together": "Le Pérou et la Bolivie travaillent ensemble sur le climat.",
    "hand": "Le Canada a travaillé main dans la main avec le Mexique.",
    "forces": "La Belgique et les Pays-Bas ont uni leurs forces contre le trafic.",
    "concert": "Le Kenya et la Tanzanie agissent de concert.",
    "bare": "Le Pérou et la Bolivie travaillent sur le climat.",
}

TITLED = True


def test_joint_work_is_cooperation(events):
    assert coded(events, "together") == {("COOPERATE", "country:PER", "country:BOL")}
    assert coded(events, "hand") == {("COOPERATE", "country:CAN", "country:MEX")}
    assert coded(events, "forces") == {("COOPERATE", "country:BEL", "country:NLD")}
    assert coded(events, "concert") == {("COOPERATE", "country:KEN", "country:TZA")}


def test_bare_work_is_none(events):
    assert coded(events, "bare") == set()
