"""A stressed pronoun after "quant à" inside its clause ("X a quant à elle accusé …") restates the
subject that opens the sentence, however the parse hangs it (antecedents._sentence_candidates); a
feminine role after an elided article ("l'ambassadrice") is feminine though the tagger reads it
masculine (lexicon.feminine_role, feminine_role_endings.tsv). Invented sentences."""


def test_the_stressed_pronoun_is_the_opening_subject(reports):
    found = reports("La ministre de la Défense, Anne Roy, a refusé la demande. L'ambassadrice d'Ukraine en Suisse, "
                    "Olena Kovalenko, a quant à elle accusé Berne de « se cacher derrière la neutralité ». "
                    "Selon elle, chaque char compte sur le front.")
    assert [speaker for _, speaker, _ in found] == ["Olena Kovalenko", "Olena Kovalenko"]


def test_feminine_roles_of_a_pair():
    from newsgraph.lang import load_pack
    from newsgraph.nlp.lexicon import feminine_role
    pack = load_pack("fr")
    assert feminine_role(pack, "ambassadrice") and feminine_role(pack, "échevine")
    assert feminine_role(pack, "conseillère")
    assert not feminine_role(pack, "ambassadeur") and not feminine_role(pack, "ministre")
