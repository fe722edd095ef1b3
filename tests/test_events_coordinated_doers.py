"""A recipient coordinated with the noun that names an act's doer ("le retrait des troupes
françaises et de la Minusma") is a second doer, not the side acted on; a "de" complement of its
own ("le retrait des troupes russes d'Ukraine") still is. So is a member of a verb's subject list
that an anaphor of the object would take up ("X, Y et Z ont appelé les deux parties": the
anaphor takes up others, anaphoric_sides._subject_sides). Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "both": "Le Mali a obtenu le retrait des troupes françaises et de la Minusma.",
    "from": "Le Kremlin a annoncé le retrait des troupes russes de Géorgie.",
    "callers": "Les ministres arménien et azerbaïdjanais se sont rencontrés jeudi à Genève. Dans un communiqué, "
               "les médiateurs – le Russe Igor Petrov, le Français Jean Dupont et l'Américain John Smith – ont salué "
               "« l'atmosphère constructive » des échanges et appelé les deux parties à « réduire les tensions ».",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_coordinated_doer_is_no_recipient(events):
    assert not any(kind == "RETREAT" for kind, _, _ in coded(events, "both"))


def test_a_complement_of_its_own_is_the_recipient(events):
    assert ("RETREAT", "country:RUS", "country:GEO") in coded(events, "from")


def test_a_verbs_recipient_is_none_of_its_subjects_members(events):
    # the anaphor skips the subject's members and their states: the two parties are the two met
    requests = {(actor, recipient) for kind, actor, recipient in coded(events, "callers") if kind == "REQUEST"}
    assert {recipient for _, recipient in requests} <= {"country:ARM", "country:AZE"}
