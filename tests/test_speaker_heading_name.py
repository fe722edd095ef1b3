"""A mixed continuation whose own sentence names someone the parse did not make its subject
(a vocative reading of a name opening the sentence, or a channel after a preposition taken for
the subject) is that person's, not the previous speaker's
(continuations.named_heading_sentence, own_sentence_speakers._prepositional). Invented sentences."""

OPENING = ("Le maire a présenté son projet lundi. Pierre Durand a ensuite défendu sa décision : "
           "« Nous ne pouvions pas attendre plus longtemps ». ")


def test_name_read_as_vocative_speaks(reports):
    found = reports(OPENING + "Bruno Le Roux, président du groupe socialiste, est ensuite intervenu, trouvant "
                    "le « projet absolument inacceptable dans sa forme actuelle et dangereux pour la ville ».")
    assert [speaker for _, speaker, _ in found][-1] == "Bruno Le Roux"


def test_channel_after_preposition_is_no_speaker(reports):
    found = reports(OPENING + "Sur Twitter, Paul Lefèvre (UMP) a dénoncé un « incident grave ! Malgré un vote "
                    "annoncé, la majorité fait suspendre la séance ! »")
    assert {speaker for _, speaker, _ in found[1:]} == {"Paul Lefèvre"}
