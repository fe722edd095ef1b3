"""An object pronoun before an incise's verb ("« … », lui avait dit X", "leur a répondu X") is
whom the words were said to; the speaker is the noun phrase after the verb
(cue_readings.subject_after_clitic). Invented sentences."""


def test_dative_pronoun_before_the_verb_is_not_the_speaker(analyze):
    text = ("Conseil\n\n"
            "3 mai 2019. – Paul Martin a quitté le parti en mars. « Vous êtes un traître », lui avait "
            "dit Jean Dupont, président du groupe au conseil.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Jean Dupont"]


def test_plural_dative_pronoun_too(analyze):
    text = ("Conseil\n\n"
            "3 mai 2019. – Les élus sont partis. « Rien ne change », leur a répondu Jean Dupont.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Jean Dupont"]


def test_reflexive_pronoun_before_the_verb_is_not_the_speaker(analyze):
    text = ("Élection\n\n"
            "3 mai 2019. – Le vote a été suspendu.\n\n"
            "« Nous avons gagné », s'est réjoui le président Dupont à Lille, dans la banlieue de la ville.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Dupont"]


def test_adverbial_clitic_before_the_verb_is_not_the_speaker(analyze):
    # "y" (the place or the video the words were said in) stands before an inverted incise verb
    text = ("Transports\n\n"
            "3 mai 2019. – Le ministre des Transports, Marc Delval, a tenu un discours devant des élèves. "
            "« Nous devons changer nos habitudes », y affirme-t-il.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Marc Delval"]


def test_en_before_an_inverted_verb_opens_an_incise(analyze):
    # the tagger reads "en" as a preposition; the incise "en conclut-elle" is still the cue
    text = ("Rapport\n\n"
            "3 mai 2019. – La ministre Claire Dubois a lu le rapport de la commission. Paul Girard l'a "
            "présenté mardi. « La situation est grave », en conclut-elle.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [(q.speaker.name, q.cue.text) for q in article.quotes] == [("Claire Dubois", "conclut")]
