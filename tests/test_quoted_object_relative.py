"""Object frames (object_frames.quoted_object): a cue's object whose subject relative holds the
words in marks ("a dénoncé un accord qui « … »") is what the cue says of it: the object with its
relative are the reported words (mixed, GUIDELINES §2.1). Real French model; the sentences are
invented."""


def test_a_relative_in_marks_whose_verb_the_tagger_reads_as_a_noun(reports):
    # ("menace" tagged a noun: the parse hangs no relative clause on the object)
    assert reports("La ministre a dénoncé un projet qui « menace les forêts du pays ».") == \
        [("un projet qui « menace les forêts du pays »", "La ministre", "a dénoncé")]


def test_a_verb_with_no_quoted_object_frame_reports_nothing(reports):
    assert reports("La ministre a présenté un budget qui « change la donne ».") == []


def test_an_aside_set_off_by_commas_before_the_object(reports):
    assert reports("La fédération a dénoncé, dans un communiqué, une hausse « scandaleuse ».") == \
        [("une hausse « scandaleuse »", "La fédération", "a dénoncé")]
    assert [w for w, _, _ in reports("La fédération a dénoncé, sur les ondes de Radio Sud, un tarif qui « ruine les familles ».")] == \
        ["un tarif qui « ruine les familles »"]
