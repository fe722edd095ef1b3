"""Words closed by a full stop, then a participle opening the next sentence: the participle is that
sentence's adjunct, no incise of the words (quote_incises.cue_after). Invented sentences."""


def test_a_participle_opening_the_next_sentence_is_no_incise(reports):
    """ "« … reparlerons. » Interrogée sur X, la présidente a assuré …": the participle is the next
    sentence's adjunct, the words go on with who spoke before (quote_incises.cue_after)."""
    found = reports("« Nos deux pays se parlent franchement », a déclaré Mme Keller devant la presse à Berne. "
                    "« Nous avons évoqué la liberté de la presse, et nous en reparlerons. » Interrogée sur le sort "
                    "des journalistes emprisonnés, la présidente du Conseil a assuré que le dialogue se poursuivrait.")
    assert [speaker for _, speaker, _ in found] == ["Keller"] * 3
