"""A newsroom's note inside a quote ("(…, NdlR)", editorial_marks.txt) glosses the speaker's words:
the states it names are none the speaker spoke of, so the quote carries no event toward them.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

from newsgraph.nlp.events.quote_targets import _cut

TEXTS = {
    "noted": "« Nous comptons sur nos voisins (notamment le Brésil et l'Argentine, NdlR) », a déclaré le "
             "ministre chilien des Affaires étrangères.",
    "spoken": "« Nous comptons sur nos voisins, notamment le Brésil et l'Argentine », a déclaré le "
              "ministre chilien des Affaires étrangères.",
}

TITLED = True


def test_states_named_in_an_editors_note_are_no_targets(events):
    assert not {(a, r) for _, a, r in coded(events, "noted")} & {("country:CHL", "country:BRA"),
                                                                 ("country:CHL", "country:ARG")}


def test_the_same_states_spoken_of_are_targets(events):
    assert ("country:CHL", "country:BRA") in {(a, r) for _, a, r in coded(events, "spoken")}


def test_cut_leaves_the_parts_around_the_holes():
    assert _cut(0, 10, [(3, 5)]) == [(0, 3), (5, 10)]
    assert _cut(0, 10, [(0, 10)]) == []
    assert _cut(0, 10, [(12, 15)]) == [(0, 10)]
