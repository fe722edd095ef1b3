"""A site named after the words for the web ("le site internet X", "le site Internet du Y"): the
recogniser runs the noun's second word into the title; the medium's name starts after it, and
past a genitive a listed title keeps its listed name. A body's own website stays no medium.
Invented sentences, full pipeline."""
from source_texts import cited


def test_the_web_words_of_a_site_noun_are_no_part_of_the_medium_s_name():
    found = cited("Démission\n\nLe ministre a démissionné lundi, selon le site internet Politico.",
                  "Démission\n\nLe ministre a démissionné lundi, annonce le site Internet du Figaro.",
                  "Démission\n\nLe ministère a annoncé sur son site internet que le ministre avait démissionné.")
    assert [[(name, named) for name, _, named in f] for f in found] == \
        [[("Politico", True)], [("Le Figaro", True)], []]
