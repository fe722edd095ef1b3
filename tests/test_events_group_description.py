""""le groupe djihadiste", "la milice": a description of an organisation by its kind takes up the
one organisation of that kind the article named before (event_group_descriptions.tsv,
references.described_group); none when it named two, nor for an indefinite "un groupe armé".
Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "one": "Les Shebab ont revendiqué l'attentat. Le Kenya a bombardé le groupe djihadiste jeudi.",
    "two": "Les Shebab et Boko Haram ont perdu du terrain. Le Kenya a bombardé le groupe djihadiste jeudi.",
    "indefinite": "Les Shebab ont revendiqué l'attentat. Le Kenya a bombardé un groupe armé jeudi.",
    "after": "Le Kenya a bombardé le groupe djihadiste jeudi. Les Shebab ont revendiqué l'attentat.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_group_description_takes_up_the_one_group_of_its_kind(events):
    assert ("ASSAULT", "country:KEN", "org:shebab") in coded(events, "one")


def test_two_groups_or_an_indefinite_or_a_later_name_leave_it_unresolved(events):
    for name in ("two", "indefinite", "after"):
        assert not any(r == "org:shebab" for _, _, r in coded(events, name)), name
