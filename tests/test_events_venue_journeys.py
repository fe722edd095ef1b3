"""A venue of international bodies (data/places.tsv, kind venue: Genève, Davos, New York …) locates
nothing of its own, but a journey's destination lies in its state: the place slot of a visit row
("se rendre à", "arriver à", "une visite à") reads the venue's state, and only there. A meeting held
at a venue visits no one, and the venue never counts among the article's countries. Invented
sentences, full pipeline."""
from __future__ import annotations

import pytest

from newsgraph.gazetteer import load_gazetteer

TEXTS = {
    "travel": "Le ministre indonésien des Affaires étrangères s'est rendu lundi à Genève.",
    "arrival": "La présidente colombienne est arrivée mardi à Davos pour le forum.",
    "two_words": "Le ministre japonais des Affaires étrangères se rendra jeudi à New York.",
    "meeting": "Le sommet entre la Russie et l'Ukraine s'est tenu mercredi à Genève.",
    "mention": "La conférence de Lausanne a réuni des experts venus de toute l'Europe.",
}

TITLED = True


@pytest.fixture(scope="module")
def articles(analyzed):
    return analyzed(TEXTS, headline=True)


def _visits(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if e.mode == "visit"}


def test_a_journey_to_a_venue_visits_its_state(events):
    assert ("country:IDN", "country:CHE") in _visits(events, "travel")
    assert ("country:COL", "country:CHE") in _visits(events, "arrival")


def test_a_venue_of_two_words_is_read_whole(events):
    assert ("country:JPN", "country:USA") in _visits(events, "two_words")


def test_a_meeting_held_at_a_venue_visits_no_one(events):
    assert not _visits(events, "meeting")
    assert not any(e.recipient.actor == "country:CHE" or e.actor.actor == "country:CHE" for e in events["meeting"])


def test_a_venue_is_never_one_of_the_article_countries(articles):
    for name in TEXTS:
        assert not any(a.country == "CHE" and a.kind == "country" for a in articles[name].actors), name


def test_the_gazetteer_gives_a_venue_its_state_apart_from_places():
    gazetteer = load_gazetteer()
    assert gazetteer.venue("Genève").iso3 == "CHE"
    assert gazetteer.place("Genève") is None
    assert gazetteer.venue("Kharkiv") is None
