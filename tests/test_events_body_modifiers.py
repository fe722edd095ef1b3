"""A state's own institutions are not the international body named before (invented texts):
only the bare singular "l'institution" / "l'ONG" takes it up (events/references.described_group;
the bare noun is tested in test_events_body_description)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body", ["les institutions libyennes ont", "l'institution militaire égyptienne a",
                                  "les institutions ont"])
def test_a_state_s_institutions_are_not_the_un(analyze, body):
    article = analyze(f"L'ONU a publié un rapport lundi. Mardi, {body} vivement critiqué la Tunisie.",
                      published="2019-03-05")
    assert not any(e.actor.actor == "org:onu" for e in article.events), \
        [(e.actor.actor, e.recipient.actor) for e in article.events]
