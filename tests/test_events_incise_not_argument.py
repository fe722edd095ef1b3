"""A reporting incise the parser hung on an act's object as a clause ("a rejeté les propos du
président, rapporte le New Vision") names who reports the act, not whom it is aimed at: the search
for an actor inside a noun phrase enters no finite clause (Resolver.search). Invented texts, full
pipeline."""
from __future__ import annotations

TEXTS = {
    "incise_after_object": (
        "Le président kényan William Ruto a critiqué l'Ouganda lundi.\n\n"
        "A Kampala, la porte-parole du gouvernement ougandais, Sarah Opendi, a rejeté les propos du "
        "président, rapporte le New Vision."),
}

TITLED = True


def test_the_reporting_medium_is_no_recipient(events):
    rejections = [e for e in events["incise_after_object"] if e.type == "REJECT"]
    assert rejections and all("vision" not in (e.recipient.actor or "") for e in rejections)
    assert {e.recipient.actor for e in rejections} == {"person:william-ruto"}
