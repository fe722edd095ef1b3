"""A medium that another cited medium relays is cited too ("selon Reuters, qui cite le quotidien
Haaretz", "rapporte l'AFP, citant la BBC"): GUIDELINES §3 counts one entry per mention of a medium
cited as the origin or the channel of information, and the relayed medium is the origin (as
"citant la télévision d'État" already is for an unnamed one). Invented sentences."""
from source_texts import cited


def test_a_medium_relayed_by_a_cited_medium_is_cited():
    found = cited("Selon Reuters, qui cite le quotidien Haaretz, le gouvernement prépare une annexion.",
                  "Le gouvernement prépare une annexion, rapporte l'AFP, citant le quotidien Haaretz.")
    assert [[(name, evidence) for name, evidence, _ in f] for f in found] == [
        [("Reuters", "Selon Reuters"), ("Haaretz", "cite le quotidien Haaretz")],
        [("AFP", "rapporte l'AFP"), ("Haaretz", "citant le quotidien Haaretz")]]


def test_a_medium_a_person_cites_is_not_relayed():
    found = cited("Le ministre, citant le quotidien Haaretz, a dénoncé une annexion.")
    assert found == [[]]
