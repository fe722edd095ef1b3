"""A possessed designation ("selon son complice", "a précisé son avocat") is the person an earlier
apposition named with the same possessive and noun ("son complice de toujours, X", "X, son
avocat"), not "complice de <someone>" (nlp/possessed_names.py). Invented sentences."""


def test_possessed_noun_named_before_in_apposition(reports):
    found = reports("L'acteur Marcel Dufresne est mort lundi à Nantes. Ses sketches avec son partenaire de "
                    "toujours, Roger Lantier, avaient fait rire la France. Selon son partenaire, « Il était fatigué "
                    "depuis des mois mais gardait le sourire ».")
    assert [speaker for _, speaker, _ in found] == ["Roger Lantier"]


def test_name_then_possessed_apposition(reports):
    found = reports("L'humoriste Marcel Dufresne est mort lundi. Roger Lantier, son partenaire, a appris la "
                    "nouvelle à Lyon. Le théâtre de la ville a annulé ses spectacles. « C'était un géant », a dit "
                    "son partenaire.")
    assert found[-1][1] == "Roger Lantier"
