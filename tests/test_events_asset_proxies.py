"""A state's assets named by its demonym ("des sites iraniens", "des infrastructures
ukrainiennes") stand for that state as the target of an attack, as "des positions russes" do,
never a group of people of their own. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "sites": "Israël a poursuivi ses frappes sur plusieurs sites iraniens dans la nuit.",
    "infrastructures": "La Russie a mené des frappes contre des infrastructures ukrainiennes.",
}

TITLED = True


def test_assets_stand_for_their_state(events):
    assert ("ASSAULT", "country:ISR", "country:IRN") in coded(events, "sites")
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "infrastructures")
    assert all(r.startswith("country:") for _, _, r in coded(events, "infrastructures"))
