"""Report spans are counted in the tokenizer's words, not in runs between spaces: "Selon lui,
c'est l'échec" holds four words (c' est l' échec), enough for a report, where str.split saw two
(textutil.word_count in reports.py and headline_quotes.py). Invented sentences."""
from newsgraph.nlp.pipeline import load_pipeline
from newsgraph.nlp.textutil import word_count


def test_elided_words_count():
    doc = load_pipeline("fr")("Selon lui, c'est l'échec.")
    start = doc.text.index("c'est")
    assert word_count(doc, start, start + len("c'est l'échec")) == 4


def test_a_short_elided_report_is_found(analyze):
    article = analyze("Un titre sans rapport\n\nLe ministre Paul Martin est arrivé mardi. Selon lui, c'est "
                      "l'échec.", published="2017-05-10", lang="fr")
    assert [(q.text, q.speaker.name) for q in article.quotes] == [("c'est l'échec", "Paul Martin")]
