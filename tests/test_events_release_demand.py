"""A demand for a release names no one it is aimed at ("a réclamé la libération du journaliste"):
it goes to whoever just acted on the demander's people, else to the state the article is about
other than the demander's; not when the release's author is named by an agent, nor a demand
for something else naming no one. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "held": "Les autorités iraniennes ont arrêté deux Français. "
            "Paris a réclamé leur libération immédiate.",
    "topic": "L'Algérie a condamné l'écrivain à cinq ans de prison. L'Algérie refuse toute clémence. "
             "Le ministre français des Affaires étrangères Jean-Noël Barrot a demandé la libération de l'écrivain.",
    "agent": "L'Algérie a condamné l'écrivain à cinq ans de prison. L'Algérie refuse toute clémence. "
             "Le ministre français des Affaires étrangères Jean-Noël Barrot a demandé la libération rapide de "
             "l'écrivain par ses ravisseurs.",
    "other": "L'Algérie a condamné l'écrivain à cinq ans de prison. L'Algérie refuse toute clémence. "
             "Le ministre français des Affaires étrangères Jean-Noël Barrot a demandé une enquête.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_a_release_is_demanded_of_who_holds_the_demanders_people(events):
    assert ("REQUEST", "country:FRA", "country:IRN") in coded(events, "held")


def test_a_release_is_demanded_of_the_state_the_article_is_about(events):
    assert any(t == "REQUEST" and r == "country:DZA" for t, _, r in coded(events, "topic"))


def test_another_demand_naming_no_one_stays_unaimed(events):
    assert not any(t == "REQUEST" for t, *_ in coded(events, "other"))


def test_a_release_whose_author_is_named_is_no_demand_of_the_holder(events):
    # "par ses ravisseurs" names who is to free him (the pack's agent marker): not read from context
    assert not any(t == "REQUEST" and r == "country:DZA" for t, _, r in coded(events, "agent"))
