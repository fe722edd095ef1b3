"""French speech verbs the table lacked (lang/fr/speech_verbs.tsv): a reply or an objection
("renchérit que", "objecte que"), an order ("enjoint au gouvernement de"), a recommendation
("préconise de"), a reaction ("s'étonne que"). Real French model; the sentences are invented."""

import pytest

PUBLISHED = "2024-03-05"
TITLE = "Un titre sans rapport\n\n"


@pytest.mark.parametrize("sentence, cue, words", [
    ("Le maire renchérit que la digue ne tiendra pas l'hiver.", "renchérit", "la digue ne tiendra pas l'hiver"),
    ("Le syndicat a objecté que la réforme coûtera trop cher.", "a objecté", "la réforme coûtera trop cher"),
    ("Le juge a enjoint au ministère de publier le rapport.", "a enjoint", "publier le rapport"),
    ("Le médecin préconise de fermer les écoles.", "préconise", "fermer les écoles"),
    ("Le maire s'étonne que la digue n'ait pas été réparée.", "s'étonne", "la digue n'ait pas été réparée"),
])
def test_a_verb_the_table_lacked_reports(analyze, sentence, cue, words):
    article = analyze(TITLE + sentence, published=PUBLISHED)
    assert [(q.cue.text if q.cue else None, q.text) for q in article.quotes] == [(cue, words)]
