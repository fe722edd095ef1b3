"""A meeting of three or more states held in one of them is written as a star from the host
(GUIDELINES §7.2), not from the first named; held elsewhere, from the first named. Invented
sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "hosted": "Le Pérou, le Chili et la Bolivie se sont réunis jeudi à La Paz.",
    "elsewhere": "Le Pérou, le Chili et la Bolivie se sont réunis jeudi à Genève.",
}

TITLED = True


def test_the_host_is_the_centre_of_the_star(events):
    assert coded(events, "hosted") == {("CONSULT", "country:BOL", "country:PER"),
                                       ("CONSULT", "country:BOL", "country:CHL")}


def test_with_no_host_the_first_named_is(events):
    assert coded(events, "elsewhere") == {("CONSULT", "country:PER", "country:CHL"),
                                          ("CONSULT", "country:PER", "country:BOL")}
