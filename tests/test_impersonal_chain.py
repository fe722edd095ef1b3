"""A personal "il" the parser calls impersonal ("Il reste opposant", expl:subj) still carries the
chain of subjects: a pronoun in the next sentence goes back through it to the person it stands for,
not to the latest person named in a modifier (nlp/antecedents.py _root_subjects). Invented sentences."""


def test_pronoun_chain_through_a_misparsed_impersonal_il(reports):
    found = reports("Pierre Martin est maire de Lyon depuis 2001. Il reste opposant à Jacques Chirac. "
                    "Il affirme que le pays doit changer.")
    assert [speaker for _, speaker, cue in found if cue == "affirme"] == ["Pierre Martin"]
