"""A subject pronoun the quotes layer read as a speaker ("…, il a dénoncé l'« agression » …")
takes the actor the speaker resolver gave it before a mention of its own sentence that agrees in
nothing ("Dans une lettre adressée à l'Union européenne, il …"), while the subject of the
previous sentence still comes first when that sentence names one (antecedents.quoted_speaker).
A subject pronoun nothing else takes up gets the speaker resolver's reading when that is a person
(antecedents._resolved). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "addressee_before": "Le ministre suédois des Affaires étrangères, Lars Nilsson, a rencontré mardi son "
                        "homologue norvégien. Dans une lettre adressée à l'Union européenne, il a dénoncé "
                        "l'« agression » de la Russie en Ukraine.",
    # no quote, and the previous sentence's subject names no actor: the speaker resolver's reading
    "resolved": "Le président sénégalais Macky Sall a atterri lundi à Paris. Selon son entourage, la visite "
                "durera trois jours. Il a rencontré mardi le chancelier allemand Olaf Scholz.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def accusers(events, name, target):
    return {e.actor.actor for e in events[name] if e.type == "ACCUSE" and e.recipient is not None
            and e.recipient.actor == target}


def test_the_speaker_resolved_by_the_quotes_is_the_pronoun_subject(events):
    found = accusers(events, "addressee_before", "country:RUS")
    assert found and all(actor != "org:ue" and "ue" not in (actor or "").split(":")[-1:] for actor in found)
    assert any((actor or "").startswith("person:lars-nilsson") or actor == "country:SWE" for actor in found)


def test_a_pronoun_nothing_else_takes_up_gets_the_speaker_resolver_s_person(events):
    meetings = {(e.actor.actor, e.recipient.actor if e.recipient else None)
                for e in events["resolved"] if e.type == "CONSULT"}
    assert any((actor or "").startswith("person:macky-sall") and (target or "").startswith("person:olaf")
               for actor, target in meetings)

