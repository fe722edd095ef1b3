"""Verbs that say something of a thing in marks ("a évoqué des « pertes »", "en louant une
« relation constructive »") report the quoted words, unless the quotation only labels an unnamed
informant ("évoquant une « source proche du dossier »": lang/fr/informant_nouns.txt,
nlp/reports.py _names_informant). Invented sentences."""


def test_quoted_object_of_a_verb_of_mention(reports):
    found = reports("La chaîne publique a évoqué des « pertes importantes » dans la région.")
    assert [(words, cue) for words, _, cue in found] == [("des « pertes importantes » dans la région", "a évoqué")]


def test_quoted_informant_is_no_words_said(reports):
    found = reports("Le quotidien a évoqué une « source proche de la mairie » dans son édition du soir.")
    assert [cue for _, _, cue in found if cue == "a évoqué"] == []


def test_verb_of_praise_with_quoted_object(reports):
    found = reports("La ministre a loué une « coopération exemplaire » avec les régions.")
    assert [(words, cue) for words, _, cue in found] == [("une « coopération exemplaire » avec les régions", "a loué")]
