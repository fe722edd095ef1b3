"""A refusal to do an act is aimed at the act's object or complement ("refuse de reconnaître le
Kosovo"); a sentence-initial anaphoric state noun the tagger reads as a name ("Le royaume …")
still takes up the state named before. Invented French sentences through the full pipeline
(fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "recognise": "Le Kenya refuse de reconnaître le Kosovo.",
    "meet": "Le Kenya a refusé de rencontrer le président russe.",
    "no_object": "Le Kenya refuse de commenter.",
    "kingdom_refuses": "Le Maroc a signé un accord. Le royaume refuse de reconnaître le Kosovo.",
    "kingdom_condemns": "Le Maroc a signé un accord. Le royaume a condamné l'Algérie.",
}
TITLED = True


def test_a_refused_act_is_aimed_at_its_object(events):
    assert ("REJECT", "country:KEN", "country:XKX") in coded(events, "recognise")
    assert ("REJECT", "country:KEN", "country:RUS") in coded(events, "meet")


def test_a_refusal_with_no_actor_in_the_act_is_no_event(events):
    assert coded(events, "no_object") == set()


def test_a_lower_case_state_noun_read_as_a_name_takes_up_the_state(events):
    assert ("REJECT", "country:MAR", "country:XKX") in coded(events, "kingdom_refuses")
    assert ("ACCUSE", "country:MAR", "country:DZA") in coded(events, "kingdom_condemns")
