"""A symmetric agreement both sides signed that is broken in the passive ("le cessez-le-feu signé
par A et B a été rompu"): no sanction of one signer against the other, the signing stays an
agreement (predicates.is_stopped); an aid granted by one to the other and suspended stays a
sanction. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "broken": "La trêve signée par le Soudan et le Tchad a été rompue hier.",
    "suspended_aid": "L'aide accordée par la Suède à la Bolivie a été suspendue.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor if e.recipient else None)
            for e in events[name] if not e.negated}


def test_a_broken_agreement_of_both_signers_is_no_sanction(events):
    found = pairs(events, "broken")
    assert not any(kind == "SANCTION" for kind, _, _ in found)
    assert any(kind == "AGREE" and {a, r} == {"country:SDN", "country:TCD"} for kind, a, r in found)


def test_a_suspended_aid_stays_a_sanction(events):
    assert ("SANCTION", "country:SWE", "country:BOL") in pairs(events, "suspended_aid")
