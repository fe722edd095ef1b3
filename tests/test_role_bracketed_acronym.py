"""A title that ends in its body's bracketed acronym keeps its role before the name, with or
without a comma ("le chef du Département fédéral des affaires étrangères (DFAE) X", "le président
de l'Union française des industries pétrolières (Ufip), X"; roles._before_bracketed_acronym).
Invented sentences."""


def _person(article, name):
    return next(a for a in article.actors if a.kind == "person" and a.name == name)


def test_role_before_a_bracketed_acronym_and_the_name(analyze, speakers_of):
    text = ("Accord avec le Népal\n\n"
            "Katmandou (ats) – Le chef du Département fédéral des affaires étrangères (DFAE) Ignazio Cassis "
            "a signé lundi un accord avec le Népal.\n\n"
            "« La Suisse est présente au Népal depuis longtemps », a déclaré le conseiller fédéral devant la presse.")
    article = analyze(text, published="2019-10-04", lang="fr")
    assert _person(article, "Ignazio Cassis").role == "chef du Département fédéral des affaires étrangères"
    assert speakers_of(article, "présente au Népal") == ["Ignazio Cassis"]


def test_capitalised_acronym_spelt_by_the_initials(analyze, speakers_of):
    text = ("Économie : les raffineurs\n\n"
            "4 octobre 2012. – Les marges des raffineurs ont augmenté cette année en France.\n\n"
            "« Une usine a fermé pendant plusieurs mois », explique le président de l'Union française des "
            "industries pétrolières (Ufip), Jean Louis Schilansky. La suite est connue.")
    article = analyze(text, published="2012-10-04", lang="fr")
    assert speakers_of(article, "Une usine a fermé") == ["Jean Louis Schilansky"]


def test_a_bracketed_word_that_spells_nothing_is_no_acronym(analyze):
    text = ("Économie : les raffineurs\n\n"
            "4 octobre 2012. – Le président de l'Union française des industries pétrolières (Paris) "
            "Jean Louis Schilansky a signé un accord.")
    article = analyze(text, published="2012-10-04", lang="fr")
    person = next((a for a in article.actors if a.kind == "person" and "Schilansky" in a.name), None)
    assert person is None or person.role is None or "pétrolières" not in person.role
