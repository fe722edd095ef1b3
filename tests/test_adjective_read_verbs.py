"""A present speech verb the tagger reads as an adjective ("Le maire déplore que …": "déplore"
tagged ADJ, lemma "déplor") is a cue when it follows its subject noun and a complementizer
follows it (misread_verbs.adjective_read_verb); a participle tagged as an adjective is not. Real French
model; the sentences are invented."""

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


def test_an_adjective_read_verb_before_que_reports_its_clause(analyze):
    article = analyze(TITLE + "Le syndicat déplore que la digue ne tiendra pas l'hiver.", published=PUBLISHED)
    assert [(q.cue.text, q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == \
        [("déplore", "la digue ne tiendra pas l'hiver", "Le syndicat")]


def test_an_adjective_read_verb_before_que_with_a_connector(analyze):
    article = analyze(TITLE + "La ministre déplore toutefois que la digue ne tiendra pas l'hiver.",
                      published=PUBLISHED)
    assert [(q.cue.text, q.text) for q in article.quotes] == [("déplore", "la digue ne tiendra pas l'hiver")]


def test_a_participle_adjective_before_que_is_no_cue(analyze):
    article = analyze(TITLE + "Le maire, persuadé que la digue tiendra, est rentré chez lui.", published=PUBLISHED)
    assert article.quotes == []
