"""Dispatch credits of the web press (nlp/source_credits.py), session 39: a joint credit of two
listed agencies ("(AFP/Reuters)") cites both; a credit line of its own without brackets ("Avec
AFP" closing the article) cites the agency; a desk's initials after the agency ("(ats/nxp)") and
a paragraph that only opens with "Avec" cite nothing more. Invented sentences, full pipeline."""

DAY = "2024-03-05"


def names(analyze, text):
    return [s.name for s in analyze(text, published=DAY).sources]


def test_a_joint_credit_cites_each_listed_agency(analyze):
    assert names(analyze, "Le barrage a cédé dans la nuit. (AFP/Reuters)") == ["AFP", "Reuters"]


def test_a_joint_credit_in_lower_case_cites_each_agency_by_its_listed_form(analyze):
    # the web press writes credits in lower case: the second agency is one too, named as listed
    assert names(analyze, "Le Conseil d'État a validé le budget mardi. (ats/afp)") == ["ATS", "AFP"]
    assert names(analyze, "Le barrage a cédé dans la nuit. (Belga/AFP)") == ["Belga", "AFP"]


def test_initials_after_the_agency_are_no_second_source(analyze):
    assert names(analyze, "Le Conseil d'État a validé le budget mardi. (ats/nxp)") == ["ATS"]


def test_a_credit_line_without_brackets_cites_the_agency(analyze):
    text = "Un titre sans rapport\n\nLe barrage a cédé dans la nuit.\n\nAvec AFP"
    article = analyze(text, published=DAY)
    assert [(s.name, text[s.start:s.end]) for s in article.sources] == [("AFP", "Avec AFP")]


def test_a_bare_credit_line_in_lower_case_cites_each_agency(analyze):
    # Swiss sites close a dispatch with "ats/afp" on a line of its own, no brackets: the short forms
    # in lower case are read as the list writes them, as they are in brackets
    text = "Un titre sans rapport\n\nLe Conseil d'État a validé le budget mardi.\n\nats/afp"
    assert [(s.name, text[s.start:s.end]) for s in analyze(text, published=DAY).sources] == \
        [("ATS", "ats/afp"), ("AFP", "ats/afp")]
    assert names(analyze, "Un titre sans rapport\n\nLe barrage a cédé dans la nuit.\n\nafp") == ["AFP"]


def test_a_paragraph_opening_with_avec_is_no_credit(analyze):
    assert names(analyze, "Un titre sans rapport\n\nLe barrage a cédé.\n\nAvec le temps, tout passe.") == []


def test_colleagues_at_a_medium_make_it_the_channel(analyze):
    """ "à nos collègues de la RTBF", "à nos consoeurs de" (the ligature written out): the press's
    colleagues at a medium, as "nos confrères de", make the medium the channel of the words."""
    assert names(analyze, "« La digue tiendra », a-t-il confié à nos collègues de la RTBF.") == ["RTBF"]
    assert names(analyze, "« La digue tiendra », a-t-elle assuré à nos consoeurs du Soir.") == ["Le Soir"]


def test_a_medium_after_its_news_programme_is_the_channel(analyze):
    """ "au Téléjournal de X", "dans un balado de X": a news programme or a podcast of a medium, as
    "au journal de 20 heures de X", makes the medium the channel."""
    assert names(analyze, "Le maire a affirmé au Téléjournal de Radio-Canada qu'il partirait.") == ["Radio-Canada"]
    assert names(analyze, "La ministre a expliqué dans un balado de La Presse qu'elle partirait.") == ["La Presse"]


def test_a_credit_under_its_label_cites_the_agencies(analyze):
    # "(source : AFP)": the credit with its label (pack credit_lead); a body there is no medium
    assert names(analyze, "Le barrage a cédé dans la nuit (source : AFP).") == ["AFP"]
    assert names(analyze, "Le barrage a cédé dans la nuit (sources : AFP, Reuters).") == ["AFP", "Reuters"]
    assert names(analyze, "Le barrage a cédé dans la nuit (source : ministère de l'Intérieur).") == []


def test_an_outlet_credited_beside_its_agency_is_the_byline(analyze):
    # "(24 heures/ats)", "BELGA / L'Echo": the piece is the outlet's, written from the agency's
    # dispatch; the agency is credited, the outlet and its citations of itself are no source
    text = ("Un titre sans rapport\n\nBellinzone (24 heures/ats) - Le tribunal a condamné l'ancien ministre. "
            "« C'est historique », a-t-elle confié à 24 heures.")
    assert names(analyze, text) == ["ATS"]
    text = ("Un titre sans rapport\n\nLe port a signé un accord. « C'est un pari », a déclaré la ministre à "
            "L'Echo.\n\nBELGA / L'Echo")
    assert names(analyze, text) == ["Belga"]


def test_without_an_agency_beside_it_an_outlet_cited_is_a_source(analyze):
    text = "Un titre sans rapport\n\nLe port a signé un accord. « C'est un pari », a déclaré la ministre à L'Echo."
    assert names(analyze, text) == ["L'Écho"]
