""""en présence de X" (event_compound_prepositions.tsv): X takes part in what the clause states,
as a partner of it ("l'accord a été signé en présence du ministre norvégien"); "la présence de
troupes" alone is no locution and names no partner. Invented sentences."""
from __future__ import annotations

TEXTS = {
    "signed": "Le président chilien Gabriel Boric a signé l'accord avec l'Argentine en présence du ministre "
              "norvégien des Affaires étrangères.",
    "troops": "Le Chili s'inquiète de la présence de troupes argentines à sa frontière.",
}

TITLED = True


def pairs(events, name):
    return {frozenset((e.actor.actor, e.recipient.actor)) for e in events[name] if not e.negated and e.recipient}


def test_the_one_present_at_a_signing_takes_part(events):
    found = pairs(events, "signed")
    assert frozenset(("person:gabriel-boric", "country:ARG")) in found
    assert frozenset(("person:gabriel-boric", "country:NOR")) in found


def test_a_presence_of_troops_is_no_partner(events):
    assert not pairs(events, "troops")
