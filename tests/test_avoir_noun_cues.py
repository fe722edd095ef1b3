"""Cues (speech_verbs.tsv, lexicon.py): a fear, belief or hope said with "avoir" and a noun ("ont
peur que", "a l'impression que", "a bon espoir que") reports its que-clause like "craindre" or
"croire"; every word of a multiword verb's particle must follow the verb ("a la chance que" is no
"a la conviction que"). Real French model; the sentences are invented."""
import pytest


@pytest.mark.parametrize("sentence, cue", [
    ("Les syndicats agricoles ont peur que les aides baissent encore l'an prochain.", "ont peur"),
    ("La directrice a l’impression que les élèves lisent de moins en moins.", "a l’impression"),
    ("Le maire a bon espoir que le chantier se termine avant l'hiver.", "a bon espoir"),
    ("Les enquêteurs ont la conviction que le voleur connaissait les lieux.", "ont la conviction"),
])
def test_avoir_and_a_noun_of_thought_report_a_que_clause(reports, sentence, cue):
    found = reports(sentence)
    assert [c for _, _, c in found] == [cue]


@pytest.mark.parametrize("sentence", [
    "Les enfants ont peur du noir et des orages.",
    "Le club a la chance que son gardien soit en pleine forme.",
    "Le club a le sentiment du devoir accompli.",
])
def test_without_the_clause_or_the_whole_particle_nothing_is_reported(reports, sentence):
    assert reports(sentence) == []
