"""A medium that reports without a verb of saying (nlp/sources.py): a locution of reporting ("faire
état de"). Invented sentences."""


def names(analyze, text):
    return [s.name for s in analyze(text, published="2024-03-05").sources]


def test_a_medium_subject_of_a_locution_of_reporting(analyze):
    # "faire état" is a weak verb, but no act of publishing: it says what the medium reports
    assert names(analyze, "La radio RTL a fait état de plusieurs blessés près de la gare.") == ["RTL"]
    assert names(analyze, "Le quotidien Le Temps fait état de nouvelles tensions au conseil.") == ["Le Temps"]
