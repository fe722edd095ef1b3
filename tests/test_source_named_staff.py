"""A medium's staff member named in apposition speaks for himself (nlp/sources.py): the medium only
employs him (GUIDELINES §3, "le journaliste de France 2"), while unnamed staff report for it ("un
correspondant de Reuters a constaté"). Invented sentences."""


def names(analyze, text):
    return [s.name for s in analyze(text, published="2024-03-05").sources]


def test_a_named_journalist_of_a_medium_is_no_source(analyze):
    text = "La correspondante de la chaîne France 24 à Beyrouth, Hélène Marchetti, affirme avoir été suivie."
    assert names(analyze, text) == []
    text = "Le correspondant de Reuters à Lagos, Marc Delval, affirme avoir été frappé par des soldats."
    assert names(analyze, text) == []


def test_unnamed_staff_still_report_for_their_medium(analyze):
    assert names(analyze, "Un correspondant de Reuters a constaté que la digue avait cédé.") == ["Reuters"]
