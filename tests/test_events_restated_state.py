"""A bare state noun ("le régime") takes up the state the article named that noun with before ("le
régime de Bachar el-Assad": the leader's state; "le régime syrien": the demonym), rather than the
state named last, which may be its own clause's subject (sides.restated_state). Invented
sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "leader": ("Le régime de Bachar el-Assad a perdu la ville. La Turquie et la France ont dénoncé "
               "mardi les violences. Mercredi, la France a condamné le régime."),
    "demonym": "Le régime syrien a perdu la ville. Mercredi, la France a condamné le régime.",
    "indefinite": ("Le régime de Bachar el-Assad a perdu la ville. Mercredi, la France a condamné "
                   "un régime voisin."),
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_bare_state_noun_takes_up_the_state_it_was_named_with(events):
    assert ("country:FRA", "country:SYR") in pairs(events, "leader")
    assert ("country:FRA", "country:SYR") in pairs(events, "demonym")



def test_an_indefinite_noun_takes_up_nothing(events):
    assert ("country:FRA", "country:SYR") not in pairs(events, "indefinite")
