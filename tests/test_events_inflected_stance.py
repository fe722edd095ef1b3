"""A quote's stance word that the lemmatizer leaves inflected (nlp/events/quote_acts.py `_stance`, the
ending table lang/fr/verb_endings.tsv): "ment" is looked up as "mentir", so the quote accuses rather
than states a position. Invented sentences through the full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from newsgraph.nlp.lexicon import guess_lemmas

TEXTS = {
    "lies": "« La Russie ment depuis le début », a déclaré le ministre ukrainien Pavlo Kovalenko.",
    "leaves": "« La Russie part demain de la conférence », a déclaré le ministre ukrainien Pavlo Kovalenko.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2019-03-14").events for name, text in TEXTS.items()}


def test_an_inflected_hostile_verb_the_tagger_leaves_alone_types_an_accusation(events):
    coded = {(e.type, e.recipient.actor) for e in events["lies"]}
    assert ("ACCUSE", "country:RUS") in coded
    assert not any(t == "SUPPORT" for t, _ in coded)


def test_a_guessed_infinitive_with_no_stance_leaves_a_stated_position(events):
    coded = {(e.type, e.recipient.actor) for e in events["leaves"]}
    assert not any(t == "ACCUSE" for t, _ in coded)


@pytest.mark.parametrize("form, infinitive", [("ment", "mentir"), ("mentent", "mentir"),
                                              ("dort", "dormir"), ("sert", "servir"), ("sent", "sentir")])
def test_third_group_forms_guess_their_infinitive(blank_nlp, form, infinitive):
    doc = blank_nlp("fr")(f"Il {form} souvent.")
    assert infinitive in guess_lemmas(doc[1])
