"""Frames (nlp/frames.py): a date between a cue and its bare infinitive is an adjunct, not an
object that would end the search ("a confirmé le 25 mars être à l'origine de …"), and "que"
after an adverb that ends in a blocked word is still the cue's complementizer ("affirme tout de
même que …", not the comparison "de même que"). Real French model; the sentences are invented."""

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


def reports(analyze, sentence):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    return [(q.text, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
            for q in article.quotes]


def test_a_date_before_the_infinitive(analyze):
    for sentence in ("La coalition a confirmé le 25 mars être à l'origine de ce bombardement.",
                     "La coalition a confirmé mardi être à l'origine de ce bombardement."):
        assert reports(analyze, sentence) == [
            ("être à l'origine de ce bombardement", "La coalition", "a confirmé")]


def test_an_object_before_the_infinitive_still_ends_the_search(analyze):
    assert reports(analyze, "Le ministre a annoncé la fin de la grève.") == []
