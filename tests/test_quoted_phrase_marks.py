"""Words a cue governs that are one whole quotation keep their marks and are mixed (GUIDELINES
§2.1-2.2: `se dit « particulièrement rassuré »`), also where the parse reads the phrase from inside
the marks, the closing mark hung on the verb rather than on the phrase (reports.find_verb_reports).
Invented sentences."""
import pytest

SENTENCES = [
    "Le syndicat des cheminots se dit « prêt à bloquer le pays ».",
    "La maire de Villeneuve se dit « prête à démissionner ».",
    "Le président du club s'est dit « très inquiet pour la saison ».",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_whole_quoted_phrase_keeps_its_marks_and_is_mixed(analyze, sentence):
    article = analyze("Un titre sans rapport\n\n" + sentence, published="2024-03-05")
    found = [(q.text, q.type) for q in article.quotes]
    assert len(found) == 1
    words, kind = found[0]
    assert words.startswith("«") and words.endswith("»")
    assert kind == "mixed"
