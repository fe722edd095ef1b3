""""Ce dernier", singular, takes up the last actor named in the singular: a demonym on a plural
noun ("les soldats kényans") is not it, the person named before is. Invented sentences, full
pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "plural": "Le ministre congolais Jean Mbala a reçu mardi les soldats kényans. Ce dernier a salué "
              "l'engagement du Kenya.",
    "singular": "Le ministre congolais Jean Mbala a reçu mardi le général kényan Paul Otieno. Ce dernier a "
                "salué l'engagement de la Tanzanie.",
}

TITLED = True


def test_the_latter_agrees_in_number(events):
    assert ("SUPPORT", "person:jean-mbala", "country:KEN") in coded(events, "plural")
    assert not any(a == "country:KEN" and r == "person:jean-mbala" for _, a, r in coded(events, "plural"))


def test_a_singular_latter_is_still_the_last_named(events):
    # the general, named last in the singular, praises Tanzania; the minister does not
    assert ("SUPPORT", "person:paul-otieno", "country:TZA") in coded(events, "singular")
    assert not any(a == "person:jean-mbala" and r == "country:TZA" for _, a, r in coded(events, "singular"))
