"""The second side of "entre X et Y" where the parser made Y the subject of the main verb ("l'accord
conclu entre le Chili et l'Argentine tient"): "entre" wants two sides, read on the text behind the
conjunction. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "participle_list": "Le Pérou observe. L'accord conclu entre le Chili et l'Argentine tient.",
    "plain_list": "Le Pérou observe. Les négociations entre le Chili et l'Argentine ont commencé.",
}


TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_the_second_side_read_on_the_text(events):
    assert coded(events, "participle_list") == {("AGREE", "country:CHL", "country:ARG")}


def test_a_well_parsed_list_is_read_as_before(events):
    assert coded(events, "plain_list") == {("CONSULT", "country:CHL", "country:ARG")}
