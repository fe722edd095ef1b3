"""A possessive designation in a closing incise ("…, a confirmé son cabinet") is owned by the
subject of the words it reports, whom they are about, not by the latest person named inside them
(antecedents.reported_subject). Real French model; the sentences are invented."""


PUBLISHED = "2024-01-15"


def test_the_reported_subject_owns_the_closing_incise_s_possessive(analyze):
    text = ("Un titre sans rapport\n\nLa ministre de l'Industrie, Claire Vasseur, s'est entretenue jeudi avec son "
            "homologue allemand, Peter Kraus, à Berlin, a confirmé son cabinet.")
    article = analyze(text, published=PUBLISHED)
    assert [q.speaker.name for q in article.quotes] == ["cabinet de Claire Vasseur"]
