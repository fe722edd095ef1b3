"""An organisation no list knows (a party, an association) in a dispatch credited to a national
agency ("Lima (Belga) –") is presumed of the agency's country: its demand of that state is a
domestic interaction, no event (guidelines §7); its demand of another state still is one.
Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "own": "Mission belge au Chili\n\nSantiago (Belga) – L'association Solidarité Mondiale Flandre a "
           "demandé mardi que la Belgique suspende ses achats de cuivre.",
    "foreign": "Mission belge au Chili\n\nSantiago (Belga) – L'association Solidarité Mondiale Flandre a "
               "demandé mardi au Chili de protéger les mineurs.",
    "no agency": "Mission belge au Chili\n\nL'association Solidarité Mondiale Flandre a "
                 "demandé mardi que la Belgique suspende ses achats de cuivre.",
}

TITLED = True


def test_a_national_agency_presumes_its_country_for_unlisted_bodies(events):
    assert not any(r == "country:BEL" or a == "country:BEL" for _, a, r in coded(events, "own"))
    assert any(r == "country:CHL" for _, _, r in coded(events, "foreign"))
    # with no agency credited, nothing says whose association it is: the demand stays
    assert ("REQUEST", "org:solidarite-mondiale-flandre", "country:BEL") in coded(events, "no agency")
