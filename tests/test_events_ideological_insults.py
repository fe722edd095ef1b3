"""Ideological insults, plots and plunder said of a foreign actor are hostile words of a quote
("agir comme des nazis", "un complot", "le pillage"): the speaker accuses that actor. Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "insult": "Le président hongrois a affirmé que les Pays-Bas avaient agi comme des nazis.",
    "plot": "Le président bolivien a dit que les États-Unis préparaient un complot contre son pays.",
    "plunder": "Le ministre nigérien a déclaré que la France avait organisé le pillage de l'uranium nigérien.",
    "praise": "Le président hongrois a affirmé que les Pays-Bas étaient un partenaire fiable.",
}

TITLED = True


def test_an_insult_plot_or_plunder_said_of_a_state_accuses_it(events):
    assert coded(events, "insult") == {("ACCUSE", "country:HUN", "country:NLD")}
    assert coded(events, "plot") == {("ACCUSE", "country:BOL", "country:USA")}
    assert coded(events, "plunder") == {("ACCUSE", "country:NER", "country:FRA")}


def test_praise_stays_support(events):
    assert coded(events, "praise") == {("SUPPORT", "country:HUN", "country:NLD")}
