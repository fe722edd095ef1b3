"""A state's council, court or commission that no list knows, named without its state ("le Conseil
de sécurité nationale", event_council_nouns.txt), acts for a state: the one its own name gives
("iranien"), else the state the article is about (named most, and the dispatch's own when it has
a wire dateline). International bodies keep their own name. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "topic": "Le Soudan rejette les accusations. Le Conseil de sécurité nationale a menacé l'Éthiopie de "
             "représailles. Le Soudan accuse aussi le Tchad.",
    "demonym": "L'Iran a rejeté l'offre. Le Conseil suprême de sécurité nationale iranien a condamné les États-Unis.",
    "international": "Le Soudan dément. La Commission d'enquête internationale a accusé le Soudan de crimes. "
                     "Le Soudan rejette ces accusations.",
    "other_dateline": "ADDIS ABEBA (AFP) – Le Soudan refuse de céder. Le Conseil de sécurité nationale a menacé "
                      "l'Égypte de représailles. Le Soudan accuse aussi le Tchad.",
    "tied_dateline": "LIMA (AFP) – Le Pérou et la Bolivie se disputent un lac. Le Pérou réclame la rive nord. "
                     "Le Conseil de défense nationale a menacé la Bolivie de représailles.",
    "joint": "Le Rwanda dément. Le Rwanda insiste. La Commission mixte permanente RDC-Rwanda a accusé le Burundi "
             "d'ingérence.",
    "restated": "La Russie a rejeté l'appel. La Russie insiste. La Cour a condamné la Pologne pour ses mensonges.",
    "unnamed": "La Russie a rejeté l'appel. Le Conseil des ministres a accusé la Pologne d'espionnage. "
               "La Russie insiste.",
    "local": "La Russie a rejeté l'appel. Le conseil municipal a condamné la Pologne pour ses mensonges. "
             "La Russie insiste.",
}

TITLED = True


def test_a_council_named_without_its_state_acts_for_the_article_state(events):
    assert ("THREATEN", "country:SDN", "country:ETH") in coded(events, "topic")


def test_the_council_own_demonym_gives_its_state(events):
    assert ("ACCUSE", "country:IRN", "country:USA") in coded(events, "demonym")


def test_an_international_commission_keeps_its_name(events):
    found = coded(events, "international")
    assert any(actor != "country:SDN" and recipient == "country:SDN" for _, actor, recipient in found)
    assert not any(actor == "country:SDN" and recipient == "country:SDN" for _, actor, recipient in found)


def test_a_dateline_of_another_state_leaves_the_council_unplaced(events):
    assert not any(actor == "country:SDN" and recipient == "country:EGY"
                   for _, actor, recipient in coded(events, "other_dateline"))


def test_a_council_the_recogniser_missed_acts_for_the_article_state(events):
    assert ("ACCUSE", "country:RUS", "country:POL") in coded(events, "unnamed")


def test_a_lower_case_council_is_a_local_one(events):
    assert not any(actor == "country:RUS" for _, actor, _ in coded(events, "local"))


def test_a_dateline_state_tied_for_most_named_is_the_article_state(events):
    assert ("THREATEN", "country:PER", "country:BOL") in coded(events, "tied_dateline")


def test_a_joint_commission_of_two_states_is_no_one_state(events):
    assert not any(actor == "country:RWA" for _, actor, _ in coded(events, "joint"))


def test_a_bare_court_is_a_body_restated_not_the_article_state(events):
    assert not any(actor == "country:RUS" for _, actor, _ in coded(events, "restated"))
