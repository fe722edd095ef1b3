"""A passive cue whose subject is the expletive "il" ("il a été annoncé que") names nobody: the
speaker is unspecified (nlp/cue_readings.py). Invented sentences."""


def test_an_impersonal_passive_cue_names_nobody(analyze):
    # "il" is no pronoun for the judge: the passive's real subject is the clause
    text = ("Décret\n\n18 juin 2018. – Le juge Paul Martin a bloqué le décret. "
            "Il a été annoncé que le texte serait réécrit.")
    assert [q.speaker.name for q in analyze(text, published="2018-06-18", lang="fr").quotes] == ["unspecified"]
    personal = ("Décret\n\n18 juin 2018. – Le juge Paul Martin a bloqué le décret. "
                "Il a déclaré que le texte était « discriminatoire ».")
    assert [q.speaker.name for q in analyze(personal, published="2018-06-18", lang="fr").quotes] == ["Paul Martin"]
