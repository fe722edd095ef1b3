"""A foreign title after a media noun that the recogniser reads as a person's name ("Selon le
quotidien équatorien El Universo, …"): a name opens with no foreign article, the title names the
medium (nlp/media_mentions.py, nlp/sources.py). Invented sentences, full pipeline."""


def cited(analyze, text):
    text = "Un titre sans rapport\n\n" + text
    return [(s.name, text[s.start:s.end]) for s in analyze(text, published="2024-03-05").sources]


def test_a_title_read_as_a_person_after_a_media_noun_is_the_medium(analyze):
    assert cited(analyze, "Selon le quotidien équatorien El Universo, le président a démissionné.") == [
        ("El Universo", "Selon le quotidien équatorien El Universo")]


def test_a_person_after_a_media_noun_is_still_no_title(analyze):
    # no foreign article opens the name: a person stays a person
    assert cited(analyze, "Selon le journaliste Pablo Ruiz, le président a démissionné.") == []
