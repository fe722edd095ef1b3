"""Sources on wire and regional copy (session fr8): each medium of a coordination after a citing
marker or channel shares the citation ("selon Le Soir, la RTBF et la VRT"); a lower-case credit
names its agency; a medium that is a verb's object is not cited. The real model; invented sentences."""

DAY = "2021-03-04"


def cited(analyze, text):
    return [s.name for s in analyze(text, published=DAY).sources]


def test_each_coordinated_medium_after_a_marker_is_a_source(analyze):
    text = "D'après Le Soir, la RTBF et la VRT, le bourgmestre a déjà signé le contrat."
    assert cited(analyze, text) == ["Le Soir", "RTBF", "VRT"]


def test_a_medium_coordinated_with_a_person_is_not_cited(analyze):
    text = "Selon l'AFP, le président et Le Figaro se sont rencontrés."
    assert cited(analyze, text) == ["AFP"]


def test_a_lower_case_credit_names_the_listed_agency(analyze):
    """"(ats/nxp)": the credit of the Swiss agency with its author's initials is ATS."""
    sources = analyze("Le Conseil d'État a validé le budget mardi. (ats/nxp)", published=DAY).sources
    assert [s.name for s in sources] == ["ATS"]


def test_a_medium_after_a_verb_with_its_own_subject_is_its_object_not_a_source(analyze):
    """"X a accusé Le Soir de mentir": Le Soir is the object; "…, a rapporté Le Soir" still cites."""
    assert cited(analyze, "La députée Anne Lambert a accusé Le Soir de mentir sur ses frais.") == []
    assert cited(analyze, "« La digue a cédé », a rapporté Le Soir.") == ["Le Soir"]


def test_a_medium_coordinated_with_its_preposition_repeated_shares_the_citation(analyze):
    """"aux questions de la RTBF et de la VRT": the coordinator and the repeated preposition join
    the second medium to the cited one; a medium after a coordinator and a preposition that follow
    no cited medium stays uncited."""
    text = "La bourgmestre a répondu aux questions de la RTBF et de la VRT sur le budget communal."
    assert cited(analyze, text) == ["RTBF", "VRT"]
    text = "Selon l'AFP, le directeur et des journalistes de Libération ont été arrêtés."
    assert cited(analyze, text) == ["AFP"]


def test_a_medium_opening_the_clause_after_a_cited_one_is_not_in_its_list(analyze):
    """"Selon Le Soir, La Libre a été rachetée": the comma closes the citation; the medium after it
    is the clause's subject, not a third member of a list as in "selon Le Soir, la RTBF et la VRT"."""
    assert cited(analyze, "Selon Le Soir, La Libre a été rachetée par un groupe flamand.") == ["Le Soir"]
    assert cited(analyze, "D'après l'AFP, Reuters et Bloomberg, la fusion sera annoncée lundi.") == \
        ["AFP", "Reuters", "Bloomberg"]
