"""Press conventions of the French-speaking world (session 39): the Central African "a renseigné
que" (= has reported that), a reason given as an incise ("…, a-t-il justifié"). Real French model;
the sentences are invented."""

import pytest

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


@pytest.mark.parametrize("sentence, cue, words", [
    ("Le chef du quartier a renseigné que deux maisons ont brûlé dans la nuit.", "a renseigné",
     "deux maisons ont brûlé dans la nuit"),
    ("« Nous ne pouvions pas attendre plus longtemps », a-t-il justifié devant les élus.", "a-t-il justifié",
     "Nous ne pouvions pas attendre plus longtemps"),
])
def test_a_press_verb_reports(analyze, sentence, cue, words):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.cue.text if q.cue else None, q.text) for q in article.quotes] == [(cue, words)]


@pytest.mark.parametrize("sentence, speaker", [
    ("« Nous tiendrons jusqu'au bout », a prévenu sur Radio Soleil le délégué syndical.", "le délégué syndical"),
    ("« Le pont a cédé d'un coup », a raconté à l'AFP un pêcheur du village.", "un pêcheur du village"),
    ("« Le pont a cédé d'un coup », a raconté au micro de la RTBF la bourgmestre.", "la bourgmestre"),
])
def test_the_inverted_subject_follows_the_channel(analyze, sentence, speaker):
    """The medium a statement went through sits between the verb and its inverted subject: the
    subject is the noun phrase its determiner opens after the medium's name, not the medium."""
    article = analyze(TITLE + sentence, published=PUBLISHED)
    [quote] = article.quotes
    assert article.text[quote.speaker.start:quote.speaker.end] == speaker


@pytest.mark.parametrize("sentence, cue, words, speaker", [
    ("Selon ce qu'a appris Le Courrier du Lac, la mairie va fermer la piscine.", "Selon ce qu'a appris",
     "la mairie va fermer la piscine", "Le Courrier du Lac"),
    ("La piscine fermera en mai, selon ce que rapportent les riverains.", "selon ce que rapportent",
     "La piscine fermera en mai", "les riverains"),
])
def test_selon_with_a_relative_of_saying_attributes(analyze, sentence, cue, words, speaker):
    """ "Selon ce qu'a appris X", "selon ce que rapporte X": the marker's speaker is the relative's
    inverted subject, and a medium there is cited."""
    article = analyze(TITLE + sentence, published=PUBLISHED)
    [quote] = article.quotes
    assert (quote.cue.text, quote.text, article.text[quote.speaker.start:quote.speaker.end]) == (cue, words, speaker)
