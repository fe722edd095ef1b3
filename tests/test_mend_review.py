"""Correct text the scraped-text mends must leave alone (from a review of the mends): code with
shift operators, plain-text markup, capitals of another language, short lines, emoticons; and a
character reference decoded once. Invented texts."""
import pytest

from newsgraph.ingest.mend import mend
from newsgraph.process import reading


@pytest.mark.parametrize("text", [
    "std::cout << x << std::endl; puis x >> 2.",
    "x = a<<2; y = b>>1;",
    "Type ``make`` then ``make install``.",
    "AMANHÃ É OUTRO DIA",
    "trop drôle :D",
    "Chers amis,\nNous sommes réunis ce soir.",
    "Sommaire :\nintroduction\nconclusion",
])
def test_correct_text_is_left_as_it_is(text):
    assert mend(text)[0] == text


@pytest.mark.parametrize("text,read", [
    ("Il a dit <<Non>> hier.", "Il a dit «Non» hier."),
    ("He said ``no way'' twice.", "He said “no way'' twice."),
    ("voilÃ  tout", "voilà tout"),
    ("Il a dit « non » ;il part.", "Il a dit « non » ; il part."),
    ("Le ministre a déclaré lundi devant les députés réunis,\nque la réforme serait votée.",
     "Le ministre a déclaré lundi devant les députés réunis, que la réforme serait votée."),
])
def test_warts_are_still_mended(text, read):
    assert mend(text)[0] == read


def test_a_character_reference_is_decoded_once():
    # the second mend, after straight marks are read as « », decoded "&amp;lt;" twice
    assert reading('Il a tapé &amp;lt; dans le code "HTML".', "fr")[0].startswith("Il a tapé &lt; dans")
