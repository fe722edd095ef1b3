"""A quoted object's noun may carry a participle or a complement of its own before the quotation
("a qualifié le départ forcé du président de « … »", "la coopération avec Ottawa d'« … »"): the
object still opens the words (object_frames._noun_modifier), and so does an article the tagger read
as a preposition ("des") or a predeterminer ("toutes les"; object_frames._opens_noun_phrase).
Invented sentences."""


def test_an_object_with_a_participle_and_a_complement_opens_the_words(reports):
    found = reports("Le sénateur a qualifié le départ forcé du président de « coup de force ».")
    assert [(words, cue) for words, _, cue in found] == [
        ("le départ forcé du président de « coup de force »", "a qualifié")]


def test_an_object_with_a_prepositional_complement_opens_the_words(reports):
    found = reports("La ministre a qualifié la coopération avec Ottawa d'« exemplaire ».")
    assert [(words, cue) for words, _, cue in found] == [("la coopération avec Ottawa d'« exemplaire »", "a qualifié")]



def test_an_article_read_as_a_preposition_or_a_predeterminer_opens_the_object(reports):
    # "des" tagged as a preposition with its article (PronType=Art); "toutes les" before the noun
    found = reports("La sénatrice a revendiqué la présidence et promis des élections « rapides et libres ».")
    assert [(words, cue) for words, _, cue in found] == [("des élections « rapides et libres »", "promis")]
    found = reports("Le porte-parole a appelé toutes les parties à « la retenue et au dialogue ».")
    assert [cue for _, _, cue in found] == ["a appelé"]
