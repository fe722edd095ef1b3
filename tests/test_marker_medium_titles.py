"""A medium's title in marks ends a marker's phrase also after a genitive inside the medium's
description ("Selon le site d'information gabonais « X », …") and when the marker closes the
sentence ("…, d'après le quotidien limeño « Y »."): marker_phrases._title_end. The sentences are
invented."""


def test_a_title_after_a_description_with_a_genitive(reports):
    found = reports("Selon le site d'information gabonais « Gabon Actu », Libreville aurait obtenu un report de la dette.")
    assert found == [("Libreville aurait obtenu un report de la dette", "Gabon Actu", "Selon")]


def test_a_title_closing_the_sentence(reports):
    found = reports("Une dizaine de manifestants ont été blessés devant le Parlement, d'après le quotidien limeño « La Voz ».")
    assert found == [("Une dizaine de manifestants ont été blessés devant le Parlement", "La Voz", "d'après")]


def test_a_study_keeps_its_noun(reports):
    found = reports("Selon l'étude « Global Outlook », la demande va croître.")
    assert ("la demande va croître", "l'étude", "Selon") in found
