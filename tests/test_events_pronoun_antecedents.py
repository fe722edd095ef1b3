"""A plural subject pronoun ("Ils", "Elles") takes up a plural or coordinated noun phrase, never one
singular state (arguments.Resolver.antecedent); the source of a report marker ("Selon X, …") is
no antecedent of the reported clause's subject, and a side that clause's pronoun acts on is no
target of the source's own words (quote_targets.relayed_target). Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "singular_before": "Le Canada a accueilli une réunion à Ottawa. Elles ont condamné le Venezuela.",
    "plural_before": "Les États-Unis et le Japon ont tenu un sommet à Tokyo. Ils ont condamné la Corée du Nord.",
    "source": "Selon la Turquie, elles ont condamné la Grèce.",
    "source_singular": "Selon la Norvège, il a critiqué la Suède.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def pairs(events, name):
    return {(e.type, e.actor.actor, e.recipient.actor if e.recipient else None)
            for e in events[name] if not e.negated}


def test_a_plural_pronoun_does_not_take_up_one_state(events):
    assert not any(actor == "country:CAN" for _, actor, _ in pairs(events, "singular_before"))


def test_a_plural_pronoun_still_takes_up_a_coordination(events):
    actors = {actor for kind, actor, target in pairs(events, "plural_before") if target == "country:PRK"}
    assert actors == {"country:USA", "country:JPN"}


def test_the_source_of_a_report_is_not_the_subject_it_reports(events):
    assert not any(actor == "country:TUR" for _, actor, _ in pairs(events, "source"))
    assert not any(actor == "country:NOR" for _, actor, _ in pairs(events, "source_singular"))
