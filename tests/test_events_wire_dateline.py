"""The capital of a wire dateline ("PARIS (AFP) –") is where the dispatch was filed, not a
government that acts or is acted on; a bare "le gouvernement" with no state named before it is
still the dispatch's state. Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "filed": "PARIS (AFP) – La Chine a protesté mardi. Le pays a accusé le Japon de provocation.",
    "headline": "Expulsions à Bruxelles\n\nBruxelles (Belga) – La Russie a expulsé mardi deux diplomates belges.",
    "government": "KINSHASA (AFP) – Le gouvernement a accusé mardi le Rwanda de soutenir les rebelles du M23.",
    "bureau": "BANGKOK (AFP) – Le régime a accusé mardi la Chine d'ingérence. La Birmanie est dirigée par une "
              "junte depuis 2021. Selon des diplomates, la Birmanie reste isolée.",
}

TITLED = True


def test_the_dateline_is_no_party(events):
    assert not any("FRA" in (a or "") + (r or "") for _, a, r in coded(events, "filed"))
    assert ("SANCTION", "country:RUS", "country:BEL") in coded(events, "headline")
    assert not any(r == "org:ue" for _, _, r in coded(events, "headline"))


def test_the_dispatch_government_is_the_dateline_state(events):
    assert ("ACCUSE", "country:COD", "country:RWA") in coded(events, "government")


def test_a_regional_bureau_dispatch_is_about_the_state_it_names(events):
    # Thailand is never named, Myanmar twice: the regime is Myanmar's, not the bureau's host
    assert ("ACCUSE", "country:MMR", "country:CHN") in coded(events, "bureau")
    assert not any(a == "country:THA" for _, a, _ in coded(events, "bureau"))
