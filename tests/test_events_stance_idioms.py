"""A hostile idiom in a quote blames the state it names (event_stance_words.tsv, "with": the idiom's
other words): "prendre en otage", "bouc émissaire", "avoir tort", "aucune leçon à recevoir"; the
idiom's word alone is literal and carries no stance ("les otages", "à tort"). Invented sentences,
full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "hostage": "Le ministre malien a déclaré : « Le Niger prend notre économie en otage. »",
    "scapegoat": "Le président burkinabè a déclaré : « Le Niger fait de nous un bouc émissaire. »",
    "wrong": "Le ministre malien a déclaré : « Le Niger a tort de fermer la frontière. »",
    "lesson": "Le ministre malien a déclaré : « Nous n'avons aucune leçon à recevoir du Niger. »",
    "literal": "Le ministre malien a déclaré : « Le Niger nous aide à libérer les otages. »",
}

TITLED = True


def test_hostile_idioms_blame_the_state_named(events):
    for name in ("hostage", "scapegoat", "wrong", "lesson"):
        assert ("ACCUSE", "country:MLI" if name != "scapegoat" else "country:BFA", "country:NER") \
            in coded(events, name), name


def test_the_idiom_word_alone_is_literal(events):
    assert ("ACCUSE", "country:MLI", "country:NER") not in coded(events, "literal")
