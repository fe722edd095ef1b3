"""A coordinated subject whose first member the parser hung on a wire dateline's date ("12 mars
2024. - L'Allemagne et les Pays-Bas ont signé …": the verb a conjunct of the date) keeps that member."""
import newsgraph


def _pairs(text):
    article = newsgraph.analyze("Accord\n\n" + text, lang="fr", published="2024-03-12")
    return {(e.actor.actor, e.recipient.actor) for e in article.events if e.type == "AGREE"}


def test_first_member_hung_on_the_dateline_acts():
    pairs = _pairs("12 mars 2024. - L'Allemagne et les Pays-Bas ont signé un accord avec l'Arabie saoudite.")
    assert ("country:DEU", "country:SAU") in pairs and ("country:NLD", "country:SAU") in pairs


def test_a_first_member_of_several_words_acts():
    pairs = _pairs("12 mars 2024. - La République démocratique du Congo et le Rwanda ont signé un accord "
                   "avec l'Angola.")
    assert ("country:COD", "country:AGO") in pairs and ("country:RWA", "country:AGO") in pairs
