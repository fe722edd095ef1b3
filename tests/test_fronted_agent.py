"""A pronoun after a fronted participle with an agent (session fr8): "Interrogé par la radio X,
il a reconnu…" — the agent is the interviewer, the pronoun someone named before. The real model;
invented sentences."""


def test_the_agent_of_a_fronted_participle_is_not_the_pronouns_antecedent(analyze):
    text = ("Le gouverneur Paul Mbala a visité le port mardi. Interrogé par Radio Okapi sur les "
            "inondations, il a reconnu que les digues avaient cédé.")
    (quote,) = analyze(text, published="2022-05-03").quotes
    assert quote.speaker.name == "Paul Mbala"

