"""An ISO 3166 code is no name of a state in running text: the same three capitals are another
body's acronym there (a police force, a cup), so the actor index reads them as what the article
says they are, not as the state of the code. Invented sentences."""
from __future__ import annotations

TEXTS = {
    "police": "Des agents de la GRC se sont rendus mardi à Ottawa. La GRC a ouvert une enquête, a indiqué Jean Roy.",
    "state": "La Grèce a protesté jeudi auprès de la Turquie.",
}


def test_a_code_in_prose_is_no_state(analyzed):
    found = analyzed(TEXTS, headline=True)
    assert not any(a.id == "country:GRC" for a in found["police"].actors)


def test_the_state_named_by_its_name_is_still_a_state(analyzed):
    found = analyzed(TEXTS, headline=True)
    assert any(a.id == "country:GRC" for a in found["state"].actors)
