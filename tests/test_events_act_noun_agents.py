"""An act noun's doer named by an actor adjective or a "par" agent: the genitive is then what the
act is on ("la reconnaissance américaine du Kosovo", "le financement de l'armée malienne par la
France"), for the nouns whose genitive may name either side. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "adjective": "La reconnaissance américaine du Kosovo a irrité la Serbie.",
    "adjective_aid": "Le financement qatari du Hamas inquiète Israël.",
    "agent": "Le financement de l'armée malienne par la France a cessé.",
    "agent_reject": "Le rejet du plan ukrainien par la Russie a surpris Paris.",
    "genitive_doer": "Le refus de la Hongrie a bloqué le plan de la Commission européenne.",
}

TITLED = True


def test_an_actor_adjective_does_the_act_on_the_genitive(events):
    assert ("COOPERATE", "country:USA", "country:XKX") in coded(events, "adjective")
    assert ("AID", "country:QAT", "org:hamas") in coded(events, "adjective_aid")


def test_a_par_agent_does_the_act_on_the_genitive(events):
    assert ("AID", "country:FRA", "country:MLI") in coded(events, "agent")
    assert ("REJECT", "country:RUS", "country:UKR") in coded(events, "agent_reject")


def test_a_genitive_alone_still_names_the_doer(events):
    assert all(actor == "country:HUN" for _, actor, _ in coded(events, "genitive_doer"))


def test_the_agent_of_the_passive_verb_does_not_do_the_noun(analyzed):
    article = analyzed({"passive": "Le sommet a été convoqué à la demande de la France par l'Union africaine."},
                       headline=True)["passive"]
    assert not any(e.type == "REQUEST" and e.actor.actor == "org:ua" for e in article.events)
