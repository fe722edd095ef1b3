""""La Slovénie a de son côté salué …": an inserted phrase between the auxiliary and the participle
makes the parser read the auxiliary as the verb and the participle as a modifier of the phrase's
noun; the participle is still the event, done by the auxiliary's subject (subjects.split_auxiliary),
not a passive participle of that noun. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "de_son_cote": "La Slovénie a de son côté salué le Portugal pour sa médiation.",
    "pour_sa_part": "L'Estonie a pour sa part condamné la Biélorussie mardi.",
    "plain": "La Slovénie a salué le Portugal pour sa médiation.",
    # between commas, the phrase may be made the root with the auxiliary hung on it
    "commas": "Le Canada a, de son côté, condamné la Russie pour son invasion.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_participle_split_from_its_auxiliary_is_done_by_the_auxiliary_subject(events):
    assert ("SUPPORT", "country:SVN", "country:PRT") in coded(events, "de_son_cote")
    assert ("ACCUSE", "country:EST", "country:BLR") in coded(events, "pour_sa_part")


def test_the_split_reading_agrees_with_the_plain_one(events):
    assert coded(events, "de_son_cote") == coded(events, "plain")


def test_a_phrase_between_commas_made_the_root_still_splits(events):
    assert ("ACCUSE", "country:CAN", "country:RUS") in coded(events, "commas")
