"""Two report shapes that named the wrong speaker or none (invented sentences):
- an agentless passive report with the expletive "il" the parser hangs on the auxiliary ("Il a
  par ailleurs été annoncé que …") names nobody: unspecified, not the last person
  (cue_readings._impersonal_passive);
- a naming label, then a time or channel adjunct, then a colon and a quotation ("Le ministre X,
  ce matin sur France Inter : « … »") gives the quotation to the label (nlp/colon_labels.py)."""


def _quotes(analyze, text):
    article = analyze("Un titre sans rapport\n\n" + text, published="2017-05-10", lang="fr")
    return [(q.text, q.speaker.name) for q in article.quotes]


def test_passive_with_an_adverbial_before_the_auxiliary(analyze):
    found = _quotes(analyze, "Le juge Paul Martin a bloqué le décret. Il a par ailleurs été annoncé que le "
                             "texte serait réécrit.")
    assert [speaker for _, speaker in found] == ["unspecified"]
    personal = _quotes(analyze, "Le juge Paul Martin a bloqué le décret. Il a par ailleurs estimé que le "
                                "texte serait réécrit.")
    assert [speaker for _, speaker in personal] == ["Paul Martin"]


def test_label_with_an_adjunct_before_a_colon(analyze):
    found = _quotes(analyze, "Le juge Paul Martin a bloqué le décret.\n\nLa ministre Claire Dubois, ce matin "
                             "sur France Inter : « Nous ne céderons pas. »")
    assert [speaker for _, speaker in found] == ["Claire Dubois"]


def test_description_label_before_a_colon(analyze):
    found = _quotes(analyze, "La maire de Lyon, hier soir sur une radio : « La ville est prête. »")
    assert found == [("La ville est prête.", "La maire de Lyon")]


def test_a_verb_before_the_colon_is_no_label(analyze):
    found = _quotes(analyze, "Le ministre Paul Martin, ce matin, a rencontré les syndicats : « Nous ne "
                             "céderons pas », a-t-il lancé.")
    assert [speaker for _, speaker in found] == ["Paul Martin"]
