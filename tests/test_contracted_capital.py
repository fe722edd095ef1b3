"""A capital whose article a contraction swallowed ("au Caire", "du Caire" for "Le Caire") is the
capital, as "au Monde" is the paper: a visit there is a visit to its state."""
import newsgraph


def test_a_visit_to_a_capital_after_a_contraction():
    article = newsgraph.analyze("Visite\n\n12 mars 2024. - La réunion a eu lieu hier.\n\n"
                                "Le président congolais devrait se rendre au Caire.", lang="fr",
                                published="2024-03-12")
    pairs = {(e.actor.actor, e.recipient.actor) for e in article.events if e.type == "CONSULT"}
    assert ("country:COD", "country:EGY") in pairs
