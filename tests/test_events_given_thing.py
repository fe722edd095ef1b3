"""A thing told as given by its participle and its donor ("un programme financé par X", "des
vivres envoyés par X") is aid to the state of the place the sentence puts it in ("mis en
circulation à Bangkok", "acheminée à Téhéran"), else to the state the article is about; an
intergovernmental donor (a development bank) is of no state, so it gives there too; groups
"soutenus par X" stay the frame's recipient, and a donor of the article's own state gives to no
one it names. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "place": "La Suisse et la Thaïlande ont signé un accord sur le climat. Des bus électriques "
             "ont été mis en circulation à Bangkok grâce à un programme financé par la Banque mondiale.",
    "verb_place": "La Suisse aide l'Iran. Une cargaison de médicaments, financée par des entreprises "
                  "suisses, a été acheminée à Téhéran, a annoncé le SECO.",
    "topic": "Le Mali a signé un accord avec le Niger. Le Mali attend. Le ministre a inauguré un centre "
             "de formation financé par la France.",
    "own": "La France a signé un accord avec le Niger. La France attend. La France renforce sa présence. "
           "Le ministre a inauguré un centre de formation financé par la France.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_thing_funded_goes_to_the_state_of_its_place(events):
    assert ("AID", "org:banque-mondiale", "country:THA") in coded(events, "place")
    assert ("AID", "country:CHE", "country:IRN") in coded(events, "verb_place")


def test_a_thing_funded_with_no_place_goes_to_the_state_the_article_is_about(events):
    assert ("AID", "country:FRA", "country:MLI") in coded(events, "topic")


def test_a_thing_funded_by_the_article_s_own_state_goes_nowhere(events):
    assert not any(t == "AID" for t, *_ in coded(events, "own"))
