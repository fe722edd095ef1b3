"""Unnamed media (nlp/unnamed_media.py): a noun that counts the media holds their place in the
clause ("la plupart des médias ont rapporté"), the noun after a verb whose relative pronoun is
its object is its inverted subject ("ce que rapportent plusieurs journaux"), and "organe de
presse" is a media noun. Real French model; the sentences are invented."""

PUBLISHED = "2024-03-05"


def unnamed(analyze, sentence):
    article = analyze("Un titre sans rapport\n\n" + sentence, published=PUBLISHED)
    return [(article.text[s.start:s.end], s.named) for s in article.sources]


def test_a_count_of_media_subject_of_a_speech_verb_is_a_source(analyze):
    found = unnamed(analyze, "La plupart des médias ont rapporté que le juge quitterait la ville.")
    assert found == [("La plupart des médias ont rapporté", False)]


def test_media_after_a_verb_with_a_relative_object_are_its_subject(analyze):
    found = unnamed(analyze, "Selon ce que rapportent plusieurs médias, le juge aurait quitté la ville.")
    assert len(found) == 1 and "médias" in found[0][0] and not found[0][1]


def test_press_organs_are_media(analyze):
    found = unnamed(analyze, "Plusieurs organes de presse ont annoncé la vente du stade.")
    assert found == [("Plusieurs organes de presse ont annoncé", False)]
