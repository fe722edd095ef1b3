"""Verbs of going on speaking take the words in marks right after them ("poursuivant par « … »",
"a poursuivi « … »"): the speaker's next words, not a stray quotation (lang/fr/speech_verbs.tsv,
frame objw). Invented sentences."""


def test_going_on_by_quoted_words(reports):
    found = reports("La ministre Claire Dubois a ouvert la séance en saluant les élus, poursuivant par "
                    "« nous avons enfin obtenu gain de cause ».")
    assert [(speaker, cue) for words, speaker, cue in found if "gain de cause" in words] == [
        ("Claire Dubois", "poursuivant par")]


def test_going_on_with_a_plain_object_reports_nothing(reports):
    assert reports("Le maire a poursuivi les travaux de la rue « Victor Hugo » cette année.") == []
