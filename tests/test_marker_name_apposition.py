""""Selon <description>, <Name>, « … »": the name set off after the description (which the parse
may read as a conjunct of it, and the tagger as a common noun) is not part of the reported words,
and it is who speaks (marker_bounds.after_apposition, _name_then_quotation). Invented sentences."""


def test_name_after_marker_description_speaks(reports):
    found = reports("Selon l'association des libraires, Livralis, « les ventes ont chuté de moitié cette "
                    "année dans les petites villes ».")
    assert len(found) == 1
    words, speaker, cue = found[0]
    assert words.startswith("les ventes") and speaker == "Livralis" and cue == "Selon"


def test_place_opening_the_clause_stays_reported(reports):
    found = reports("Selon la police, Marseille, ville portuaire, a connu trois règlements de comptes "
                    "cette année.")
    assert found[0][0].startswith("Marseille") and found[0][1] == "la police"


def test_titled_name_after_marker_description_is_not_reported(reports):
    # the parser makes the civility title the apposition's head ("Mme" a common noun)
    found = reports("Selon sa porte-parole à Lyon, Mme Anne Roux, le dossier est désormais clos pour "
                    "la commune.")
    assert len(found) == 1
    assert found[0][0].startswith("le dossier")
