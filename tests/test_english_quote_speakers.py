"""Quotations in English and their speakers (invented sentences, analyzed with the English model
unless a parse is written out): incises cut out of a quotation, quotations over several
paragraphs, and the type of reported words holding quoted ones."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def test_a_sentence_cut_out_of_a_quotation_is_no_report_of_the_incise_after_it():
    """'"A. B," X said': when the parse starts a sentence inside the marks and gives the verb after
    them no subject, the incise reading would report 'B, X' alone; the marks attribute the whole
    quotation instead. The parse is written out here as the small English model gives it."""
    import spacy
    from spacy.tokens import Doc
    from newsgraph.lang import load_pack
    from newsgraph.nlp.context import set_pack
    from newsgraph.nlp.quotemarks import find_quoted
    from newsgraph.nlp.incise_reports import find_incise_reports
    words = ["“", "It", "rained", ".", "The", "roads", "were", "closed", "for", "hours", ",", "”",
             "Ortiz", ",", "a", "city", "engineer", ",", "said", "Monday", "."]
    spaces = [False, True, False, True, True, True, True, True, True, False, False, True,
              False, True, True, True, False, True, True, False, False]
    heads = [2, 2, 2, 2, 5, 7, 7, 18, 7, 8, 18, 18, 5, 12, 16, 16, 12, 18, 18, 18, 18]
    deps = ["punct", "nsubj", "ROOT", "punct", "det", "nsubjpass", "auxpass", "ccomp", "prep", "pobj",
            "punct", "punct", "appos", "punct", "det", "compound", "appos", "punct", "ROOT", "npadvmod",
            "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "PUNCT",
           "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    lemmas = ["“", "it", "rain", ".", "the", "road", "be", "close", "for", "hour", ",", "”", "Ortiz", ",",
              "a", "city", "engineer", ",", "say", "Monday", "."]
    starts = [True] + [False] * 3 + [True] + [False] * 16
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, sent_starts=starts)
    set_pack(doc, load_pack("en"))
    text = doc.text
    reports = find_incise_reports(doc, find_quoted(text, [(0, len(text))]))
    assert not [r for r in reports if r.start > text.index("The") - 2 and r.start < text.index("”")]



def test_a_quotation_left_open_at_its_paragraph_end_takes_the_speaker_named_where_it_closes(analyze):
    text = ("Mayor speaks.\n\nThe mayor spoke at length on Monday.\n\n“We have a plan for the roads. It will take "
            "time.\n\n“But we will get it done, and the city will be better for it,” Mayor Jane Holt said.")
    quotes = analyze(text).quotes
    first = [q for q in quotes if q.text.startswith("We have a plan")]
    assert first and first[0].type == "direct" and first[0].speaker.name == "Jane Holt"


def test_both_languages_give_an_open_paragraph_the_speaker_named_where_the_quotation_closes():
    from newsgraph.lang import load_pack
    assert load_pack("en").setting("open_paragraph_takes_later_speaker", False)
    assert load_pack("fr").setting("open_paragraph_takes_later_speaker", False)



def test_reported_words_holding_a_pair_of_single_marks_are_mixed(analyze):
    text = "Budget 'a disaster' for the town, Holt says.\n\nMayor Jane Holt spoke to the council on Monday."
    quote = next(q for q in analyze(text).quotes if "disaster" in q.text)
    assert quote.type == "mixed"
