"""Reason clauses (nlp/reason_clauses.py): "au motif que", "sous prétexte que" give the reason
their clause's subject puts forward; the que-clause is that subject's words, the locution the cue.
Real French model; the sentences are invented."""


def test_the_subject_argues_the_reason(reports):
    assert reports("Le ministère a retiré le permis au motif que le chantier menaçait le parc.") == \
        [("le chantier menaçait le parc", "Le ministère", "au motif")]


def test_a_passive_argued_by_its_agent(reports):
    found = reports("Le recours a été écarté par le tribunal sous prétexte qu'il était tardif.")
    assert [(w, s) for w, s, _ in found] == [("il était tardif", "le tribunal")]


def test_an_agentless_passive_names_no_one(reports):
    assert reports("Le recours a été écarté au motif qu'il était tardif.") == []


def test_a_participle_on_a_noun_gives_no_reason(reports):
    # the rejection's reason, not the presentation's: the participle on "texte" is skipped
    found = reports("La Russie a rejeté le texte présenté par la France au motif qu'il était déséquilibré.")
    assert [(w, s) for w, s, _ in found] == [("il était déséquilibré", "Russie")]
