"""Words between a cue and its complement that are the cue's adverbs, not its words
(nlp/frames.py _surface): a date or an adverb before a judged object ("a qualifié mardi cette
décision d'« absurde »"), an adverb alone before "que" ("expliquait alors que …"). Invented sentences."""


def test_date_between_cue_and_judged_object(reports):
    found = reports("Le maire a qualifié mardi cette réforme d'« injuste » et a quitté la réunion.")
    assert [(words, cue) for words, _, cue in found] == [("cette réforme d'« injuste »", "a qualifié")]


def test_adverb_alone_before_que_is_the_cue_complementizer(reports):
    found = reports("La directrice de l'école expliquait alors que les cours reprendraient lundi.")
    assert [(words, cue) for words, _, cue in found] == [("les cours reprendraient lundi", "expliquait")]


def test_conjunction_after_a_verb_without_that_frame_reports_nothing(reports):
    assert reports("Le directeur parlait alors que la salle se vidait.") == []
