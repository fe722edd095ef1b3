"""A hostile reaction whose indefinite object is a hostile word ("a dénoncé une ingérence
flagrante") or an act judged hostile ("une décision irresponsable") answers whoever just acted on
its actor, like a reaction with no object; so does a cue whose quote names nobody ("a dénoncé une
« ingérence flagrante »"). An indefinite object that names something new is still no reaction,
even with a hostile adjective ("des groupes terroristes"). Invented texts, full pipeline
(fr_core_news_md). A hostile reaction of a person answers whoever acted on their state."""
from __future__ import annotations

import pytest

from event_texts import coded, events_of

TEXTS = {
    "hostile_noun": "Le Ghana a imposé des sanctions au Togo. Lomé a dénoncé une ingérence flagrante.",
    "judged_act": "Le Ghana a imposé des sanctions au Togo. Lomé a dénoncé une décision irresponsable.",
    "quoted_noun": "Le Ghana a imposé des sanctions au Togo. Lomé a dénoncé une « ingérence flagrante » "
                   "dans ses affaires.",
    "new_thing": "Le Ghana a imposé des sanctions au Togo. Lomé a dénoncé des groupes terroristes.",
    # a person speaking for the state acted on reacts for it; praise answers no act on the state
    "person_protests": "Le Ghana a imposé des sanctions au Togo. Le ministre togolais des Affaires étrangères, "
                       "Robert Dussey, a protesté.",
    "person_praises": "Le Ghana a imposé des sanctions au Togo. Le président togolais Faure Gnassingbé a salué "
                      "le courage de son peuple.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return events_of(analyze, TEXTS)


@pytest.mark.parametrize("name", ["hostile_noun", "judged_act", "quoted_noun"])
def test_a_judged_act_answers_who_acted(events, name):
    assert ("ACCUSE", "country:TGO", "country:GHA") in coded(events, name)


def test_a_new_thing_with_a_hostile_adjective_is_no_reaction(events):
    assert not any(e[1] == "country:TGO" for e in coded(events, "new_thing"))


def test_a_person_reacts_for_the_state_acted_on(events):
    assert ("PROTEST", "person:robert-dussey", "country:GHA") in coded(events, "person_protests")


def test_praise_from_a_person_answers_no_act_on_their_state(events):
    assert not any(e[0] == "SUPPORT" for e in coded(events, "person_praises"))
