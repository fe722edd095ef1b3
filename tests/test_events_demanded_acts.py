"""An act that is only demanded is no event of its own: an infinitive the parser hung on the
object of a demand verb ("a appelé l'UE à imposer des sanctions"), and a noun a demanded stop noun
ends ("réclame la suspension de l'accord", "exige la fin de l'aide"). The demand is the event.
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "called": "Le Chili a appelé l'Union européenne à imposer des sanctions à la Bolivie.",
    "suspend": "Le forum a appelé l'Union européenne à suspendre toute coopération avec la Tunisie.",
    "end": "Le Chili exige la fin de l'aide américaine à la Bolivie.",
    "claimed": "La Bolivie réclame la suspension de l'accord de coopération entre l'UE et le Chili.",
    "done": "L'Union européenne a imposé des sanctions à la Bolivie.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_demanded_sanctions_are_none(events):
    assert ("REQUEST", "country:CHL", "org:ue") in coded(events, "called")
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "called"))
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "suspend"))


def test_a_demanded_end_stops_nothing(events):
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "end"))
    assert not any(t == "SANCTION" for t, _, _ in coded(events, "claimed"))


def test_sanctions_imposed_stay(events):
    assert ("SANCTION", "org:ue", "country:BOL") in coded(events, "done")
