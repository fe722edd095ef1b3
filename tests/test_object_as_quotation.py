"""Frames (nlp/object_frames.py _object_before_quotation): what a cue says of its object may follow an
article after the link word ("a décrit l'avalanche comme étant la « plus meurtrière … »", "comme
une « menace »"): the object opens the reported words as after a bare link ("comme « … »").
Real French model; the sentences are invented."""

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


def test_an_article_after_the_link(analyze):
    sentence = "Le maire a décrit l'incendie comme étant le « plus violent de la décennie »."
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.type, q.text, q.cue.text) for q in article.quotes] == [
        ("mixed", "l'incendie comme étant le « plus violent de la décennie »", "a décrit")]
