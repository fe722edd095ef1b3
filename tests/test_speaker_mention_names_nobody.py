"""A finder's mention with no noun, name or pronoun in it ("« … » poursuivant par « … »": the
preposition after the cue) designates nobody: the speaker is the person named right before the
cue, else who has the floor (speaker_mentions.names_nobody). Invented sentences."""


def test_a_preposition_is_no_speaker(analyze, speakers_of):
    text = ("Burundi : le gouvernement réagit\n\n"
            "3 novembre 2016. – L'Union européenne a suspendu son aide au pays.\n\n"
            "Le 2 novembre, Pascal Ntwari, premier vice-président du Burundi a réagi vivement à "
            "l'annonce européenne :\n\n"
            "« C'est un geste qui poursuit la déstabilisation de notre pays » poursuivant par « On dit "
            "que c'est le gouvernement qui ne paie pas les soldats. C'est inadmissible ! »")
    article = analyze(text, published="2016-11-03", lang="fr")
    speakers = speakers_of(article, "déstabilisation")
    assert speakers == ["Pascal Ntwari"]
