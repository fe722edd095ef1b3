"""A medium that relays someone else's words (pack `media_citing_verbs`: "Le journal cite un
officier") is the information's channel, so a source, named or described; only as the verb's
subject: a medium someone else cites is that person's doing. Invented sentences."""
from source_texts import cited


def test_a_named_medium_citing_a_person():
    found, = cited("La chaîne Al Jazeera cite un témoin selon lequel la police a tiré sur la foule.")
    assert [(name, named) for name, _, named in found] == [("Al Jazeera", True)]


def test_a_description_of_the_medium_citing_a_person():
    found, = cited("Le quotidien espagnol El País affirme que le port a été fermé. Le journal cite un douanier "
                   "selon lequel aucun navire n'est sorti depuis lundi.")
    assert [(evidence, named) for _, evidence, named in found][1] == ("Le journal cite", False)


def test_a_medium_cited_by_a_person_is_no_source():
    assert cited("Le député a cité Le Figaro pour défendre son amendement.",
                 "Le député a cité la presse locale pour défendre son amendement.") == [[], []]
