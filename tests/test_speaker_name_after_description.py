"""A description the resolver cannot tie to anyone, whose modifiers the finder's mention cut off,
with a name closing the subject right before the verb ("L'un des responsables des équipes ayant
mené la recherche, X, a annoncé"): that person speaks (lost_subjects.named_after_description).
Invented sentences."""


def test_name_closing_a_long_description_before_the_verb(analyze, speakers_of):
    text = ("Physique : une découverte\n\n"
            "4 juillet 2014. – Une nouvelle particule a été observée à Genève.\n\n"
            "L'un des deux porte-parole des équipes scientifiques ayant participé à la recherche de la "
            "particule, Marc Lefébure, a annoncé : « C'est un résultat provisoire, mais il est solide ».")
    article = analyze(text, published="2014-07-04", lang="fr")
    assert speakers_of(article, "résultat provisoire") == ["Marc Lefébure"]
