"""Hyphenated names of states and capitals the gazetteer lists are one token, as spaCy keeps
"États-Unis": split in three ("Pays", "-", "Bas"), the parser broke the list of states they stood in."""


def test_a_hyphenated_state_name_is_one_token():
    from newsgraph.nlp.pipeline import load_pipeline
    nlp = load_pipeline("fr")
    words = [t.text for t in nlp.make_doc("Les Pays-Bas, la Guinée-Bissau et Addis-Abeba.")]
    assert words == ["Les", "Pays-Bas", ",", "la", "Guinée-Bissau", "et", "Addis-Abeba", "."]
    # a hyphenated word no gazetteer lists is split as before
    assert "-" in [t.text for t in nlp.make_doc("Les Pays-Hauts voisins.")]


def test_a_list_with_a_hyphenated_state_keeps_its_first_member():
    import newsgraph
    article = newsgraph.analyze("Accord\n\n3 mai 2024. - Les Pays-Bas et l'Italie ont signé un accord "
                                "avec le Maroc.", lang="fr", published="2024-05-03")
    pairs = {(e.actor.actor, e.recipient.actor) for e in article.events if e.type == "AGREE"}
    assert ("country:NLD", "country:MAR") in pairs and ("country:ITA", "country:MAR") in pairs
