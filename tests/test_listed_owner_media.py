"""A listed body or state and the listed medium it owns, which the recogniser ran into one name
("la chaîne du Hezbollah Al-Manar"): the medium at its end is the one cited, by its name
(nlp/actors._owner_and_medium). Invented sentences, full pipeline."""

DAY = "2024-03-05"


def test_a_listed_medium_after_its_listed_owner_is_cited_by_its_name(analyze):
    text = "Deux roquettes sont tombées près de la frontière, selon la chaîne du Hezbollah Al-Manar."
    assert [(s.name, s.named) for s in analyze(text, published=DAY).sources] == [("Al-Manar", True)]


def test_a_listed_owner_alone_still_names_no_medium(analyze):
    text = "Deux roquettes sont tombées près de la frontière, selon le Hezbollah."
    assert [s.name for s in analyze(text, published=DAY).sources] == []
