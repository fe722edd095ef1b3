"""Reports carried by a noun or adjective of attitude and its prepositional complement
(nlp/attitudes.py, lang/en/attitude_words.tsv), on invented sentences analyzed with the English model."""
import pytest


@pytest.fixture(scope="module")
def analyze():
    import newsgraph
    return lambda text: newsgraph.analyze(text, published="2024-05-02", lang="en")


def _reports(result):
    return [(q.text, q.speaker.name if q.speaker else None) for q in result.quotes]


def test_a_possessor_criticises_the_object_of_its_noun(analyze):
    quotes = _reports(analyze("The mayor's criticism of the new parking rules angered shop owners in the old town."))
    assert ("the new parking rules", "The mayor's") in quotes


def test_the_subject_of_a_support_verb_holds_the_questions(analyze):
    quotes = _reports(analyze("The senator has raised questions about the cost of the bridge over the river."))
    assert ("the cost of the bridge over the river", "The senator") in quotes


def test_the_subject_of_a_copula_is_a_critic_or_is_wary(analyze):
    quotes = _reports(analyze("Ms. Lindqvist is a longtime critic of the pipeline project in the north."))
    assert ("the pipeline project in the north", "Lindqvist") in quotes
    quotes = _reports(analyze("Mr. Okafor was wary of the new quota system for trawlers."))
    assert ("the new quota system for trawlers", "Okafor") in quotes


def test_a_noun_with_no_source_reports_nothing(analyze):
    assert _reports(analyze("The questions about the cost of the bridge remain open.")) == []


def test_french_has_no_attitude_list():
    from newsgraph.lang import load_pack
    from newsgraph.nlp.attitudes import _attitude_words
    assert _attitude_words(load_pack("fr")) == {}
    assert ("criticism", "noun") in _attitude_words(load_pack("en"))


def test_a_noun_or_adjective_takes_a_clause_as_its_content(analyze):
    quotes = _reports(analyze("The senator made a quiet admission that the harbour budget had run dry."))
    assert ("that the harbour budget had run dry", "The senator") in quotes
    quotes = _reports(analyze("Local farmers are afraid that the new dam will flood their fields."))
    assert ("that the new dam will flood their fields", "Local farmers") in quotes


def test_a_noun_or_adjective_takes_an_infinitive_as_its_content(analyze):
    quotes = _reports(analyze("Mr. Haldane was willing to reopen the talks with the dockers' union."))
    assert ("to reopen the talks with the dockers' union", "Haldane") in quotes


def test_a_relative_clause_on_the_noun_is_no_content(analyze):
    assert _reports(analyze("The admission that the clerk wrote down was lost in the flood.")) == []
