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


def test_a_surname_tagged_as_an_adverb_after_a_civility_title(reports):
    # the tagger reads "Macron" after "M." as an adverb: the mention is not cut to "M."
    found = reports("Emmanuel Macron a visité l'usine. Le site rouvrira en juin après des travaux sur la ligne "
                    "de montage, a indiqué M. Macron, qui a aussi annoncé une aide « dans les prochains jours » "
                    "pour les salariés.")
    assert [speaker for _, speaker, _ in found] == ["Emmanuel Macron", "Emmanuel Macron"]
