"""Markers (marker_phrases.speaker_np_end): an infinitive inside a modifier of the noun after "selon"
("selon l'agence X connue pour être proche du pouvoir") does not end the speaker's noun phrase
as a finite verb does, so the clause before it is reported; an infinitive right after an
ambiguous marker opens a purpose clause ("Pour établir …, les chercheurs ont …"), no speaker.
Real French model; the sentences are invented."""

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


def reports(analyze, sentence):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    return [(q.text, q.cue.text if q.cue else None) for q in article.quotes]


def test_an_infinitive_in_a_modifier_of_the_source(analyze):
    sentence = ("Le ministre serait retenu dans la caserne selon le journal Le Matin connu pour être "
                "proche du pouvoir.")
    assert reports(analyze, sentence) == [("Le ministre serait retenu dans la caserne", "selon")]


def test_an_infinitive_after_pour_is_a_purpose(analyze):
    sentence = "Pour établir un lien entre les deux faits, les chercheurs ont comparé les relevés."
    assert reports(analyze, sentence) == []
