"""A quotation opened at the start of a paragraph, left open there and closed in the next
paragraph without being reopened (nlp/quotemarks.py, session 41): the next paragraph's words up
to the closing mark are the same quotation, spoken by the same speaker. Invented sentences."""
from newsgraph.nlp.quotemarks import find_quoted

FIRST = "« Depuis mardi, la digue ne tient plus. Les habitants partent."
SECOND = "Nous demandons de l'aide au canton. »"


def paragraphs(text):
    out, start = [], 0
    for part in text.split("\n\n"):
        out.append((start, start + len(part)))
        start += len(part) + 2
    return out


def test_the_closing_paragraph_is_quoted_too():
    text = "Le maire a expliqué :\n\n" + FIRST + "\n\n" + SECOND + "\n\nLa séance a repris."
    quoted = [text[q.start:q.end] for q in find_quoted(text, paragraphs(text))]
    assert "Nous demandons de l'aide au canton." in quoted


def test_a_paragraph_that_opens_its_own_quotation_is_left_alone():
    text = "Le maire a expliqué :\n\n" + FIRST + "\n\nIl a ajouté : « Nous partirons. »"
    quoted = [text[q.start:q.end] for q in find_quoted(text, paragraphs(text))]
    assert quoted[-1] == "Nous partirons."
    assert not any(q.startswith("Il a ajouté") for q in quoted)


def test_the_speaker_of_the_first_paragraph_says_the_second(analyze):
    text = "Un titre sans rapport\n\nLe maire, Jean Dumont, a expliqué :\n\n" + FIRST + "\n\n" + SECOND
    article = analyze(text, published="2024-03-05")
    said = {q.text: q.speaker.name for q in article.quotes}
    assert said.get("Nous demandons de l'aide au canton.") == "Jean Dumont"
