"""A party label in brackets between an incise's subject and its verb ("…, Rep. Ann Roe (D-Md.)
said.") does not cut the incise from its subject (invented text)."""
import newsgraph


def test_a_bracketed_label_after_the_name_keeps_the_incise():
    text = ("Storm damage hits the coast.\n\n"
            "The harbor wall was too old to hold back the storm, Rep. Anna Lowell (D-Md.) said in a phone interview.")
    quotes = newsgraph.analyze(text, published="2024-05-02", lang="en").quotes
    found = [q for q in quotes if q.text.startswith("The harbor wall")]
    assert found and found[0].type == "indirect" and found[0].speaker.name == "Anna Lowell"
