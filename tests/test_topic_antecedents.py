"""A pronoun subject after a topic set before its clause ("Quant à X, il a …"; topic_marker in
attribution_words.tsv) takes that topic up, not the latest speaker. Real French model; the
sentences are invented."""

PUBLISHED = "2017-05-10"


def test_a_topic_before_the_clause_is_the_pronouns_antecedent(analyze):
    text = ("Un titre sans rapport\n\nLes députés ont adopté le texte. Pour Julie Bernard, il s'agit d'une "
            "« trahison ». Quant à Paul Mercier, il a fustigé une loi « scélérate ».")
    found = [(q.text, q.speaker.name) for q in analyze(text, published=PUBLISHED).quotes]
    assert ("une loi « scélérate »", "Paul Mercier") in found
