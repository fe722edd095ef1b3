"""A word of a person's name is no agent noun, though it ends like one ("Xavier" like "banquier"):
the name after a place's comma is no role of that place, and the place no person
(roles.role_after). Invented sentences."""


def test_a_given_name_with_an_agent_ending_describes_no_place(analyze):
    text = ("Migrants\n\n"
            "Le président de la Région Hauts-de-France, Xavier Lemercier, estime que la France « fait le travail "
            "des autres ».")
    article = analyze(text, published="2023-03-11", lang="fr")
    persons = [(a.name, a.role) for a in article.actors if a.kind == "person"]
    assert persons == [("Xavier Lemercier", "président de la Région Hauts-de-France")]
