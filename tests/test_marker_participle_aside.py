"""A past participle set off by commas after a marker's speaker says how the words were gathered
("Pour l'analyste X, interrogé par la radio Y, …"): the words start after it (nlp/marker_bounds.py
_participle_aside_end). The sentences are invented."""


def test_a_participle_aside_after_the_speaker_is_left_out(reports):
    found = reports("Pour l'analyste Marc Dupuis, interrogé par la radio RTS, la Suisse « n'a pas le choix ».")
    assert found == [("la Suisse « n'a pas le choix »", "Marc Dupuis", "Pour")]


def test_an_aside_with_a_quotation_is_kept(reports):
    found = reports("Selon le ministre Paul Durand, cité « mot pour mot » par la presse, le budget sera voté.")
    assert [words for words, _, _ in found][0].startswith("cité")
