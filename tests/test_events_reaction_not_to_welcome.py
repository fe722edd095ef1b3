"""A hostile reaction that names no one answers whoever just acted with hostility on its actor, not
one who just received or signed with it (reactions._acted_on): "X a été reçu par Y … X a dénoncé
des mesures « brutales »" blames no host. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "welcome": ("Le président ghanéen John Mensah a été reçu mardi à Lomé par le président togolais Faure Gnassingbé. "
                "Les deux hommes ont conclu une entente de coopération sur le cacao. "
                "Faure Gnassingbé a dénoncé des mesures « brutales et injustes »."),
    "blow": ("Le Ghana a fermé mardi sa frontière avec le Togo. "
             "Le président togolais Faure Gnassingbé a dénoncé des mesures « brutales et injustes »."),
}


def blamed(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if e.type == "ACCUSE" and not e.negated}


def test_blame_answers_no_welcome(events):
    assert not any(recipient == "country:GHA" or recipient.startswith("person:") for _, recipient in
                   blamed(events, "welcome"))


def test_blame_answers_a_hostile_act(events):
    assert any(recipient == "country:GHA" for _, recipient in blamed(events, "blow"))
