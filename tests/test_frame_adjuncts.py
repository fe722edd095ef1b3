"""Frames (nlp/frames.py): a date between a cue and its bare infinitive is an adjunct, not an
object that would end the search ("a confirmé le 25 mars être à l'origine de …"), and "que"
after an adverb that ends in a blocked word is still the cue's complementizer ("affirme tout de
même que …", not the comparison "de même que"). Real French model; the sentences are invented."""

def test_a_date_before_the_infinitive(reports):
    for sentence in ("La coalition a confirmé le 25 mars être à l'origine de ce bombardement.",
                     "La coalition a confirmé mardi être à l'origine de ce bombardement."):
        assert reports(sentence) == [
            ("être à l'origine de ce bombardement", "La coalition", "a confirmé")]


def test_an_object_before_the_infinitive_still_ends_the_search(reports):
    assert reports("Le ministre a annoncé la fin de la grève.") == []
