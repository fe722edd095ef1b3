"""Hostile and odd input: the pipeline never raises on text, and offsets stay inside it."""
import random

import pytest

from newsgraph.nlp.paragraphs import paragraph_spans
from newsgraph.nlp.quotemarks import find_quoted

ODD_TEXTS = [
    "«««« »»»» \" \" “ ” ‹ › « « «",
    "Selon , « » : dit-il , a-t-elle , selon",
    "\u200b\u200e\u202e texte avec caractères invisibles « citation » a dit Jean.",
    "😀 « Émoji partout 🎉 », a déclaré le ministre 🇫🇷 Jean Dupont.",
    "Le\tministre\u00a0a\u202fdéclaré\r\nque\r\n\r\n« tout » allait bien.",
    "a" * 5000,
    ". , ; : ! ? « » ( ) [ ] — – - " * 50,
    "Selon Selon Selon, selon selon. Pour Pour, pour. D'après D'après,",
    "« " + "Une très longue citation sans fin. " * 200,
    "مرحبا « نص عربي » قال الوزير",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_texts_do_not_break_the_pipeline(analyze, text):
    article = analyze(text, published="2024-01-01", lang="fr")
    for quote in article.quotes:
        assert 0 <= quote.start <= quote.end <= len(article.text)
        assert article.text[quote.start:quote.end] == quote.text
    for source in article.sources:
        assert 0 <= source.start < source.end <= len(article.text)


def test_random_mark_soup_pairs_sanely():
    rng = random.Random(7)
    alphabet = list("abc «»\"“”‹›,.:\n") + ["\n\n"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        spans = find_quoted(text, paragraph_spans(text))
        for span in spans:
            assert 0 <= span.open_at < span.start <= span.end <= span.close_at <= len(text)
            assert span.depth >= 0


WORDS = ["Selon", "selon", "l'AFP", "Pour", "Jean", "Dupont", "a", "déclaré", "que", "«", "»", '"', "“", "”",
         ",", ".", ":", "a-t-il", "ajouté", "-t-elle", "la", "ministre", "Moscou", "Kremlin", "Washington",
         "n'", "pas", "dit", "estime", "qu'", "il", "elle", "Paris", "\n\n", "(", ")", "Le", "Monde", "au",
         "ont", "accusé", "d'", "avoir", "attaqué", "la", "Russie", "l'Ukraine", "hier", "mardi", "2023"]


def test_random_word_soup_never_raises(analyze):
    rng = random.Random(11)
    for _ in range(60):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 40))]
        text = "".join(w + rng.choice(["", " ", " ", " "]) for w in words)
        if not text.strip():
            continue
        article = analyze(text, published="2024-01-01", lang="fr")
        for quote in article.quotes:
            assert article.text[quote.start:quote.end] == quote.text
        for event in article.events:
            assert 0 <= event.start <= event.end <= len(article.text)
