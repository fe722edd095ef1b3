"""The feminine "la magistrate" names an office as "le magistrat" does (lang/fr/role_nouns.txt):
as the subject of a weak speech verb it is a speaker, not a common noun. Invented sentences."""


def test_the_magistrate_reports(reports):
    found = reports("La magistrate a rappelé que la commune restait l'une des plus endettées du canton.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("La magistrate", "a rappelé")]
