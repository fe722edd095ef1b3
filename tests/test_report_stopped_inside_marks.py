"""A report whose object the parse closed at a "!" inside the quoted words runs to the closing
mark, and the rest of the quotation is no continuation spanning the sentence's subject and cue
(nlp/sentence_reports.py); its speaker, a name the parse read after a channel, is found in its
own sentence (SpeakerResolver._from_cue), after the channel the parse hung on it
(lost_subjects.subject_of_cue). Invented sentences."""

OPENING = ("La commune a voté le budget mardi. « Nous avons tenu nos promesses », a déclaré le maire, "
           "Henri Vasseur. ")


def test_report_runs_to_the_closing_mark(reports):
    found = reports(OPENING + "Sur Facebook, Lucie Garnier (Verts) a fustigé un « scandale absolu ! Malgré "
                    "les promesses, la mairie ferme encore une école du quartier nord ! ».")
    later = found[1:]
    assert len(later) == 1
    words, speaker, cue = later[0]
    assert words.startswith("un « scandale absolu !") and words.rstrip().endswith("»")
    assert speaker == "Lucie Garnier" and cue == "a fustigé"
