"""An inverted incise whose subject is a coordinated list of media ("…, rapportent Le Monde et
Libération.", "…, affirment les quotidiens Le Monde et Le Figaro."): each medium is cited, as a
medium alone closing the incise is (nlp/object_media.closes_media_list). Invented sentences,
full pipeline."""

DAY = "2024-03-05"


def names(analyze, text):
    return [s.name for s in analyze(text, published=DAY).sources]


def test_two_titles_closing_an_incise_are_both_cited(analyze):
    assert names(analyze, "Le ministre démissionnera, rapportent Le Monde et Libération.") == \
        ["Le Monde", "Libération"]


def test_two_titles_after_a_plural_media_noun_are_both_cited(analyze):
    assert names(analyze, "La ministre démissionnera, affirment les quotidiens Le Soir et La Libre Belgique.") == \
        ["Le Soir", "La Libre Belgique"]


def test_two_titles_objects_of_a_verb_are_not_cited(analyze):
    assert names(analyze, "Le ministre s'est emporté, puis a critiqué Le Monde et Libération.") == []
