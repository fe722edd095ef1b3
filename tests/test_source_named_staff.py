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


def test_a_journalist_named_right_after_his_medium_is_no_source(analyze):
    # no comma around the name: the parser hangs it on the staff noun, as an apposition or a modifier
    text = "Le journaliste de CNN Paul Weston a demandé au président s'il comptait rencontrer son homologue."
    assert names(analyze, text) == []
    text = "La journaliste de France 2 Claire Dumas a révélé que le ministre avait menti aux enquêteurs."
    assert names(analyze, text) == []
