"""An inverted incise followed by a participial adjunct ("…, a affirmé le maire X, rappelant une
promesse.") still closes the words before it: the adjunct says more of the speaker, it is no cue
of the whole sentence (nlp/incise_reports.py, _participle_aside). Invented sentences."""


def test_incise_before_participle_adjunct(reports):
    found = reports("La taxe sera supprimée l'an prochain, a affirmé le maire Paul Dutrou, rappelant ainsi une "
                    "promesse.")
    assert [(words, cue) for words, _, cue in found] == [("La taxe sera supprimée l'an prochain", "a affirmé")]
    assert found[0][1] == "Paul Dutrou"
