"""A news site named with its kind ("le site d'investigation X", pack media_nouns) opening a
paragraph cites it, read on the surface where the parser takes the unknown title for the root.
Invented sentences, full pipeline."""
from source_texts import cited


def test_an_unlisted_site_named_with_its_kind_speaks_at_a_paragraph_s_start():
    found = cited("Armes livrées\n\nLe port a fermé.\n\nLe site d'investigation Vigilo affirme que des armes ont été "
                  "livrées.",
                  "Armes livrées\n\nLe port a fermé.\n\nLe directeur du site d'information Vigilo affirme que des "
                  "armes ont été livrées.")
    assert [[name for name, _, _ in f] for f in found] == [["Vigilo"], []]
