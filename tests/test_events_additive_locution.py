"""An additive locution after the verb ("tout comme", "de même que"; event_grammar.tsv
additive_locution) names one more actor who did the same act, wherever the parser hangs it (on the
verb, or on the object as its apposition), and never a member of the object. Invented sentences,
full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    # the parser hangs "la Corée du Sud" on "essai" as its apposition
    "on_object": "Le Japon a condamné l'essai nucléaire nord-coréen, tout comme la Corée du Sud.",
    "on_verb": "La Pologne a critiqué la Commission européenne, tout comme la Hongrie et la Slovaquie.",
    "de_meme": "Le Japon a condamné l'essai nucléaire nord-coréen, de même que la Corée du Sud.",
    "fronted": "La Pologne, tout comme la Hongrie, a critiqué la Commission européenne.",
}
TITLED = True


def test_the_compared_actor_did_the_same_and_is_no_recipient(events):
    found = coded(events, "on_object")
    assert ("ACCUSE", "country:KOR", "country:PRK") in found
    assert ("ACCUSE", "country:JPN", "country:KOR") not in found


def test_each_member_of_the_compared_list_acts(events):
    assert {a for _, a, _ in coded(events, "on_verb")} >= {"country:POL", "country:HUN", "country:SVK"}


def test_de_meme_que_adds_a_doer(events):
    assert ("ACCUSE", "country:KOR", "country:PRK") in coded(events, "de_meme")


def test_a_fronted_comparison_stays_a_co_subject(events):
    assert {a for _, a, _ in coded(events, "fronted")} >= {"country:POL", "country:HUN"}
