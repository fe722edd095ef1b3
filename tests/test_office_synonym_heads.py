"""An office's other name heads a description as the office does ("le monarque" for a king named
before, "la souveraine" for a queen): it is resolved to the person whose role it echoes
(descriptions._role_head reads lang/fr/role_synonyms.tsv forms too). Invented sentences."""


def test_monarch_takes_up_the_king_named_before(analyze):
    text = ("Un titre sans rapport\n\n"
            "Ce jeudi, le roi du Lesotho, Moshoeshoe V, a décidé de renommer le pays. En avril, le monarque "
            "avait déclaré que le nom de la nation était « hérité des colons ».")
    article = analyze(text, published="2024-03-05", lang="fr")
    assert [q.speaker.name for q in article.quotes if "hérité" in q.text] == ["Moshoeshoe V"]
