"""Event mechanisms of issue 11 on invented French sentences, through the full pipeline
(fr_core_news_md): the inverted subject of a speech verb in an incise, the first items of a
coordinated subject the parser broke off, an anaphoric noun inside a name, and an act noun taking up
an earlier act of a state."""
from __future__ import annotations

import pytest

from test_events_mechanisms import FILLER

TEXTS = {
    "incise_name": "Le différend entre le Brésil et l'Argentine s'envenime. "
                   "« Le Brésil a trahi ses engagements », a accusé Buenos Aires mardi.",
    "incise_state": "« Les Pays-Bas jouent un jeu dangereux », a averti la Turquie dimanche.",
    "broken_list": ("L'Union européenne, les Nations unies et Human Rights Watch ont sévèrement critiqué "
                    "le Venezuela."),
    "name_not_anaphora": "Le Japon a critiqué la Chine lundi. Les Nations unies ont condamné la Corée du Nord.",
    "act_chain": "Le parlement polonais a voté jeudi une réforme des tribunaux. " + FILLER +
                 "La Commission européenne a sévèrement critiqué cette décision.",
    "act_unauthored": "Une réforme des tribunaux a été votée jeudi à Varsovie. " + FILLER +
                      "La Commission européenne a sévèrement critiqué cette décision.",
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


def test_a_subject_list_the_parser_broke_acts_whole(events):
    # the parser reads "L'Union européenne" as a fronted adverbial and "les Nations unies et Human
    # Rights Watch" as the subject
    actors = {a for t, a, r in coded(events, "broken_list") if t == "ACCUSE" and r == "country:VEN"}
    assert actors == {"org:ue", "org:onu", "org:hrw"}


def test_an_act_noun_takes_up_the_earlier_act_of_a_state(events):
    # "cette décision" two sentences after "le parlement polonais a voté une réforme": Poland's act
    assert any(t == "ACCUSE" and r == "country:POL" for t, _, r in coded(events, "act_chain"))


def test_an_act_without_a_named_author_is_aimed_at_nobody(events):
    assert not any(r == "country:POL" for _, _, r in coded(events, "act_unauthored"))


def test_an_anaphoric_noun_inside_a_name_is_that_name(events):
    # "les Nations unies" is the UN, not "les deux pays" named just before
    assert ("ACCUSE", "org:onu", "country:PRK") in coded(events, "name_not_anaphora")
    assert not any(r == "country:PRK" and a in ("country:JPN", "country:CHN")
                   for _, a, r in coded(events, "name_not_anaphora"))
