"""A speech verb's present participle after a comma and right before "que", read by the tagger as an
adjective of the name before it ("…, estime la ministre X, répétant que « … »"), is a participle:
its clause is reported, by the one it modifies (verb_tags._retag_present_participles). Invented."""


def test_participle_after_an_inverted_incise_reports_its_clause(reports):
    found = reports("« Nous ne céderons rien sur ce point » estime la ministre Claire Dubois, répétant que "
                    "« le budget restera stable ».")
    assert [(speaker, cue) for words, speaker, cue in found if "budget" in words] == [("Claire Dubois", "répétant")]
