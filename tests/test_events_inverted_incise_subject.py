"""The inverted subject of an incise ("a-t-il déclaré", "a-t-elle ajouté") is the quote's speaker:
a participle hung on the incise ("…, accusant X de …") acts with the speaker the quotes layer
resolved. Elsewhere an inverted pronoun names no one by itself. Invented sentences, full pipeline."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,actor,recipient", [
    ("Le ministre serbe Ivan Petrovic a reçu la presse. « Nous ne céderons pas », a-t-il déclaré, "
     "accusant Zagreb de mentir.", "person:ivan-petrovic", "country:HRV"),
    ("La ministre lituanienne Ona Kazlauskiene était à Vilnius mardi. « Notre patience a des limites », "
     "a-t-elle ajouté, reprochant à Minsk de bloquer la frontière.", "person:ona-kazlauskiene", "country:BLR"),
])
def test_the_incise_speaker_acts_the_participle(analyze, text, actor, recipient):
    found = {(e.type, e.actor.actor, e.recipient.actor) for e in analyze(text, published="2024-05-02").events
             if not e.negated}
    assert ("ACCUSE", actor, recipient) in found
