"""A passive cue's "par" agent that the parser hangs on the quoted complement ("qualifié de
« coup d'État constitutionnel » par ses détracteurs") is still the cue's agent, so the speaker,
not the sentence's subject (cue_readings._agent_of). Invented sentences."""


def test_agent_after_the_quoted_complement_speaks(analyze, speakers_of):
    text = ("Élection\n\n"
            "3 mai 2019. – Le président sortant, Jean Dupont, a été réélu dès le premier tour.\n\n"
            "La candidature du président sortant a été rendue possible après un récent changement de "
            "Constitution qualifié de « coup d'État constitutionnel » par ses détracteurs.")
    article = analyze(text, published="2019-05-03", lang="fr")
    speakers = speakers_of(article, "constitutionnel")
    assert len(speakers) == 1 and "détracteurs" in speakers[0]
