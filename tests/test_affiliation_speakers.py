"""A party or political family (affiliation_nouns.txt) heads a speaker like a role does: "Les
indépendantistes dénoncent une « … »" is their statement. Real French model; the sentences are
invented."""


def test_a_political_family_speaks(analyze):
    text = ("Un titre sans rapport\n\nLe président régional a annoncé une consultation. Les écologistes, eux, "
            "dénoncent une « dérive autoritaire ».")
    found = [(q.text, q.speaker.name) for q in analyze(text, published="2017-05-10").quotes]
    assert ("une « dérive autoritaire »", "Les écologistes") in found
