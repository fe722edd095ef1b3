"""An object-control verb whose object is a relative pronoun ("l'Algérie, qu'il accuse de
soutenir …"): the noun the pronoun stands for acts in the infinitive, never the accuser.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "comma": "Le Mali a rompu ses relations avec l'Algérie, qu'il accuse de soutenir le MNLA.",
    "coordinated": "Le Maroc a rompu ses relations avec l'Iran, qu'il accuse d'armer le Polisario et "
                   "de financer le Hezbollah.",
}

TITLED = True


def test_the_accused_acts_in_the_infinitive(events):
    assert ("SUPPORT", "country:DZA", "org:mnla") in coded(events, "comma")
    assert not any(a == "country:MLI" and r == "org:mnla" for _, a, r in coded(events, "comma"))


def test_a_second_infinitive_too(events):
    found = coded(events, "coordinated")
    assert ("AID", "country:IRN", "org:hezbollah") in found
    assert not any(a == "country:MAR" and t == "AID" for t, a, _ in found)
