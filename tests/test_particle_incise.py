"""A speech verb of several words (speech_verbs.tsv "croire savoir") as one cue, before its clause
and as an incise whose inverted subject follows the particle (nlp/incise_reports.py): no second
report of the bare infinitive, no particle in the speaker. Real French model; the sentences are
invented."""

PUBLISHED = "2024-03-05"


def quotes(analyze, text):
    article = analyze(text, published=PUBLISHED)
    return [(q.text, q.cue.text if q.cue else None, article.text[q.speaker.start:q.speaker.end]
             if q.speaker.start is not None else None) for q in article.quotes]


def test_croire_savoir_before_its_clause_is_one_cue(analyze):
    found = quotes(analyze, "Le Parisien croit savoir que le barrage a cédé dans la nuit.")
    assert [(text, cue) for text, cue, _ in found] == [("le barrage a cédé dans la nuit", "croit savoir")]


def test_an_incise_of_several_words_takes_its_subject_after_the_particle(analyze):
    found = quotes(analyze, "Le barrage a cédé dans la nuit, croit savoir le quotidien régional.")
    assert found == [("Le barrage a cédé dans la nuit", "croit savoir", "le quotidien régional")]
