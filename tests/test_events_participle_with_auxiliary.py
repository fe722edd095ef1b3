""""L'armée X a de nouveau bombardé dans la nuit …": the parser may make the subject noun the root
and hang the participle on it as a modifier, though the participle has its own tense auxiliary. A
participle conjugated with "avoir" is active: the noun it hangs on is its subject
(repairs.hung_subject), not the surface subject of a passive ("les groupes soutenus par X").
Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "hung": "L'armée israélienne a de nouveau bombardé dans la nuit la banlieue nord de Damas, fief du régime.",
    "passive": "Les rebelles soutenus par la Turquie ont perdu du terrain face à l'armée syrienne.",
}


def coded(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor) for e in events[name] if not e.negated}


def test_a_participle_with_its_auxiliary_is_done_by_the_noun_it_hangs_on(events):
    assert ("ASSAULT", "country:ISR", "country:SYR") in coded(events, "hung")


def test_a_participle_without_auxiliary_stays_passive(events):
    assert not any(actor != "country:TUR" for kind, actor, _ in coded(events, "passive") if kind == "SUPPORT")
