"""Predicate classes read by stop 53: sums paid ("verser 20 millions à X"), contributions frozen or
suspended, meetings of a body hosted ("accueillir un sommet de la Ligue arabe"), troops massed at a
border, military exercises with a partner, support for an act qualified by its author's demonym
("son soutien au plan américain"). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "paid": "Le Japon a versé 15 millions de dollars à la Jordanie.",
    "frozen": "Le Portugal a gelé sa contribution à l'Unicef.",
    "hosted": "Le Kenya a accueilli un sommet de la Ligue arabe.",
    "massed": "La Chine a amassé des troupes à la frontière du Vietnam.",
    "massed_with": "La Russie a massé des soldats à sa frontière avec l'Ukraine.",
    "exercises": "La Corée du Sud a organisé des exercices militaires avec les États-Unis.",
    "own_exercises": "La Chine a lancé des exercices militaires autour de Taïwan.",
    "backed_plan": "Le Japon a exprimé son soutien au plan de paix américain.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_sum_paid_to_an_actor_is_aid(events):
    assert ("AID", "country:JPN", "country:JOR") in coded(events, "paid")


def test_a_contribution_frozen_is_aid_suspended(events):
    assert ("SANCTION", "country:PRT", "org:unicef") in coded(events, "frozen")


def test_the_host_of_a_body_s_meeting_meets_the_body(events):
    assert ("CONSULT", "country:KEN", "org:ligue-arabe") in coded(events, "hosted")


def test_troops_massed_at_a_border_are_aimed_across_it(events):
    assert ("MOBILIZE", "country:CHN", "country:VNM") in coded(events, "massed")
    assert ("MOBILIZE", "country:RUS", "country:UKR") in coded(events, "massed_with")


def test_exercises_with_a_partner_are_cooperation_and_one_s_own_are_none(events):
    assert ("COOPERATE", "country:KOR", "country:USA") in coded(events, "exercises")
    assert not {e for e in coded(events, "own_exercises") if e[0] == "COOPERATE"}


def test_support_for_an_act_is_aimed_at_its_author_named_by_a_demonym(events):
    assert ("SUPPORT", "country:JPN", "country:USA") in coded(events, "backed_plan")
