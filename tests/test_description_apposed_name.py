"""A description with a name in apposition is that person, whatever stands between them: the
description's own complement ("chargé des finances"), the name's own title ("le lieutenant-général"), or
an adjective after an agent noun outside the role list (descriptions.py adjacent_person).
A fronted complement ("Face à X, le ministre") stays no apposition. Invented sentences."""
import pytest

TEXTS = {
    "complement": "Le conseiller municipal chargé des sports, Marc Dutoit, ne cède rien. "
                  "« Le budget est bouclé », a-t-il déclaré.",
    "title": "Le gouverneur militaire de l'Ouest, le lieutenant-général Paul Ngoy, a promis que les rebelles "
             "seraient battus. « Nous tiendrons la ligne », a-t-il affirmé.",
    "agent": "Le coordonnateur humanitaire, Luc Ferrand, a lancé un appel. « Les stocks sont vides », a-t-il alerté.",
    "fronted": "Face à Marc Dutoit, le ministre a tenu bon. « Le budget est bouclé », a-t-il déclaré.",
}


@pytest.fixture(scope="module")
def speakers(analyzed):
    return {name: [q.speaker.name for q in article.quotes] for name, article in analyzed(TEXTS).items()}


@pytest.mark.parametrize("name, expected", [("complement", "Marc Dutoit"), ("title", "Paul Ngoy"),
                                            ("agent", "Luc Ferrand")])
def test_the_apposed_name_speaks(speakers, name, expected):
    assert set(speakers[name]) == {expected}


def test_a_fronted_complement_is_no_apposition(speakers):
    assert speakers["fronted"] == ["le ministre"]
