"""A speech infinitive after a preposition of time going on from a clause ("…, avant d'ajouter que
…", "…, après avoir rappelé que …"; sequence_preposition in attribution_words.tsv) is a cue of the
one who speaks that clause, and ends the clause a cue before it reports. Real French model; the
sentences are invented."""

import pytest

PUBLISHED = "2024-03-05"


def quotes(analyze, sentence):
    text = "Un titre sans rapport\n\n" + sentence
    return [(q.type, q.text, q.speaker.name) for q in analyze(text, published=PUBLISHED).quotes]


@pytest.mark.parametrize("sentence, first, second", [
    ("La maire Lucie Ferrand a assuré que le pont serait rouvert, avant d'ajouter que les travaux dureraient.",
     "le pont serait rouvert", "les travaux dureraient"),
    ("La maire Lucie Ferrand a assuré que le pont serait rouvert, après avoir rappelé que les travaux dureraient.",
     "le pont serait rouvert", "les travaux dureraient"),
])
def test_a_sequel_infinitive_is_a_second_report_of_the_same_speaker(analyze, sentence, first, second):
    assert quotes(analyze, sentence) == [("indirect", first, "Lucie Ferrand"), ("indirect", second, "Lucie Ferrand")]


def test_a_sequel_infinitive_after_a_clause_that_reports_nothing(analyze):
    found = quotes(analyze, "Le préfet Marc Vidal a visité le chantier avant d'annoncer que le pont rouvrirait.")
    assert found == [("indirect", "le pont rouvrirait", "Marc Vidal")]


def test_an_adverb_before_a_gerund_does_not_hide_it_from_the_clause_before(analyze):
    # "…, tout en reconnaissant que …": the gerund's words are its own report, not more of the first
    found = quotes(analyze, "La maire Lucie Ferrand a assuré que le pont serait rouvert, tout en reconnaissant "
                            "que les travaux dureraient.")
    assert ("indirect", "le pont serait rouvert", "Lucie Ferrand") in found


def test_a_speech_infinitive_of_aim_is_a_cue_one_of_cause_is_not(analyze):
    found = quotes(analyze, "Le préfet Marc Vidal a réuni les élus pour annoncer que le pont rouvrirait.")
    assert found == [("indirect", "le pont rouvrirait", "Marc Vidal")]
    # "pour avoir dit": why he is blamed, no statement of his read from the preposition
    found = quotes(analyze, "Le préfet Marc Vidal a été sanctionné pour avoir annoncé que le pont rouvrirait.")
    assert ("indirect", "le pont rouvrirait", "Marc Vidal") not in found


def test_an_infinitive_reporting_nothing_does_not_cut_the_clause_before(analyze):
    # "pour répondre aux inquiétudes", "après avoir annoncé sa démission": no clause or quotation
    # of their own, so the reported clause goes on over them
    found = quotes(analyze, "Le ministre Paul Dumas a déclaré que le gouvernement agirait vite, pour répondre "
                            "aux inquiétudes des habitants.")
    assert found == [("indirect", "le gouvernement agirait vite, pour répondre aux inquiétudes des habitants",
                      "Paul Dumas")]
    found = quotes(analyze, "Le ministre Paul Dumas a expliqué que le président, après avoir annoncé sa démission, "
                            "avait quitté la salle.")
    assert [q[1] for q in found] == ["le président, après avoir annoncé sa démission, avait quitté la salle"]


def test_a_sequel_after_an_inverted_incise_is_the_incise_speakers(analyze):
    # the parse makes the euphonic "-t" the incise's subject and hangs "-elle" on it: the pronoun
    # speaks, not a noun of the quoted words before it
    found = quotes(analyze, "La maire Lucie Ferrand a visité le chantier. « Les riverains ont été patients », "
                            "a-t-elle souligné, avant d'annoncer une « réouverture rapide ».")
    assert ("mixed", "une « réouverture rapide »", "Lucie Ferrand") in found


def test_a_sequel_after_a_reported_clause_is_the_reporters(analyze):
    # ", avant de …" hung by the parse on the verb of the que-clause: its subject only figures in
    # the words; the one who reports the clause goes on
    found = quotes(analyze, "La maire Lucie Ferrand a visité le chantier. Elle a regretté que les riverains "
                            "aient subi « la poussière », avant d'annoncer une « réouverture rapide ».")
    assert ("mixed", "une « réouverture rapide »", "Lucie Ferrand") in found
