"""A name after a complement whose noun is its title ("le porte-parole du président X") is the
complement's: the speaker is the head, named in apposition after it, not X (SpeakerResolver.
_heads); a complement with no title ("le ministre des Affaires étrangères X") keeps X as the
speaker. Invented sentences."""

TEXT = ("Déchets : Manille rappelle ses diplomates\n\n"
        "Le ministre philippin de l'Environnement, Carlos Mendoza, a annoncé la mesure mardi. "
        "{subject} est allé plus loin. « Nous renverrons ces ordures nous-mêmes », a-t-il déclaré "
        "lors d'un point de presse.")


def test_name_in_a_titled_complement_does_not_speak(analyze, speakers_of):
    text = TEXT.format(subject="Le porte-parole du président Ramon Bautista, Felipe Santos,")
    article = analyze(text, published="2019-05-17", lang="fr")
    assert speakers_of(article, "renverrons ces ordures") == ["Felipe Santos"]


def test_name_after_an_untitled_complement_speaks(analyze, speakers_of):
    text = TEXT.format(subject="Le ministre des Affaires étrangères Ramon Bautista")
    article = analyze(text, published="2019-05-17", lang="fr")
    assert speakers_of(article, "renverrons ces ordures") == ["Ramon Bautista"]
