"""A name the recogniser tags as a person, right after a media noun ("le site X", "le quotidien
X"), names the medium: it is an actor of kind media, and a source where the article cites it.
The sentences are invented."""


def test_a_person_tagged_name_after_a_media_noun_is_a_cited_medium(analyze):
    article = analyze("Un titre sans rapport\n\nLe quotidien Zorbak affirme que la ville est calme.",
                      published="2024-03-05")
    assert [(s.name, s.named) for s in article.sources] == [("Zorbak", True)]
    assert "person:zorbak" not in {a.id for a in article.actors}


def test_adjectives_may_stand_between_the_media_noun_and_the_name(analyze):
    article = analyze("Un titre sans rapport\n\nSelon l'hebdomadaire satirique Kanari Libre, la ville est calme.",
                      published="2024-03-05")
    assert [(s.name, s.named) for s in article.sources] == [("Kanari Libre", True)]


def test_adjectives_between_agence_and_a_listed_agency(analyze):
    # "agence" also names other bodies: only a listed agency is taken, adjectives or not
    article = analyze("Un titre sans rapport\n\nSelon l'agence officielle Kuna, la ville est calme.",
                      published="2024-03-05")
    assert [s.name for s in article.sources] == ["KUNA"]
    frontex = analyze("Un titre sans rapport\n\nSelon l'agence européenne Frontex, la frontière est calme.",
                      published="2024-03-05")
    assert frontex.sources == []


def test_a_listed_acronym_written_as_a_word_after_a_media_noun(analyze):
    # "Sana" alone may be a place or a first name; after "l'agence (syrienne)" it is SANA
    article = analyze("Un titre sans rapport\n\nL'agence officielle syrienne Sana rapporte que la ville est calme.",
                      published="2024-03-05")
    assert [s.name for s in article.sources] == ["SANA"]
    assert "person:sana" not in {a.id for a in article.actors}


def test_a_title_the_recogniser_runs_over_a_comma_ends_at_the_comma(analyze):
    # the recogniser tags "Politico, la Maison Blanche" as one name: a title holds no comma, and
    # what follows it is an actor of its own
    article = analyze("Un titre sans rapport\n\nSelon le site Politico, la Maison Blanche prépare un décret.",
                      published="2024-03-05")
    assert [(s.name, article.text[s.start:s.end]) for s in article.sources] == \
        [("Politico", "Selon le site Politico")]
    assert {"media:politico", "country:USA"} <= {a.id for a in article.actors}
