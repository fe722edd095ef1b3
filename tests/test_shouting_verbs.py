"""Verbs of shouting report the words they govern (lang/fr/speech_verbs.tsv). Invented sentences."""


def test_shouted_quotation_with_incise(reports):
    assert reports("« Reculez tous », hurle le gardien.") == [("Reculez tous", "le gardien", "hurle")]


def test_chanted_quotation_as_object(reports):
    found = reports("Les manifestants scandaient « non à la fermeture » devant la mairie.")
    assert [(words, cue) for words, _, cue in found] == [("« non à la fermeture » devant la mairie", "scandaient")]
