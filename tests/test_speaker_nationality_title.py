"""A nationality noun is a title between a description and the name it is set beside ("le
président du Conseil, le Slovène X"): the description is that person, not someone named before
(descriptions.adjacent_person). Invented sentences."""


def test_a_nationality_noun_titles_the_apposed_name(reports):
    found = reports("Le secrétaire d'Etat Mike Pompeo a critiqué l'organe onusien.\n\n"
                    "Mercredi, le président du Conseil, le Slovène Janez Kovač, a regretté un départ qui "
                    "« affaiblit le seul forum » consacré à ces questions.")
    assert [speaker for _, speaker, _ in found] == ["Janez Kovač"]
