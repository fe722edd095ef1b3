"""A periphrasis of an office (role_synonyms.tsv: "le souverain" for a king, "le monarque") heads
a description of its holder like a role noun does, so it resolves to the person named with that
role (nlp/speaker_words.py). Invented sentences."""


def test_the_sovereign_is_the_king_named_before(analyze, speakers_of):
    text = ("Funérailles\n\n3 mai 2019. – Le corps du roi Albert Kanga restera en Suisse. "
            "L'ancien souverain avait déclaré dans son testament qu'il voulait être enterré à Genève.")
    assert speakers_of(analyze(text, published="2019-05-03", lang="fr"), "enterré à Genève") == ["Albert Kanga"]


def test_the_monarch_is_the_king_named_before(analyze, speakers_of):
    text = ("Réforme\n\n3 mai 2019. – Le roi du pays, Albert Kanga, a changé la Constitution. "
            "Le monarque a affirmé que la réforme renforcerait le Parlement.")
    assert speakers_of(analyze(text, published="2019-05-03", lang="fr"), "renforcerait") == ["Albert Kanga"]


def test_a_periphrasis_with_nobody_of_that_office_keeps_its_words(analyze, speakers_of):
    text = ("Réforme\n\n3 mai 2019. – Le ministre Paul Durand a présenté la réforme. "
            "Le monarque a affirmé que la réforme renforcerait le Parlement.")
    assert speakers_of(analyze(text, published="2019-05-03", lang="fr"), "renforcerait") == ["Le monarque"]
