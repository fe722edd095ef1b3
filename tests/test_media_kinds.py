"""A description takes up a medium named before only when its noun fits the medium's kind (pack
`media_noun_kinds`, data/media.tsv): "la télévision d'État" after an agency is another medium.
The real model; invented sentences."""

DAY = "2022-05-10"


def _speakers(result, opening):
    return [q.speaker.name for q in result.quotes if q.text.startswith(opening)]


def test_state_television_after_an_agency_is_not_that_agency(analyze):
    text = ("Le prisonnier a été libéré samedi à Téhéran, a rapporté l'agence Irna. "
            "L'ambassadeur de Suède a été convoqué dans la soirée, selon la télévision d'Etat.")
    result = analyze(text, published=DAY)
    assert _speakers(result, "L'ambassadeur") == ["la télévision d'Etat"]
    assert [s.name for s in result.sources] == ["IRNA", "télévision d'Etat"]


def test_the_paper_after_a_listed_paper_is_still_that_paper(analyze):
    text = ("Le gouvernement prépare une réforme des pensions, a révélé Le Soir. "
            "Selon le quotidien, le texte sera présenté au Parlement en juin.")
    result = analyze(text, published=DAY)
    assert _speakers(result, "le texte") == ["Le Soir"]


def test_the_agency_after_a_listed_agency_is_still_that_agency(analyze):
    text = ("Le président a quitté la capitale dans la nuit, a rapporté l'agence Belga. "
            "Selon l'agence, il doit rentrer lundi.")
    result = analyze(text, published=DAY)
    assert _speakers(result, "il doit") == ["Belga"]
