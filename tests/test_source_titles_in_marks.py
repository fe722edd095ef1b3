"""Issue 10, a medium's title set in quotation marks (nlp/actors.py, quoted_speakers.py, frames.py):
"a confié au « Monde »" names Le Monde, the contraction holding the title's article over the mark,
and the marks quote no one's words, so the cue's complement reads on past them. A sentence that
opens on the marks is a shout, not a title. Invented sentences."""
from source_texts import cited

from newsgraph.model import Article
from newsgraph.process import process


def _quotes(text: str) -> list[str]:
    article = next(iter(process([Article(id="t", text=text, lang="fr", published="2021-03-01")])))
    return [q.text for q in article.quotes]


def test_a_listed_title_in_marks_after_a_contraction_is_cited():
    found = cited("La ministre a confié au « Monde » qu'elle quitterait le gouvernement en mai.",
                  "« Le chantier reprendra lundi », a assuré le maire dans les colonnes du « Soir ».",
                  'Le syndic a déclaré au "Temps" que le budget serait voté.')
    assert [[name for name, _, _ in f] for f in found] == [["Le Monde"], ["Le Soir"], ["Le Temps"]]


def test_a_title_in_marks_is_no_quotation_and_the_reported_clause_reads_past_it():
    assert _quotes("La ministre a confié au « Monde » qu'elle quitterait le gouvernement en mai.") == \
        ["elle quitterait le gouvernement en mai"]


def test_marks_that_open_their_sentence_quote_a_shout_even_of_a_title():
    assert _quotes("« Libération ! », scandaient les habitants massés sur la place du village.") == \
        ["Libération !"]


def test_a_title_in_marks_before_a_speech_verb_the_parse_left_alone_speaks():
    # (the marks break the parse: the verb is left without a subject)
    found = cited("Les éditorialistes divergent sur le budget, tandis que « Het Nieuwsblad » affirme que "
                  "la coalition « ne tiendra pas l'été ».")
    assert [evidence for _, evidence, _ in found[0]] == ["« Het Nieuwsblad » affirme"]
