"""A counted description of states as a speaker ("Les deux pays assurent que …") takes up the states
just named together, written as the article coordinates them (counted_states.py); a state named
alone in between is not one of them. Invented sentences."""


def test_the_two_countries_are_the_pair_named_together(reports):
    found = reports("La Norvège et la Finlande ont signé lundi à Oslo un accord sur les radars, proposé par "
                    "l'Allemagne l'an dernier. Les deux pays assurent que cet accord ne les lie à aucune alliance.")
    assert [speaker for _, speaker, _ in found] == ["La Norvège et la Finlande"]


def test_no_pair_no_joint_speaker(reports):
    found = reports("La Norvège a signé lundi un accord sur les radars. Les deux pays assurent que cet accord "
                    "ne les lie à aucune alliance.")
    assert [speaker for _, speaker, _ in found] != ["La Norvège et la Finlande"]
    assert " et " not in (found[0][1] or "")
