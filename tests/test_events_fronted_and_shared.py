"""Two parser shapes of one clause: a fronted passive participle with its agent ("Soutenue par la
Russie, l'armée syrienne …", "Accusée par Washington d'espionnage, la Chine a démenti": the main
clause's subject is its surface subject, and it is no intention of the main verb), and two
coordinated verbs sharing one object ("La France a condamné et sanctionné la Russie"). Invented
sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "supported": "Soutenue par la Russie, l'armée syrienne a repris Alep.",
    "accused": "Accusée par Washington d'espionnage, la Chine a démenti.",
    "shared": "La France a condamné et sanctionné la Russie.",
    "own_subject": "Le Maroc a salué et l'Algérie a condamné la décision de la France.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_fronted_passive_participle_acts_on_the_main_subject(events):
    assert ("SUPPORT", "country:RUS", "country:SYR") in coded(events, "supported")
    assert ("ACCUSE", "country:USA", "country:CHN") in coded(events, "accused")


def test_coordinated_verbs_share_their_object(events):
    assert {("ACCUSE", "country:FRA", "country:RUS"), ("SANCTION", "country:FRA", "country:RUS")} \
        <= coded(events, "shared")


def test_a_coordinated_verb_with_its_own_subject_shares_nothing(events):
    assert not any(a == "country:MAR" and t == "SUPPORT" and r == "country:DZA"
                   for t, a, r in coded(events, "own_subject"))
