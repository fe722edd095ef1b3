"""A quote naming a state only as the origin or author of a thing it describes (the agent or "de"
complement of a participle: "« hérité des Espagnols »", "« tracée par la France »") states no
position toward that state (quoted.named_as_origin); a partner of a participle ("« mobilisés avec
… »") and a clause aimed at the state still do. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "inherited": "Le roi du Maroc a déclaré que ce palais était « hérité des Espagnols ».",
    "drawn": "Le roi du Maroc a déclaré que la frontière était « tracée par la France ».",
    "partner": "Le roi du Maroc a déclaré : « nous sommes mobilisés avec les autorités françaises ».",
    "position": "Le roi du Maroc a déclaré : « nous voulons travailler avec la France ».",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def recipients(events, name):
    return {e.recipient.actor for e in events[name] if not e.negated}


def test_a_state_named_as_an_origin_is_no_target_of_a_position(events):
    assert "country:ESP" not in recipients(events, "inherited")
    assert "country:FRA" not in recipients(events, "drawn")


def test_a_partner_or_a_clause_aimed_at_the_state_still_is(events):
    assert "country:FRA" in recipients(events, "partner")
    assert "country:FRA" in recipients(events, "position")
