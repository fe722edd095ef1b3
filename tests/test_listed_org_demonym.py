""""le Hezbollah libanais": a listed organisation named with the demonym of its own state after it
is that organisation (actors._listed_with_demonym), not a new unlisted one; another state's
demonym does not make it so. Invented sentences, full pipeline."""
from __future__ import annotations


def actor_ids(analyze, text):
    return {a.id for a in analyze(text, published="2024-05-02").actors}


def test_a_listed_organisation_with_its_own_demonym_is_that_organisation(analyze):
    ids = actor_ids(analyze, "Jeudi, le Hezbollah libanais a attaqué une patrouille israélienne.")
    assert "org:hezbollah" in ids
    assert "org:hezbollah-libanais" not in ids
