"""A coordinated subject the parser breaks ("La Russie et l'Ukraine ont conclu un accord" parsed with
"Russie" as the root and the verb its conjunct, "Ukraine" alone as the subject): both members act.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "agreement": "La Russie et l'Ukraine ont conclu un accord sur les céréales.",
    "truce": "Israël et le Hamas ont conclu une trêve.",
    "criticism": "La France et l'Allemagne ont critiqué la Chine.",
}

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    """(type, {actor id, recipient id}) of a text's events."""
    return {(e.type, frozenset((e.actor.actor, e.recipient.actor))) for e in events[name] if not e.negated}


def test_a_broken_coordinated_subject_agrees_with_itself(events):
    assert pairs(events, "agreement") == {("AGREE", frozenset(("country:RUS", "country:UKR")))}
    assert pairs(events, "truce") == {("AGREE", frozenset(("country:ISR", "org:hamas")))}


def test_each_member_of_a_broken_coordinated_subject_acts(events):
    assert pairs(events, "criticism") == {("ACCUSE", frozenset(("country:FRA", "country:CHN"))),
                                          ("ACCUSE", frozenset(("country:DEU", "country:CHN")))}


def test_a_subject_list_parsed_as_two_subjects_of_the_verb_acts_whole(analyze):
    # "Le Danemark et la Finlande ont signé …" is parsed with both names as subjects of the verb and
    # "et" hung on it: the first member is a co-subject, not lost
    found = {(e.type, frozenset((e.actor.actor, e.recipient.actor)))
             for e in analyze("Un titre sans rapport\n\nLe Danemark et la Finlande ont signé un accord.",
                              published="2024-05-02").events if not e.negated}
    assert found == {("AGREE", frozenset(("country:DNK", "country:FIN")))}
