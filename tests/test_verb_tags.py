"""A speech verb that is also a noun, read as a noun in a closing incise (nlp/verb_tags.py): it is
retagged a verb after a comma or any closing quotation mark, the straight one of scraped copy too,
and as the sentence's last word but one when no full stop ends it. Hand-built tags, invented
sentences."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.nlp.verb_tags import retag_speech_participles


def _tagged(nlp, rows: list[tuple[str, str, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=[w for w, _, _ in rows], lemmas=[lemma for _, lemma, _ in rows],
              pos=[pos for _, _, pos in rows], sent_starts=[True] + [False] * (len(rows) - 1))
    return nlp.get_pipe("newsgraph_context")(doc)


def _incise_tag(nlp, before: list[tuple[str, str, str]], after: list[tuple[str, str, str]]) -> str:
    rows = [("La", "le", "DET"), ("grève", "grève", "NOUN"), ("a", "avoir", "AUX"), ("duré", "durer", "VERB")]
    doc = _tagged(nlp, rows + before + [("juge", "juge", "NOUN")] + after)
    retag_speech_participles(doc)
    return doc[len(rows) + len(before)].pos_


def test_a_noun_after_a_comma_or_a_closing_mark_is_the_incise_verb(blank_nlp):
    nlp = blank_nlp("fr")
    subject = [("Le", "le", "DET"), ("Figaro", "Figaro", "PROPN"), (".", ".", "PUNCT")]
    assert _incise_tag(nlp, [(",", ",", "PUNCT")], subject) == "VERB"
    assert _incise_tag(nlp, [("»", "»", "PUNCT")], subject) == "VERB"
    assert _incise_tag(nlp, [('"', '"', "PUNCT")], subject) == "VERB"  # the straight mark of scraped copy
    assert _incise_tag(nlp, [("de", "de", "ADP")], subject) == "NOUN"  # no comma nor mark before it


def test_the_incise_may_end_a_sentence_with_no_full_stop(blank_nlp):
    # "…, juge Figaro" with nothing after the name: the verb is the sentence's last word but one
    assert _incise_tag(blank_nlp("fr"), [(",", ",", "PUNCT")], [("Figaro", "Figaro", "PROPN")]) == "VERB"


def test_a_quotation_mark_after_the_subject_is_no_incise(blank_nlp):
    # (words after the noun phrase go on quoting: "…, note « … »")
    rows = [(",", ",", "PUNCT")]
    assert _incise_tag(blank_nlp("fr"), rows, [("Le", "le", "DET"), ("Figaro", "Figaro", "PROPN"),
                                              ("‹", "‹", "PUNCT"), (".", ".", "PUNCT")]) == "NOUN"


def _morphed(nlp, rows: list[tuple[str, str, str, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=[w for w, _, _, _ in rows], lemmas=[lemma for _, lemma, _, _ in rows],
              pos=[pos for _, _, pos, _ in rows], morphs=[morph for _, _, _, morph in rows],
              sent_starts=[True] + [False] * (len(rows) - 1))
    return nlp.get_pipe("newsgraph_context")(doc)


def test_a_participle_read_as_an_infinitive_is_a_participle(blank_nlp):
    # "la trêve négociée par le Qatar": the md tagger gives "négociée" VerbForm=Inf
    doc = _morphed(blank_nlp("fr"), [
        ("la", "le", "DET", ""), ("trêve", "trêve", "NOUN", "Gender=Fem|Number=Sing"),
        ("négociée", "négocier", "VERB", "Gender=Fem|Number=Sing|VerbForm=Inf"),
        ("par", "par", "ADP", ""), ("le", "le", "DET", ""), ("Qatar", "Qatar", "PROPN", ""),
        ("pour", "pour", "ADP", ""), ("négocier", "négocier", "VERB", "VerbForm=Inf"),
        ("on", "on", "PRON", ""), ("négocie", "négocier", "VERB", "VerbForm=Inf"),
        ("suspendu", "suspendre", "VERB", "VerbForm=Inf")])
    retag_speech_participles(doc)
    assert doc[2].morph.get("VerbForm") == ["Part"] and doc[2].morph.get("Gender") == ["Fem"]
    assert doc[7].morph.get("VerbForm") == ["Inf"]  # a true infinitive keeps its reading
    assert doc[9].morph.get("VerbForm") == ["Inf"]  # a present the tagger misread is no participle
    assert doc[10].morph.get("VerbForm") == ["Part"]
