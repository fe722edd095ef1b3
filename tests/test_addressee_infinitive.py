"""Frames (nlp/frames.py) and cues (nlp/cues.py): the infinitive a cue of the 'de'/'à' frames
reports may hang on the addressee it names ("a demandé à son adjoint qui habite à Lyon de fermer
le pont": the parser attaches "de fermer" to the relative clause on the addressee), and a speech
verb the tagger reads as a bare noun coordinated to a finite verb ("… et demande aux élus de …")
is still a cue, spoken by that verb's subject. Real French model; the sentences are invented."""

def test_an_infinitive_on_a_relative_clause_about_the_addressee(reports):
    found = reports("Le maire a demandé à son adjoint qui habite à Lyon de fermer le pont.")
    assert found == [("fermer le pont", "Le maire", "a demandé")]


def test_a_speech_verb_read_as_a_noun_after_a_coordinator(reports):
    sentence = ("Le représentant spécial salue la mémoire du défunt et demande aux délégués des assises "
                "au dialogue du centre inter-diocésain de poursuivre les travaux.")
    [(text, speaker, cue)] = reports(sentence)
    assert text.startswith("poursuivre les travaux") and cue == "demande"
    assert speaker == "Le représentant spécial"


def test_a_comma_after_the_addressee_still_closes_it(reports):
    # the words after a comma are a clause of their own, not the cue's infinitive
    found = reports("Le maire a parlé aux habitants qui vivent près du pont, de peur de le voir céder.")
    assert found == []
