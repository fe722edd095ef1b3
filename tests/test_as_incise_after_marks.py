"""A quotation in marks attributed by an incise opened by a conjunction after the closing mark
(« … », comme l'a déclaré X; nlp/incise_reports.as_incise_at). The texts are invented."""


def _quotes(analyze, sentence):
    text = "Réforme des retraites\n\n" + sentence + "\n\nLe débat reprendra mardi."
    return analyze(text, published="2019-05-02").quotes


def test_comme_with_an_auxiliary_after_the_closing_mark_attributes_the_quotation(analyze):
    quotes = _quotes(analyze, "« Nous ne reculerons pas », comme l'a déclaré la ministre Paule Varin jeudi.")
    assert [q.text for q in quotes] == ["Nous ne reculerons pas"]
    assert quotes[0].type == "direct" and quotes[0].speaker.name == "Paule Varin"
    assert quotes[0].cue.text == "comme l'a déclaré"


def test_ainsi_que_and_a_present_verb_attribute_the_quotation_too(analyze):
    quotes = _quotes(analyze, "« Le texte sera voté avant l'été », ainsi que le précise le député Hugo Lambre.")
    assert [q.text for q in quotes] == ["Le texte sera voté avant l'été"]
    assert quotes[0].speaker.name == "Hugo Lambre"


def test_comme_before_a_verb_that_says_nothing_attributes_nothing(analyze):
    quotes = _quotes(analyze, "« Nous ne reculerons pas », comme l'a compris la ministre Paule Varin.")
    assert all(q.speaker is None or q.speaker.name != "Paule Varin" for q in quotes)
