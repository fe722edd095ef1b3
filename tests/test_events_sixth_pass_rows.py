"""The rows of stop 70's lexicon pass (event_predicates.tsv): ransacking and burning as assaults,
"droits compensatoires / punitifs" as tariffs, a matter raised "auprès de" someone as talks.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

import pytest

from event_texts import coded

TEXTS = {
    "ransacked": "L'armée russe a saccagé l'ambassade de Géorgie à Tskhinvali.",
    "burnt": "Les forces israéliennes ont incendié des maisons à Gaza.",
    "countervailing": "Les États-Unis ont imposé des droits compensatoires sur le bois canadien.",
    "punitive": "La Chine a imposé des droits punitifs sur le vin australien.",
    "raised_with": "Justin Trudeau a soulevé la question auprès de Narendra Modi.",
    "raised_alone": "La décision du Canada a soulevé un tollé.",
}

TITLED = True


@pytest.mark.parametrize("name, expected", [
    ("ransacked", ("ASSAULT", "country:RUS", "country:GEO")),
    ("burnt", ("ASSAULT", "country:ISR", "country:PSE")),
    ("countervailing", ("SANCTION", "country:USA", "country:CAN")),
    ("punitive", ("SANCTION", "country:CHN", "country:AUS")),
    ("raised_with", ("CONSULT", "person:justin-trudeau", "person:narendra-modi")),
])
def test_stop_70_rows_code_their_type(events, name, expected):
    assert expected in coded(events, name)


def test_an_outcry_raised_is_no_meeting(events):
    assert not any(t == "CONSULT" for t, _, _ in coded(events, "raised_alone"))
