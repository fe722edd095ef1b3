"""A medium a speech verb is done to (its passive subject) is spoken to or of, not a source."""


def test_a_medium_as_passive_subject_of_a_speech_verb_is_no_source(analyze):
    for text in ("La radio Horizon a été accusée par le ministre de diffuser des rumeurs.",
                 "L'hebdomadaire Le Point a été menacé de poursuites par deux députés.",
                 "Les reporters de l'AFP ont été informés de la décision lundi."):
        assert analyze("Un titre sans rapport\n\n" + text, published="2024-03-05").sources == [], text
    # the active subject still cites it, and so does a reflexive verb of gathering
    for text in ("L'hebdomadaire Le Point affirme que deux députés ont menti.",
                 "Le Canard enchaîné s'est procuré le rapport, qui accuse deux députés."):
        assert len(analyze("Un titre sans rapport\n\n" + text, published="2024-03-05").sources) == 1, text


def test_a_description_before_the_name_it_introduces_cites_the_name(analyze):
    # the speaker's mention may stop at the description ("La chaîne kurde"): the source's
    # words name the medium all the same
    for text, name in (("La chaîne kurde Rudaw assure que le pont a été détruit à l'aube.", "Rudaw"),
                       ("Le quotidien portugais Público affirme que le barrage sera fermé en mai.", "Público")):
        found = analyze("Un titre sans rapport\n\n" + text, published="2024-03-05").sources
        assert [(s.name, s.named) for s in found] == [(name, True)], text


def test_the_owner_of_a_medium_speaks_for_himself(analyze):
    # "propriétaire", "actionnaire" name a person's function: the name in apposition speaks, the
    # medium owned is no source
    for text in ("Le propriétaire du Figaro, Paul Brun, affirme que le titre sera vendu.",
                 "L'actionnaire principal de Libération, Paul Brun, assure que le titre sera vendu."):
        article = analyze("Un titre sans rapport\n\n" + text, published="2024-03-05")
        assert article.sources == [], text
        assert [q.speaker.name for q in article.quotes] == ["Paul Brun"], text


def test_an_english_medium_after_a_verb_not_of_informing_is_its_target(analyze):
    # only a verb whose object is the one spoken to makes a bare medium object the channel
    for text in ("The president attacked The New York Times on Monday.",
                 "The Washington Post was warned by the Pentagon not to publish the story.",
                 "The senator praised CNN for its coverage of the vote."):
        assert analyze("An unrelated headline\n\n" + text, lang="en", published="2024-03-05").sources == [], text
    for text in ("The senator told CNN that the vote would be delayed.",
                 "The minister assured Reuters that the border would stay open.",
                 "Reuters was told by two officials that the talks had stalled."):
        found = analyze("An unrelated headline\n\n" + text, lang="en", published="2024-03-05").sources
        assert len(found) == 1, text
