"""A quote that says a foreign actor attacks, occupies or arrests (a material-conflict predicate with
that actor as its active subject) is an accusation by the speaker (PLOVER ACCUSE), not a neutral
stated position; a victim named as a passive subject is accused of nothing. Invented sentences,
full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "struck": "« L'armée russe a frappé des hôpitaux à Kharkiv », a affirmé le président ukrainien "
              "Volodymyr Zelensky.",
    "occupies": "« Le Rwanda occupe une partie de notre territoire », a expliqué le président congolais "
                "Félix Tshisekedi.",
    "victim": "Un rapport de la Ligue arabe conclut : « le journaliste français a été tué par des tirs "
              "de mortier ».",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    """(type, actor's country, recipient id) of a text's events."""
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_quoted_attack_by_a_foreign_state_is_an_accusation(events):
    # the speaker's one event is the accusation (the strike the quote reports, on a city of
    # Ukraine, is an event of its own: Russia's)
    assert {e for e in coded(events, "struck") if e[1] == "person:volodymyr-zelensky"} == \
        {("ACCUSE", "person:volodymyr-zelensky", "country:RUS")}
    assert coded(events, "occupies") == {("ACCUSE", "person:felix-tshisekedi", "country:RWA")}


def test_the_victim_of_a_quoted_attack_is_accused_of_nothing(events):
    assert not any(t == "ACCUSE" for t, *_ in coded(events, "victim"))
