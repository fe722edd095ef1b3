"""A verb right after an opening quotation mark starts a quoted fragment of the sentence ("X, « salue
chaleureusement » Y"): its subject stands before the quotation and its object is the recipient,
not an inverted subject as after the closing mark of an incise ("« … », a averti Kiev";
repairs.inverted_subject). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "opening": "Le Premier ministre norvégien, Lars Berg, « félicite chaleureusement » le président chilien Pablo Soto.",
}

# (the conftest's `events` fixture analyses TEXTS)


def test_the_subject_before_an_opening_quotation_mark_acts(events):
    coded = {(e.type, e.actor.actor, e.recipient.actor) for e in events["opening"] if not e.negated}
    assert coded == {("SUPPORT", "person:lars-berg", "person:pablo-soto")}
