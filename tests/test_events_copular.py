"""Copular predicates: "X est (l'un des) allié(s) de Y" (the copula's subject is the ally; in "l'un
des alliés" the noun hangs on the pronoun "un", which holds the subject), and a subject the parser
hung on the copula of "être sur le point de V" ("L'armée malienne est sur le point de vaincre X":
"est" as the subject's head). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "ally": "Le Sénégal est un allié de la Mauritanie.",
    "one_of_the_allies": "Le Sénégal est l'un des principaux alliés de la Mauritanie.",
    "one_of_the_allies_bare": "Le Kenya est l'un des alliés de l'Ouganda.",
    "lost_ally": "Le Sénégal a perdu un allié de poids.",
    "about_to": "L'armée malienne est sur le point de vaincre Boko Haram.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_subject_of_a_copula_is_the_ally(events):
    assert ("COOPERATE", "country:SEN", "country:MRT") in coded(events, "ally")


def test_one_of_the_allies_reads_the_subject_of_the_pronoun(events):
    assert ("COOPERATE", "country:SEN", "country:MRT") in coded(events, "one_of_the_allies")
    assert ("COOPERATE", "country:KEN", "country:UGA") in coded(events, "one_of_the_allies_bare")


def test_an_ally_of_no_one_named_is_no_event(events):
    assert not coded(events, "lost_ally")


def test_a_subject_hung_on_the_copula_acts(events):
    assert ("ASSAULT", "country:MLI", "org:boko-haram") in coded(events, "about_to")
