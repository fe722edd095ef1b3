"""A marker that holds a verb ("à en croire X") names its speaker after it; the verb has no subject
of its own to give (the clause's subject is what is reported about), so the cue's grammar is not
read for one (cue_readings.cue_verb). Invented sentences."""


def test_marker_with_a_verb_opening_the_sentence(reports):
    found = reports("À en croire le ministre Paul Girard, la réforme est « une chance historique pour le pays ».")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Paul Girard", "À en croire")]
