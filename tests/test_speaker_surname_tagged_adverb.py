"""A capitalised word after a name inside a speaker mention is a surname the tagger took for an
adverb, not the adverb that ends the mention ("Emmanuel Macron et Angela Merkel ont déclaré": both
speak) (nlp/speaker_mentions.py clean_mention). Invented sentences."""


def test_joint_persons_after_a_dateline(analyze):
    text = ("Accord\n\n"
            "3 mai 2017. – Emmanuel Macron et Angela Merkel ont déclaré que l'accord était « historique ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Emmanuel Macron et Angela Merkel"]


def test_lowercase_adverb_still_ends_the_mention(analyze):
    text = ("Accord\n\n"
            "3 mai 2017. – Le ministre aussi a déclaré que l'accord était « historique ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Le ministre"]
