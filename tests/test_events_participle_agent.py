"""A noun phrase search never reads a participle's agent, nor the list the parser broke after it
("les rebelles, soutenus par la Turquie, l'Arabie saoudite et le Qatar"); a body's resolution
against a state is an accusation. Invented French sentences through the full pipeline
(fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "backed_people": "La Russie critique les rebelles soutenus par la Turquie.",
    "resolution": "Le Conseil de sécurité a voté une résolution contre la Corée du Nord.",
    "broken_agent_list": "Les rebelles, soutenus par la Turquie, l'Arabie saoudite et le Qatar, ont attaqué Damas.",
}
TITLED = True


def test_the_backer_of_people_is_not_their_stand_in(events):
    assert ("ACCUSE", "country:RUS", "country:TUR") not in coded(events, "backed_people")


def test_a_resolution_against_a_state_accuses_it(events):
    assert ("ACCUSE", "org:csnu", "country:PRK") in coded(events, "resolution")


def test_the_backers_listed_after_a_participle_do_not_act_for_the_people(events):
    # the parser hangs the list's later members as obliques of the participle: they go on with
    # its agent, not a subject of "ont attaqué"
    assert not {a for t, a, _ in coded(events, "broken_agent_list") if t == "ASSAULT"} & \
        {"country:SAU", "country:QAT", "country:TUR"}
