"""A description headed by a periphrasis of an office that is no role noun itself ("le monarque",
"le souverain": role_synonyms.tsv) is read as a role description: it takes up the person whose
role the periphrasis names ("le roi du Lesotho, X") (nlp/descriptions.py, Descriptions._role_head).
Invented sentences."""


def test_periphrasis_heads_a_role_description(analyze):
    article = analyze("Un titre sans rapport\n\nCe jeudi, le roi du Lesotho, Letsie IV, a décidé de renommer la "
                      "capitale.\n\nDans un discours le 19 avril, le monarque avait déclaré que le nom de la ville "
                      "était « hérité des colons ».", published="2024-03-05")
    quote = next(q for q in article.quotes if "hérité" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Letsie IV"
