"""A definite or demonstrative person description with no complement that no named person fits
takes up a speaker the article describes without naming: the latest one written with the same noun
("D'après un diplomate européen, … juge ce diplomate"), else the unnamed person speaking in its
paragraph ("un membre de la délégation a estimé … Le diplomate assure") (nlp/descriptions.py).
Real French model; the sentences are invented."""

PUBLISHED = "2021-05-03"


def _speakers(analyze, text):
    return {q.text: q.speaker.name for q in analyze(text, published=PUBLISHED, lang="fr").quotes}


def test_a_demonstrative_takes_up_the_unnamed_speaker_of_the_same_noun(analyze):
    text = ("Un titre sans rapport\n\n"
            "La conférence a réuni mardi le ministre des Finances, Paul Girard, et la ministre de la Santé, Anne Roux.\n\n"
            "D'après un diplomate européen en poste à Lima, l'incident ne devrait pas remettre en cause la "
            "visite. « Ce n'est qu'un message », juge ce diplomate.")
    found = _speakers(analyze, text)
    assert "diplomate européen" in found["Ce n'est qu'un message"]

