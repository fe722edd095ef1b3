"""One interaction read twice from one mention (a predicate noun and its participle: "le
cessez-le-feu conclu entre X et Y") is one event (merging._told_together); the same pair with
another type, in another sentence, or by coordinated predicates stays apart. Invented sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "noun_and_participle": "Le cessez-le-feu conclu entre le Tchad et le Soudan a été violé.",
    "two_acts": "Le Tchad a rencontré le Soudan en mars. Le Tchad a signé un accord avec le Soudan en mai.",
    "coordinated": "Le Tchad a expulsé deux diplomates soudanais et a sanctionné les services de renseignement soudanais.",
}
TITLED = True  # an article's first paragraph is its title

# (the conftest's `events` fixture analyses TEXTS)


def kinds(events, name):
    return [e.type for e in events[name] if not e.negated]


def test_a_noun_and_its_participle_are_one_event(events):
    assert kinds(events, "noun_and_participle") == ["AGREE"]


def test_distinct_acts_of_one_pair_stay_apart(events):
    assert sorted(kinds(events, "two_acts")) == ["AGREE", "CONSULT"]


def test_coordinated_predicates_are_two_acts(events):
    assert kinds(events, "coordinated") == ["SANCTION", "SANCTION"]
