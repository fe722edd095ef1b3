"""A main verb after a subject relative between commas, which the parser hangs on the relative's
verb or on its antecedent ("La Russie, qui a envahi l'Ukraine, menace la Moldavie"): the antecedent
is its subject, and its object no inverted subject; an incise after a quote reads as before.
Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "under_relative": "La Russie, qui a envahi l'Ukraine en 2022, menace la Moldavie.",
    "under_antecedent": "L'Iran, qui soutient le Hezbollah, a condamné Israël.",
    "incise": "« La Russie ment », a accusé Kiev.",
}

TITLED = True


def test_the_antecedent_of_the_relative_acts(events):
    assert ("THREATEN", "country:RUS", "country:MDA") in coded(events, "under_relative")
    assert ("ACCUSE", "country:IRN", "country:ISR") in coded(events, "under_antecedent")
    assert not any(a in ("country:UKR", "country:ISR") and t in ("THREATEN", "ACCUSE")
                   for t, a, _ in coded(events, "under_relative") | coded(events, "under_antecedent"))


def test_an_incise_after_a_quote_reads_as_before(events):
    assert coded(events, "incise") == {("ACCUSE", "country:UKR", "country:RUS")}
