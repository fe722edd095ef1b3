"""A participle of doing or claiming on an act noun names the act's author in its "par" complement
(event_authoring_participles.txt), also when the parser hangs it, after a comma, on the verb the
noun depends on; a participle of judging names none. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "claimed": "Le tourisme a chuté après l'attentat de Sousse en 2015, revendiqué par l'État islamique.",
    "led": "Le ministre a évoqué l'attaque contre la Turquie, menée par la Syrie.",
    "condemned": "Le ministre a évoqué l'attaque contre la Turquie, condamnée par la Syrie.",
}
TITLED = True


def test_a_claimed_attack_is_the_claimant_s(events):
    # the recogniser tags "attentat de Sousse" as one event name: the place after "de" is still read
    assert ("ASSAULT", "org:etat-islamique", "country:TUN") in coded(events, "claimed")


def test_a_led_attack_is_its_leader_s(events):
    assert ("ASSAULT", "country:SYR", "country:TUR") in coded(events, "led")


def test_a_condemned_attack_is_not_the_condemner_s(events):
    assert ("ASSAULT", "country:SYR", "country:TUR") not in coded(events, "condemned")
