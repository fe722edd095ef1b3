"""Two misreadings of "de" around an event: a name the parser made a direct object though "de"
introduces it ("a reçu de la Norvège des vivres": where the goods come from, no one hosted), and a
noun's "de" complement hung on the place before it ("la visite à Lima du président chilien"; a
place has no person of its own). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "from_state": "Le Niger a reçu de la Norvège des vivres et des tentes.",
    "from_plural_state": "Le Niger a reçu des Philippines des vivres et des tentes.",
    "hosted": "Le Niger a reçu la Norvège pour des consultations.",
    "visit_after_place": "Les médias ont commenté la visite à Lima de Gabriel Boric.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.mode, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_state_things_come_from_is_not_hosted(events):
    for name in ("from_state", "from_plural_state"):
        assert not any(mode == "host" for _, mode, _, _ in coded(events, name)), name


def test_a_state_received_as_a_guest_is_still_hosted(events):
    assert ("CONSULT", "host", "country:NER", "country:NOR") in coded(events, "hosted")


def test_the_person_after_the_place_makes_the_visit(events):
    assert any(t == "CONSULT" and mode == "visit" and r == "country:PER"
               for t, mode, _, r in coded(events, "visit_after_place"))
