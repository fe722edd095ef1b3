"""Sources (nlp/sources.py): a medium right after a verb that asks it, or someone it employs, to
act ("has asked NBC's anchor to …", "a prié Le Soir de retirer …") is addressed, no channel of a
statement; a medium told something stays one ("told CNN that …"); one that only modifies the
object noun after the verb ("rejected a CNN request") is none, unless that noun is its work ("cited
a New York Times report"). Invented sentences."""
import newsgraph
import pytest


def cited(text, lang):
    article = newsgraph.analyze(text, published="2024-05-02", lang=lang)
    return [(s.name, article.text[s.start:s.end]) for s in article.sources]


def test_a_medium_asked_to_act_is_no_source():
    assert cited("A title\n\nThe governor's office has asked CNN's Dana Brooks to moderate the town hall.", "en") == []
    assert cited("Un titre\n\nLe préfet a prié Le Soir de retirer sa photo du barrage.", "fr") == []


def test_a_medium_told_a_statement_is_its_channel():
    assert cited("A title\n\nThe governor told CNN on Sunday that the bridge would reopen.", "en") == [("CNN", "told CNN")]


def test_a_medium_that_only_modifies_the_object_is_no_source():
    # the verb acts on the request; a report is the medium's work, cited with it
    assert cited("A title\n\nThe governor rejected a CNN request for an interview at the plant.", "en") == []
    assert cited("A title\n\nThe governor cited a New York Times report on the plant.", "en") == \
        [("New York Times", "cited a New York Times")]


@pytest.mark.parametrize("text,medium", [
    ("The senator told New York Times reporters on Tuesday that he would run again.", "New York Times"),
    ("The president told Fox News host Sean Hannity that he would not resign.", "Fox News"),
])
def test_a_statement_told_to_a_medium_s_people_cites_the_medium(analyze, text, medium):
    # review: the medium modifies the object, but the verb's clause is what was said through it
    assert medium in [s.name for s in analyze(text, lang="en", published="2024-03-05").sources]
