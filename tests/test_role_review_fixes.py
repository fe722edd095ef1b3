"""Roles the role owners and office descriptions must not give (invented texts): an office of
another body than the state, a relation of nobody displacing a role, a competition owning an
office, a relation of nobody beside an office, a capital letter copied into the role."""
from __future__ import annotations


def roles(analyze, text: str, published: str, lang: str = "fr") -> dict[str, str | None]:
    article = analyze("Un titre sans rapport\n\n" + text, published=published, lang=lang)
    return {a.name: a.role for a in article.actors if a.kind == "person"}


def test_an_office_of_another_body_is_not_the_state_office_holder_s(analyze):
    found = roles(analyze, "Emmanuel Macron a visité Lyon mardi. Le président du club de football a salué "
                  "la visite.", "2018-05-02")
    assert found["Emmanuel Macron"] != "président du club de football"


def test_the_state_office_away_from_the_name_is_still_read(analyze):
    found = roles(analyze, "Emmanuel Macron a visité Lyon mardi. Les habitants ont attendu longtemps avant "
                  "que le président de la République ne salue la foule.", "2018-05-02")
    assert found["Emmanuel Macron"] == "président de la République"


def test_english_office_of_a_club_is_not_the_president_s(analyze):
    found = roles(analyze, "Barack Obama spoke on Monday. The president of the football club welcomed the "
                  "visit.", "2015-05-04", lang="en")
    assert found["Barack Obama"] != "president of the football club"


def test_a_relation_of_nobody_does_not_wipe_an_earlier_role(analyze):
    found = roles(analyze, "La chanteuse Marie Durand a donné un concert. Paul Martin est venu. Sa jeune "
                  "femme Marie Durand était radieuse.", "2018-05-02")
    assert found["Marie Durand"] == "chanteuse"


def test_a_competition_owns_no_office(analyze):
    found = roles(analyze, "Lors de la Coupe du monde de football, son entraîneur Didier Deschamps a parlé "
                  "aux joueurs.", "2018-07-02")
    assert "Coupe" not in (found.get("Didier Deschamps") or "")


def test_a_relation_with_no_possessor_is_left_out_beside_an_office(analyze):
    found = roles(analyze, "Le ministre a parlé. Son frère Jean Dupont, ministre de la Santé, a déclaré "
                  "que tout allait bien.", "2018-05-02")
    assert found["Jean Dupont"] == "ministre de la Santé"


def test_the_owner_s_article_is_lower_case_in_the_role(analyze):
    found = roles(analyze, "L'Ordre des avocats a désigné son président Jean Dupont.", "2018-05-02")
    assert found["Jean Dupont"] == "président de l'Ordre des avocats"
