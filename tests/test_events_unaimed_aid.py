"""Aid told with no recipient named and none just told goes to the state the article is about
("le Qatar a envoyé des hôpitaux de campagne" in an article on Lebanon's disaster), when its donors
are of other states; not aid told inside another act ("accuse X d'avoir acheminé …", "en armant
…"), aid aimed at someone who is no actor ("aux programmes de l'agence"), nor aid in an article
whose state gives aid itself. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "disaster": "Une explosion a dévasté le port de Beyrouth. Le Liban a demandé l'aide internationale. "
                "Le Qatar et la Jordanie ont envoyé des hôpitaux de campagne. Le Liban compte ses morts.",
    "inside": "Le Kremlin a accusé les pays occidentaux de prolonger le conflit en armant des groupes. "
              "L'Ukraine résiste. L'Ukraine se bat.",
    "programmes": "La Suisse a versé une contribution de 1,5 million de francs aux programmes de l'agence. "
                  "La Russie occupe la centrale. La Russie refuse.",
    "donor": "La Suisse a versé 10 millions de francs à l'UNRWA. La Suisse est un donateur fidèle. "
             "L'Allemagne et la Suède ont aussi repris leurs versements. La Suisse attend.",
}

TITLED = True  # (the conftest's `events` fixture analyses TEXTS after a headline)


def test_aid_with_no_recipient_goes_to_the_state_the_article_is_about(events):
    assert ("AID", "country:QAT", "country:LBN") in coded(events, "disaster")
    assert ("AID", "country:JOR", "country:LBN") in coded(events, "disaster")


def test_aid_told_inside_another_act_goes_nowhere(events):
    assert not any(t == "AID" for t, *_ in coded(events, "inside"))


def test_aid_aimed_at_no_actor_goes_nowhere(events):
    assert not any(t == "AID" for t, *_ in coded(events, "programmes"))


def test_aid_in_a_donors_article_goes_nowhere_else(events):
    assert not any(t == "AID" and r == "country:CHE" for t, _, r in coded(events, "donor"))
