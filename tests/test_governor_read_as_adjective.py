"""A governor of speech_governors.txt whose participle the tagger reads as an adjective, with the
adjective's lemma ("s'est borné à répéter que": "borné" ADJ), is still a verb after its auxiliary:
the infinitive it governs is a cue of its subject (cues._governed_cue, the lemma guessed by the
pack's verb endings). Invented sentence."""


def test_a_governor_read_as_an_adjective_still_governs_the_cue(reports):
    found = reports("Le ministre s'est borné à répéter que le gouvernement respectait les règles.")
    assert [(words, speaker, cue) for words, speaker, cue in found] == [
        ("le gouvernement respectait les règles", "Le ministre", "s'est borné à répéter")]
