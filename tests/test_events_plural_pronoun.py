"""A plural subject pronoun with nothing named before it in its sentence takes up every member of
the previous sentence's coordinated subject ("La Chine et la Russie … Elles ont condamné …":
arguments.Resolver.plural_antecedents); a singular one, or a previous subject of one member,
keeps the one antecedent. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "plural": "La Chine et la Russie ont tenu un sommet à Pékin. Elles ont condamné les États-Unis.",
    "singular": "La Chine et la Russie ont tenu un sommet à Pékin. Elle a condamné les États-Unis.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def accusers(events, name):
    return {e.actor.actor for e in events[name] if e.type == "ACCUSE" and not e.negated}


def test_a_plural_pronoun_takes_up_both_subjects(events):
    assert accusers(events, "plural") == {"country:CHN", "country:RUS"}


def test_a_singular_pronoun_takes_up_one(events):
    assert len(accusers(events, "singular")) <= 1
