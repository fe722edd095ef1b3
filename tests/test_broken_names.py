"""A line break inside a listed name is read as a space (ingest/broken_names.py)."""
from newsgraph.ingest.broken_names import name_break_edits, unbroken_names
from newsgraph.ingest.mend import mend

NAMES = frozenset({"radio okapi", "burkina faso", "haut commissariat aux droits de l'homme"})


def test_a_line_break_inside_a_listed_name_is_a_space_of_the_same_length():
    given = "Selon Radio\nOkapi, les combats ont repris."
    assert unbroken_names(given, NAMES) == "Selon Radio Okapi, les combats ont repris."
    assert name_break_edits("au (Burkina\nFaso).", NAMES) == [(11, 12, " ")]
    # through mend, with the offsets of the text as given
    read, back = mend("Le Haut-Commissariat aux droits de\nl'homme a parlé à Radio\nOkapi.", names=NAMES)
    assert read.endswith("à Radio Okapi.")
    assert len(back) == len(read) + 1


def test_clean_text_and_breaks_between_other_words_are_left():
    # a paragraph break, a blank beside the break, words of no listed name, a clean text
    for text in ("Selon Radio\n\nOkapi a parlé.", "Selon Radio \nOkapi a parlé.", "Selon Radio\nCanada",
                 "Selon Radio Okapi, rien.\nLe Burkina Faso vote.", "Radio\nTélé Congo"):
        assert unbroken_names(text, NAMES) == text
    assert mend("Selon Radio Okapi, rien.\nLe Burkina Faso vote.", names=NAMES)[1] is None
    assert name_break_edits("Radio\nTélé Congo", NAMES) == []
