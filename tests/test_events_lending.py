""""prêter X à Y" is the verb of the loan ("prêt", AID): a state lending money or goods to another
aids it. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "money": "Le Japon a prêté deux milliards de dollars à l'Égypte.",
    "goods": "La Norvège prêtera trois frégates au Portugal.",
    "idiom": "La Chine prête attention aux critiques de l'Inde.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_state_lending_to_another_aids_it(events):
    assert ("AID", "country:JPN", "country:EGY") in coded(events, "money")
    assert ("AID", "country:NOR", "country:PRT") in coded(events, "goods")


def test_lending_attention_to_words_is_no_aid(events):
    assert not any(t == "AID" for t, *_ in coded(events, "idiom"))
