"""Frames (frames._infinitive_after_aside): "a demandé à X, <participle or relative aside>, de +
infinitive" — the parser hangs the infinitive on a noun inside the aside about the addressee; the
infinitive right after the aside's closing comma, opened by the cue's preposition, is the report.
Real French model; the sentences are invented."""


def test_infinitive_after_a_participial_aside_on_the_addressee(reports):
    found = reports("Le 3 mars, la ministre avait demandé à une commission, composée de six juristes et "
                    "présidée par l'ancien juge Paul Morel, d'enquêter sur la faillite de la banque.")
    assert found == [("enquêter sur la faillite de la banque", "la ministre", "avait demandé")]


def test_infinitive_after_a_relative_aside_on_the_addressee(reports):
    found = reports("La maire a demandé à son adjoint, qui a refusé, de quitter la réunion.")
    assert found == [("quitter la réunion", "La maire", "a demandé")]


def test_a_noun_complement_after_the_aside_is_no_report(reports):
    assert reports("Le ministre a parlé à son homologue, arrivé la veille, de la crise du blé.") == []
