"""Breaking off relations is symmetric like restoring them: "X et Y ont rompu leurs relations" and
"les deux pays ont rompu leurs relations" name the pair through the plural subject, with no "avec"
complement (the `sym` flag on the verb row, as on the noun "rupture"). Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "pair": "Le Pérou et la Bolivie ont rompu leurs relations diplomatiques mardi.",
    "both": "La Suède a accusé l'Iran d'espionnage. Les deux pays ont rompu leurs liens diplomatiques.",
    "with": "Le Pérou a rompu ses relations diplomatiques avec la Bolivie.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_coordinated_subject_breaks_off_relations_with_each_other(events):
    assert ("SANCTION", "country:PER", "country:BOL") in coded(events, "pair")


def test_the_two_countries_named_before_break_off_relations(events):
    assert ("SANCTION", "country:SWE", "country:IRN") in coded(events, "both")


def test_the_partner_after_avec_is_still_read(events):
    assert ("SANCTION", "country:PER", "country:BOL") in coded(events, "with")
