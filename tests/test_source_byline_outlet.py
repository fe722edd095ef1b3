"""The article's own outlet named in its dateline (nlp/sources.py): a credit in brackets before the
dateline's dash that names a listed outlet, not an agency ("Goma, 3 mars 2024 (ACTUALITE.CD) –"),
is the article's byline, so the outlet's citations of itself ("a constaté Actualite.cd") are no
sources (GUIDELINES §3); the credit stays, as with an address (extract.source_records), and an
agency's citations of itself stay too. Invented sentences."""
from source_texts import cited


def test_an_outlet_in_the_dateline_is_the_article_s_own():
    own, agency = cited(
        "Goma : la route rouverte\n\nGoma, 3 mars 2024 (ACTUALITE.CD) – La route de Sake a rouvert mardi, "
        "a constaté Actualite.cd. Le gouverneur a confirmé la réouverture à Radio Okapi.",
        "Goma : la route rouverte\n\nGoma, 3 mars 2024 (AFP) – La route de Sake a rouvert mardi, a constaté l'AFP.")
    assert [evidence for _, evidence, _ in own] == ["(ACTUALITE.CD)", "confirmé la réouverture à Radio Okapi"]
    assert [name for name, _, _ in agency] == ["AFP", "AFP"]
