"""A short addressee or channel phrase between a cue and its bare infinitive ("a affirmé à l'AFP
avoir …") is whom the words were said to, not an object that blocks the infinitive frame
(nlp/frames._addressee_before_infinitive). The texts are invented."""


def _quotes(analyze, sentence):
    text = "Menaces au conseil\n\n" + sentence + "\n\nLe conseil se réunira lundi."
    return analyze(text, published="2022-04-02").quotes


def test_an_agency_addressed_before_the_infinitive(analyze):
    quotes = _quotes(analyze, "Le maire Paul Roux a affirmé à l'AFP avoir reçu des menaces.")
    assert [(q.text, q.type, q.speaker.name) for q in quotes] == [("avoir reçu des menaces", "indirect", "Paul Roux")]


def test_a_medium_as_channel_before_a_negated_infinitive(analyze):
    quotes = _quotes(analyze, "La députée Anne Morel a dit à la radio ne pas vouloir se représenter.")
    assert [q.text for q in quotes] == ["ne pas vouloir se représenter"]


def test_an_addressee_before_de_keeps_the_de_frame(analyze):
    quotes = _quotes(analyze, "Le maire Paul Roux a demandé aux habitants de rester chez eux.")
    assert [q.text for q in quotes] == ["rester chez eux"]
