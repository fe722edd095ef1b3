"""A channel named between an incise's verb and its inverted subject ("a affirmé sur RTL l'un des
grévistes, X") is no speaker: the noun phrase after it speaks, here under the name in apposition
(nlp/speaker_mentions.py clean_mention). Invented sentences."""


def test_medium_before_the_inverted_subject_is_skipped(analyze, speakers_of):
    text = ("Grève\n\n3 mars 2019. – La grève a pris un tour inédit. "
            "« On ne lâchera rien », a affirmé sur RTL l'un des manifestants, Marc Dubois.")
    article = analyze(text, published="2019-03-03", lang="fr")
    assert speakers_of(article, "On ne lâchera rien") == ["Marc Dubois"]
