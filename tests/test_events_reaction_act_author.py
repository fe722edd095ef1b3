"""A verbal reaction whose recipient is implicit, aimed at an act its object names by its kind
("Macron a dénoncé des mesures brutales"), answers the author of the latest act of that kind told
in the sentence or the two before; not an act of the reacting actor's own state, nor an act done
together ("les discussions"). Invented sentences, full pipeline."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_the_object_act_names_its_author(analyze):
    text = ("Les États-Unis ont imposé des droits de douane sur l'acier canadien. "
            "Le président français Emmanuel Macron a dénoncé des mesures brutales.")
    assert ("ACCUSE", "person:emmanuel-macron", "country:USA") in coded(analyze, text)


def test_an_act_of_ones_own_state_is_answered_by_no_one(analyze):
    text = ("La France a imposé des droits de douane sur l'acier chinois. "
            "Le président français Emmanuel Macron a dénoncé des mesures brutales.")
    assert not any(e[0] == "ACCUSE" and e[1] == "person:emmanuel-macron" for e in coded(analyze, text))


def test_talks_have_no_author_to_answer(analyze):
    text = ("Le prince héritier d'Abou Dhabi a reçu les deux dirigeants éthiopien et érythréen. "
            "Les États-Unis auraient également encouragé les discussions.")
    assert not any(e[0] == "SUPPORT" and e[1] == "country:USA" for e in coded(analyze, text))
