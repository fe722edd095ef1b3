"""A quotation introduced by a colon, then an incise ('Sen. X rebuked her: "…," he said.'): the words
before the colon are the journalist's, naming the speaker, so the incise does not read the whole
sentence as a mixed quote; the quotation is a direct quote of the cue before the colon
(incise_reports._after_introducing_colon). Invented text, English model."""

TEXT = ("Medical devices under fire\n\n"
        "Republican Sen. Mark Delaney (R-Ohio) rebuked her: “The whole industry is united against you on the "
        "safety of the two devices you called ‘breakthroughs,’” he said. “When you sell a gadget as a cure, and it "
        "is something that gives patients false hope, I do not see why you need to do that.”")


def test_colon_introduced_quotation_before_an_incise(analyzed):
    article = analyzed({"colon": TEXT}, lang="en")["colon"]
    found = [(q.type, q.text[:30], q.speaker.actor) for q in article.quotes]
    assert not any("Delaney" in q.text for q in article.quotes)
    assert ("direct", "The whole industry is united a", "person:mark-delaney") in found
