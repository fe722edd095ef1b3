"""A medium's brand of one word that opens in lower case, written exactly as listed with a capital
or a digit inside ("i24NEWS", "eNCA"): the gazetteer scan keeps it, where lower-case hits are
otherwise common words (nlp/gazetteer_scan._brand_as_listed); "il y a 24 heures" names no medium.
Invented sentences, full pipeline."""

DAY = "2024-03-05"


def names(analyze, text):
    return [s.name for s in analyze(text, published=DAY).sources]


def test_a_lower_case_brand_written_as_listed_is_cited(analyze):
    assert names(analyze, "Selon la chaîne israélienne i24NEWS, deux drones ont été interceptés.") == ["i24NEWS"]


def test_a_common_phrase_a_listed_title_holds_is_no_medium(analyze):
    assert names(analyze, "Selon la police, l'homme a été arrêté il y a 24 heures.") == []
