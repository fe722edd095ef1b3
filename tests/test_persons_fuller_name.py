"""An official's fuller name ("Félix-Antoine Tshisekedi Tshilombo", "Yoweri Kaguta Museveni") is the
known person whose first name and surname it writes, with that person's state; a namesake of
another first name stays someone else. Invented sentences, full pipeline."""
from __future__ import annotations


def _persons(analyze, text: str, published: str = "2019-05-02") -> dict[str, tuple[str, str | None]]:
    article = analyze("Un titre sans rapport\n\n" + text, published=published)
    return {a.name: (a.id, a.country) for a in article.actors if a.kind == "person"}


def test_a_fuller_name_with_a_hyphenated_first_name_is_the_known_person(analyze):
    persons = _persons(analyze, "Le Président de la République, Félix-Antoine Tshisekedi Tshilombo, est arrivé "
                                "lundi à Bruxelles.")
    assert persons["Félix-Antoine Tshisekedi Tshilombo"] == ("person:felix-tshisekedi", "COD")


def test_a_middle_name_does_not_hide_the_known_person(analyze):
    persons = _persons(analyze, "Le président Yoweri Kaguta Museveni a reçu à Kampala une délégation.")
    assert persons["Yoweri Kaguta Museveni"] == ("person:yoweri-museveni", "UGA")


def test_another_first_name_is_another_person(analyze):
    persons = _persons(analyze, "Hunter Biden a témoigné jeudi devant une commission.")
    assert persons["Hunter Biden"][0] != "person:joe-biden"
