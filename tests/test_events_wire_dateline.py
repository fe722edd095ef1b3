"""The capital of a wire dateline ("PARIS (AFP) –") is where the dispatch was filed, not a
government that acts or is acted on; a bare "le gouvernement" with no state named before it is
still the dispatch's state. Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "filed": "PARIS (AFP) – La Chine a protesté mardi. Le pays a accusé le Japon de provocation.",
    "headline": "Expulsions à Bruxelles\n\nBruxelles (Belga) – La Russie a expulsé mardi deux diplomates belges.",
    "government": "KINSHASA (AFP) – Le gouvernement a accusé mardi le Rwanda de soutenir les rebelles du M23.",
}

TITLED = True


def test_the_dateline_is_no_party(events):
    assert not any("FRA" in (a or "") + (r or "") for _, a, r in coded(events, "filed"))
    assert ("SANCTION", "country:RUS", "country:BEL") in coded(events, "headline")
    assert not any(r == "org:ue" for _, _, r in coded(events, "headline"))


def test_the_dispatch_government_is_the_dateline_state(events):
    assert ("ACCUSE", "country:COD", "country:RWA") in coded(events, "government")
