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


def test_a_credit_after_a_byline_or_a_dash():
    """ "Par la rédaction avec AFP", "Le Soir avec Belga": the byline is the outlet's own, the agency
    after the lead is the credit; "— Avec l'AFP" after a dash; "Avec l'agence Belga" with its noun."""
    bylined, outlet, dashed, noun = cited(BODY + "Par la rédaction avec AFP et Reuters", BODY + "Le Soir avec Belga",
                                          BODY + "— Avec l'AFP", BODY + "Avec l'agence Belga")
    assert [(name, evidence) for name, evidence, _ in bylined] == \
        [("AFP", "avec AFP et Reuters"), ("Reuters", "avec AFP et Reuters")]
    assert [(name, evidence) for name, evidence, _ in outlet] == [("Belga", "avec Belga")]
    assert [name for name, _, _ in dashed] == ["AFP"]
    assert [name for name, _, _ in noun] == ["Belga"]


def test_a_joint_bare_credit_closing_the_text():
    joint, person = cited(BODY + "AFP/Belga", BODY + "Il a dîné ce soir-là avec Marc Dupont")
    assert [name for name, _, _ in joint] == ["AFP", "Belga"]
    assert person == []


def test_a_closing_credit_run_into_the_last_sentence():
    """A scraper lost the break before the credit line: after the last sentence's final mark, at
    the end of the text only, bare or after its lead; a lead word inside the sentence is no credit."""
    bare, led, inside, person = cited(BODY.rstrip() + " La Presse canadienne",
                                      BODY.rstrip()[:-1] + " «sans délai».Avec AFP",
                                      BODY.rstrip() + " Elle est partie avec Reuters",
                                      BODY.rstrip() + " Avec Marc Dupont")
    assert [(name, evidence) for name, evidence, _ in bare] == [("La Presse canadienne", "La Presse canadienne")]
    assert [(name, evidence) for name, evidence, _ in led] == [("AFP", "Avec AFP")]
    assert inside == [] and person == []


def test_a_credit_name_with_no_break_spaces():
    """Scraped copy types a space of the agency's name as a no-break space: the credit still
    names the listed agency, bare on its line or in brackets."""
    bare, bracketed = cited(BODY + "La\u00a0Presse canadienne",
                            BODY.rstrip() + " (La\u00a0Presse\u00a0canadienne)")
    assert [(name, evidence) for name, evidence, _ in bare] == [("La Presse canadienne", "La\u00a0Presse canadienne")]
    assert [name for name, _, _ in bracketed] == ["La Presse canadienne"]
