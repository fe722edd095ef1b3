"""An entity the recogniser opened with a lower-case demonym ("le journal kényan Daily Nation"):
the demonym describes the named thing and is no part of its name (nlp/persons.trim_entity), so
the cited medium keeps its listed name. Invented sentences, full pipeline."""

DAY = "2024-03-05"


def test_a_demonym_before_a_listed_title_is_no_part_of_it(analyze):
    text = "Selon le journal kényan Daily Nation, trois ponts ont été emportés par la crue."
    article = analyze(text, published=DAY)
    assert [(s.name, text[s.start:s.end]) for s in article.sources] == \
        [("Daily Nation", "Selon le journal kényan Daily Nation")]
