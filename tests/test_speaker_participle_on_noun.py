"""A present participle the parse hangs on the noun that speaks ("« … » estime la ministre,
répétant ainsi une promesse …", the subject written after the verb read as its object) goes on
with that noun: the speaker is the noun, never the participle's own object
(cue_readings._modified_speaker). Invented sentences."""


def test_participle_on_an_inverted_subject_speaks_with_it(analyze, speakers_of):
    text = ("Santé : la ministre en visite à Lille\n\n"
            "5 juin 2014. – La ministre de la Santé, Claire Dubois, a visité mardi l'hôpital de Lille, "
            "menacé de fermeture.\n\n"
            "« Aucun patient ne doit attendre plus de deux heures aux urgences » estime la ministre de la "
            "Santé, répétant ainsi une promesse de sa campagne électorale.")
    article = analyze(text, published="2014-06-05", lang="fr")
    speakers = speakers_of(article, "Aucun patient")
    assert speakers and all(name == "Claire Dubois" for name in speakers)
