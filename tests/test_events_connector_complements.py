"""The noun of a journalist's connector ("en effet", "de son côté") heads no complement: one the
parser hung on it ("reproche en effet à X") is the verb's. "Reprocher à X de" gives its infinitive
to X, as "accuser X de" does. Invented sentences, full pipeline."""
from __future__ import annotations


def coded(analyze, text):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
            if not e.negated}


def test_a_dative_hung_on_en_effet_is_the_verbs(analyze):
    text = "Lima reproche en effet à Quito d'avoir provoqué la crise diplomatique, le 3 mars."
    assert ("ACCUSE", "country:PER", "country:ECU") in coded(analyze, text)


def test_the_reproached_state_acts_the_infinitive(analyze):
    text = "Le Chili reproche au Pérou d'avoir bombardé la Bolivie."
    events = coded(analyze, text)
    assert not any(a == "country:CHL" and r == "country:BOL" for _, a, r in events)
    assert ("ASSAULT", "country:PER", "country:BOL") in events
