"""Bodies of an executive speak as such: "le département", "l'exécutif", "la chancellerie" head a
speaker like "le ministère" (lang/fr/speaker_nouns.txt). The texts are invented."""


def _quotes(analyze, text):
    return analyze("Médiation\n\n" + text, published="2022-04-02").quotes


def test_the_department_as_subject_of_a_speech_verb_speaks(analyze):
    quotes = _quotes(analyze, "Le Département fédéral de la défense a ouvert une enquête. "
                              "Le département précise que deux officiers ont été suspendus.")
    assert [q.text for q in quotes] == ["deux officiers ont été suspendus"]
    assert quotes[0].cue.text == "précise"


def test_the_executive_speaks(analyze):
    quotes = _quotes(analyze, "L'exécutif a annoncé que la réforme serait retirée.")
    assert [q.text for q in quotes] == ["la réforme serait retirée"]
