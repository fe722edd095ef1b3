"""A speaker mention the finder ran over a clause a colon closes ("Un autre évènement inquiète
les deux experts : récemment le Conseil … a demandé") gives the noun phrase after the colon, up
to the cue, not nobody (speaker_mentions.after_colon). Invented sentence."""


def test_noun_phrase_after_the_colon_speaks(analyze):
    text = ("Burundi\n\n"
            "16 novembre 2016. – Les deux experts décrivent une crise politique.\n\n"
            "Un autre évènement inquiète les deux observateurs : récemment le Sénat du Burundi par la voix "
            "de son Président Jean Niyonzima a demandé au gouvernement d'établir un recensement ethnique "
            "de la fonction publique.")
    article = analyze(text, published="2016-11-16", lang="fr")
    speakers = [q.speaker.name for q in article.quotes if q.text.startswith("établir")]
    assert speakers == ["le Sénat du Burundi"]
