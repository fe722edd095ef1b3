"""Arguments the resolver misread: a capital after a meeting noun read as its partner ("le sommet de
Vienne": where it is held), and a state's medium read as no actor ("la télévision d'État syrienne"
speaks for its state; a private medium stays none), and a negation the parser hung on the adverb
after it ("n'a pas encore reconnu"), and a numbered group anaphor taking up as many states as its
number says ("les trois pays"). Invented sentences, full pipeline
(fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "venue": "La Russie a participé au sommet de Vienne.",
    "venue_state": "La Russie a participé au sommet de l'Autriche.",
    "medium": "La télévision d'État iranienne a accusé Israël d'avoir bombardé le consulat.",
    "media": "Les médias d'État chinois ont vivement critiqué le Japon.",
    "not_medium": "Le quotidien allemand Die Welt a critiqué la Russie.",
    "not_yet": "L'Espagne n'a pas encore reconnu le Kosovo.",
    "three": "La France, l'Allemagne et l'Italie ont publié un communiqué commun. "
             "Les trois pays ont condamné l'Iran.",
    "two": "La Chine a reçu le Japon. Les deux pays ont condamné la Corée du Nord.",
}

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_city_a_summit_is_named_after_is_its_venue_not_a_partner(events):
    assert not any(a == "country:RUS" and r == "country:AUT" for _, a, r in pairs(events, "venue"))


def test_a_summit_of_a_state_still_has_that_state_for_partner(events):
    assert ("CONSULT", "country:RUS", "country:AUT") in pairs(events, "venue_state")


def test_a_states_medium_speaks_for_it(events):
    assert ("ACCUSE", "country:IRN", "country:ISR") in pairs(events, "medium")
    assert ("ACCUSE", "country:CHN", "country:JPN") in pairs(events, "media")


def test_a_private_medium_speaks_for_nobody(events):
    assert not pairs(events, "not_medium")


def test_a_negation_hung_on_the_adverb_after_it_negates_the_event(events):
    found = [e for e in events["not_yet"] if e.type == "COOPERATE"]
    assert found and all(e.negated for e in found)


def test_a_numbered_group_anaphor_takes_up_as_many_states_as_it_counts(events):
    actors = {a for t, a, r in pairs(events, "three") if t == "ACCUSE" and r == "country:IRN"}
    assert actors == {"country:FRA", "country:DEU", "country:ITA"}
    actors = {a for t, a, r in pairs(events, "two") if t == "ACCUSE" and r == "country:PRK"}
    assert actors == {"country:CHN", "country:JPN"}
