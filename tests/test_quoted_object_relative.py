"""Object frames (object_frames.quoted_object): a cue's object whose subject relative holds the
words in marks ("a dénoncé un accord qui « … »") is what the cue says of it: the object with its
relative are the reported words (mixed, GUIDELINES §2.1). Real French model; the sentences are
invented."""


def test_a_relative_in_marks_right_after_the_pronoun(reports):
    assert reports("L'avocate a dénoncé une procédure qui « bafoue les droits de la défense ».") == \
        [("une procédure qui « bafoue les droits de la défense »", "L'avocate", "a dénoncé")]


def test_a_relative_with_its_copula_before_the_marks(reports):
    found = reports("Le syndicat a salué un accord qui serait « historique » pour les cheminots.")
    assert [(w.startswith("un accord qui serait « historique »"), s) for w, s, _ in found] == [(True, "Le syndicat")]


def test_a_verb_with_no_quoted_object_frame_reports_nothing(reports):
    assert reports("La ministre a présenté un budget qui « change la donne ».") == []


def test_an_aside_set_off_by_commas_before_the_object(reports):
    assert reports("La fédération a dénoncé, dans un communiqué, une hausse « scandaleuse ».") == \
        [("une hausse « scandaleuse »", "La fédération", "a dénoncé")]
    assert [w for w, _, _ in reports("La fédération a dénoncé, sur les ondes de Radio Sud, un tarif qui « ruine les familles ».")] == \
        ["un tarif qui « ruine les familles »"]
