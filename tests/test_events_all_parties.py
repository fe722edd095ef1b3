"""An appeal to "les deux camps", or to "(toutes) les parties" bare and plural, is aimed at the two
sides the article is about (each named at least twice, none tied with a third), as annotators write
it; "les camps de réfugiés", "les parties civiles" are no sides. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

SIDES = "L'Inde et le Pakistan se sont affrontés près de la frontière. Le Pakistan accuse l'Inde. L'Inde dément. "
TEXTS = {
    "all_parties": SIDES + "Le Japon a exhorté toutes les parties au calme.",
    "two_camps": SIDES + "Le Japon a appelé les deux camps au calme.",
    "refugee_camps": SIDES + "Le Japon a visité les camps de réfugiés.",
}
TITLED = True


def test_all_parties_are_the_two_sides_the_article_is_about(events):
    requests = {(a, r) for kind, a, r in coded(events, "all_parties") if kind == "REQUEST"}
    assert requests == {("country:JPN", "country:IND"), ("country:JPN", "country:PAK")}


def test_the_two_camps_are_the_two_sides(events):
    requests = {(a, r) for kind, a, r in coded(events, "two_camps") if kind == "REQUEST"}
    assert requests == {("country:JPN", "country:IND"), ("country:JPN", "country:PAK")}


def test_refugee_camps_are_no_sides(events):
    assert not {(a, r) for kind, a, r in coded(events, "refugee_camps") if a == "country:JPN"}
