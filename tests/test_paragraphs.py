"""Paragraphs and preset sentence starts (nlp/paragraphs.py), on a tokenizer-only pipeline."""
from newsgraph.nlp.extensions import register_extensions
from newsgraph.nlp.paragraphs import mark_paragraphs, paragraph_spans


def sentences(blank_nlp, text):
    register_extensions()
    doc = mark_paragraphs(blank_nlp("fr")(text))
    return [t.text for t in doc if t.is_sent_start], doc


def test_paragraph_spans_skip_blank_lines_and_surrounding_space():
    text = "Titre\n\n  Premier paragraphe.  \nSecond.\n\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["Titre", "Premier paragraphe.", "Second."]


def test_sentence_starts_after_a_final_mark_and_a_capital(blank_nlp):
    starts, _ = sentences(blank_nlp, "Le port est fermé. Il rouvrira lundi ! Les routes aussi.")
    assert starts == ["Le", "Il", "Les"]


def test_abbreviations_and_initials_do_not_end_a_sentence(blank_nlp):
    starts, _ = sentences(blank_nlp, "Il a vu M. Dupont et Mme. Durand. A. Montebourg est venu.")
    assert starts == ["Il", "A."]


def test_line_break_starts_a_sentence_and_a_paragraph(blank_nlp):
    starts, doc = sentences(blank_nlp, "« Une ville calme »\nLe maire a parlé")
    assert starts == ["«", "Le"]
    assert len(doc._.paragraphs) == 2


def test_closing_quote_after_a_final_mark_ends_the_sentence(blank_nlp):
    starts, _ = sentences(blank_nlp, "Il a dit « Nous partirons. » Le maire a parlé.")
    assert starts == ["Il", "Le"]



def test_the_text_is_joined_once_for_the_later_components(blank_nlp):
    _, doc = sentences(blank_nlp, "Le quai est vide.\nLa gare aussi.")
    assert doc.user_data["ng_text"] == doc.text and doc._.paragraphs == [(0, 17), (18, 32)]


def test_a_list_item_run_into_the_sentence_before_starts_a_sentence(blank_nlp):
    # its bullet, then a lowercase word: a list whose line breaks a scraper lost; a dateline's dash
    # before a capital and an incise's dash inside a sentence are left to the other rules
    starts, _ = sentences(blank_nlp, "Le site ferme. - la rédaction part : « Nous fermons ». - un lien est cassé.")
    assert starts == ["Le", "-", "-"]
    starts, _ = sentences(blank_nlp, "Le site ferme - la rédaction part.")
    assert starts == ["Le"]


def test_an_opening_bracket_after_a_final_mark_starts_a_sentence(blank_nlp):
    # the wire's credit closing an article is no part of its last sentence
    starts, _ = sentences(blank_nlp, "Il a vu M. (Paul) Dupont. Le solde sera versé en mai, a indiqué le ministère. (ats)")
    assert starts == ["Il", "Le", "("]
