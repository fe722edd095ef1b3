"""A closing credit of several agencies ("(Avec AFP et Reuters)") cites each; a relative clause set
off by commas after a marker's speaker ("Selon le quotidien X, qui cite …, clause") is no part of
the reported words. Invented sentences."""


def test_a_joint_credit_joined_by_a_word_cites_each_agency(analyze):
    article = analyze("Un titre sans rapport\n\nLe budget de la ville sera revu en mai.\n\n(Avec AFP et Reuters)",
                      published="2024-03-05")
    assert sorted(s.name for s in article.sources) == ["AFP", "Reuters"]


def test_a_joint_credit_with_a_comma(analyze):
    article = analyze("Un titre sans rapport\n\nLe budget de la ville sera revu en mai.\n\n(Avec AFP, Reuters et Belga)",
                      published="2024-03-05")
    assert sorted(s.name for s in article.sources) == ["AFP", "Belga", "Reuters"]


def test_a_relative_after_the_marker_speaker_is_no_part_of_the_words(reports):
    found = reports("Selon le quotidien Le Soir, qui cite des sources gouvernementales, le budget de la ville sera revu.")
    assert [(w, s) for w, s, _ in found] == [("le budget de la ville sera revu", "Le Soir")]
