"""A verb of the linked-object frame (speech_frames.tsv `linked_object`: "présenter", "dépeindre")
carries a quotation only after its link word ("présente X comme « … »"); its plain object in marks is
a title, no speech. "invoquer" carries a quoted object ("en invoquant la « … »"). The sentences are
invented."""


def test_an_object_presented_as_a_quotation(reports):
    found = reports("La sénatrice Julie Caron a présenté le budget comme « un mensonge comptable ».")
    assert found == [("le budget comme « un mensonge comptable »", "Julie Caron", "a présenté")]


def test_a_clitic_object_presented_as_a_quotation(reports):
    found = reports("Le maire Hugo Lambert se présente comme « le garant de la paix sociale ».")
    assert [(words, speaker) for words, speaker, _ in found] == [("« le garant de la paix sociale »", "Hugo Lambert")]


def test_a_presented_title_is_no_quote(reports):
    assert reports("La ministre Léa Girard a présenté jeudi son programme « Cap Avenir ».") == []


def test_a_title_presented_after_its_marks_is_no_incise(reports):
    assert reports("Le festival s'ouvre avec une pièce nommée « Les veilleurs du port » présentée au théâtre municipal.") == []


def test_a_reason_invoked_in_marks(reports):
    found = reports("Le recteur Denis Fabre a refusé la réunion en invoquant la « sécurité des étudiants ».")
    assert found == [("la « sécurité des étudiants »", "Denis Fabre", "invoquant")]
