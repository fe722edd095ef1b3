"""An act told with an additive adverb ("également", "aussi"; event_additive_adverbs.txt) and no
recipient of its own is the same act as the one of its kind just told by another actor, aimed
where it went, not a reaction to that actor (parallel.additive_act, read before reactions).
Invented texts, full pipeline."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "also_condemned": "Le Mexique a condamné lundi le Guatemala. Le Honduras a également condamné cette "
                      "décision.",
    "aussi": "Le Chili a accusé la Bolivie d'ingérence. L'Argentine a aussi dénoncé une provocation.",
    # the object stands for someone of the actor's own: aimed there, not where the act before went
    "own_people": "Le Japon a soutenu lundi la Corée du Sud. La Chine a également rassuré son propre peuple.",
    "reaction": "Le Guatemala a expulsé deux diplomates mexicains. Le Mexique a condamné cette décision.",
}
TITLED = True


def test_an_additive_act_goes_where_the_act_before_went(events):
    assert ("ACCUSE", "country:HND", "country:GTM") in coded(events, "also_condemned")
    assert not any(a == "country:HND" and r == "country:MEX" for _, a, r in coded(events, "also_condemned"))
    assert ("ACCUSE", "country:ARG", "country:BOL") in coded(events, "aussi")
    assert not any(a == "country:ARG" and r == "country:CHL" for _, a, r in coded(events, "aussi"))


def test_without_the_adverb_a_reaction_still_answers(events):
    assert ("ACCUSE", "country:MEX", "country:GTM") in coded(events, "reaction")


def test_an_object_standing_for_someone_keeps_the_act_from_the_one_before(events):
    assert not any(a == "country:CHN" for _, a, _ in coded(events, "own_people"))
