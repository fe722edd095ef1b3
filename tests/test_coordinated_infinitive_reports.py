"""Frames (frames._coordinated_end): infinitives coordinated with the reported one, which the parser
hangs on the cue instead of the first ("invite X à réserver, patienter et respecter …"), are part
of the reported words. Real French model; the sentences are invented."""


def test_infinitives_coordinated_by_commas_and_et_run_on_to_the_last(reports):
    found = reports("Le ministère de la Culture invite les visiteurs à réserver, patienter et respecter les consignes.")
    assert found == [("réserver, patienter et respecter les consignes", "Le ministère de la Culture", "invite")]


def test_a_finite_verb_coordinated_with_the_cue_is_not_reported(reports):
    found = reports("Le ministère de la Culture invite les visiteurs à réserver leurs billets et rentre ensuite.")
    assert [w for w, _, _ in found] == ["réserver leurs billets"]
