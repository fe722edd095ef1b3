""""La centrale syndicale", "la firme", "la fédération": organisation nouns that take up the
organisation speaking before them (organisation_nouns.txt). Invented sentences."""


def test_a_union_confederation_noun_takes_up_the_union_speaking(analyze):
    text = ("Grève à la Poste\n\n"
            "3 mai 2018. – Le syndicat SUD-PTT estime que « la direction ment ». La centrale syndicale "
            "précise que l'agent avait demandé un changement de service.")
    article = analyze(text, published="2018-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["SUD-PTT", "SUD-PTT"]
