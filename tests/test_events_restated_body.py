"""An organisation named again by the first noun of its name ("la Commission européenne … la
Commission", "le Conseil de sécurité … le Conseil") acts as that organisation
(sides.restated_body); two organisations whose names begin with that noun leave it unread.
Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "one": "La Commission européenne a présenté mardi un nouveau pacte. La Commission a aussi critiqué "
           "la Hongrie pour son refus.",
    "council": "Le Conseil de sécurité de l'ONU s'est réuni lundi. Le Conseil a condamné la Corée du Nord.",
    "two": "Le Conseil de sécurité de l'ONU et le Conseil des droits de l'homme se sont réunis lundi. "
           "Le Conseil a condamné la Corée du Nord.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def accusers(events, name, target):
    return {e.actor.actor for e in events[name] if e.type == "ACCUSE" and e.recipient is not None
            and e.recipient.actor == target}


def test_the_first_noun_of_a_name_restates_the_organisation(events):
    assert accusers(events, "one", "country:HUN") == {"org:commission-europeenne"}
    assert len(accusers(events, "council", "country:PRK")) == 1


def test_two_organisations_of_that_noun_leave_it_unread(events):
    assert not accusers(events, "two", "country:PRK")
