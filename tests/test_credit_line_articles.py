"""A credit line closing a web article names the agency with its article or not ("Avec
l'Agence France-Presse", "Avec La Presse canadienne"): source_credits._credit_line reads the
pack's article_prefixes before the name. Invented texts."""
from source_texts import cited

BODY = "Un titre\n\nLa ministre a reçu mardi les maires des communes sinistrées à Namur.\n\n"


def test_an_agency_named_with_its_article_in_a_closing_credit():
    found, whole, topic = cited(BODY + "Avec l'Agence France-Presse", BODY + "Avec La Presse canadienne",
                                BODY + "Avec le Monde")
    assert [(name, evidence) for name, evidence, _ in found] == \
        [("Agence France-Presse", "Avec l'Agence France-Presse")]
    assert [name for name, _, _ in whole] == ["La Presse canadienne"]
    assert topic == []
