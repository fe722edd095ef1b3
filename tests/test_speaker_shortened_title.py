"""A description that cuts a person's title after its head and keeps its complement ("le
directeur de l'Agence" for "le directeur général de l'Agence") takes that person up; a rank
after the title ("directeur général adjoint") or before it ("vice-président") is another office
(nlp/office_titles._shortened, fr shortened_title_qualifiers.txt). Invented sentences."""

OPENING = ("Un titre sans rapport\n\nLe {title} de l'Organisation météorologique mondiale, Paul Kervan, a ouvert "
           "lundi la conférence de Genève. Le ministre suisse de l'Environnement, Marc Dubois, a ensuite "
           "affirmé que la Suisse doublerait sa contribution.\n\n")
LATER = "Le {title} de l'Organisation météorologique mondiale a reconnu que les stations d'Afrique manquaient de moyens."


def _speaker(analyze, first: str, later: str) -> str:
    article = analyze(OPENING.format(title=first) + LATER.format(title=later), published="2024-05-02")
    return next(q.speaker.name for q in article.quotes if "stations" in q.text)


def test_a_title_cut_after_its_head_takes_up_its_holder(analyze):
    assert _speaker(analyze, "directeur général", "directeur") == "Paul Kervan"


def test_a_deputy_holds_another_office(analyze):
    assert _speaker(analyze, "directeur général adjoint", "directeur") != "Paul Kervan"


def test_a_vice_president_is_not_the_president(analyze):
    assert _speaker(analyze, "vice-président", "président") != "Paul Kervan"
