"""A "que" after the cue's object, a noun and a comma, whose clause's verb lacks its own object,
opens a relative on that noun, not the cue's words (a verb of saying takes an object or a clause,
not both): frames._relative_after_object. The sentences are invented."""


def test_a_relative_with_the_object_gap(reports):
    assert reports("Le ministre a reconnu la souveraineté de cet archipel, que les pays voisins contestent.") == []


def test_a_relative_opened_by_an_elided_que(reports):
    assert reports("Le Chili reconnaîtrait bientôt l'indépendance de cette région, qu'aucun Etat n'a reconnue "
                   "depuis 1991.") == []


def test_a_clause_with_its_predicate_stays_reported(reports):
    found = reports("Le ministre a rappelé les faits, que la situation était grave.")
    assert [w for w, _, _ in found] == ["la situation était grave"]


def test_an_addressee_then_the_clause(reports):
    found = reports("Le ministre a prévenu les journalistes que les prix allaient augmenter.")
    assert [w for w, _, _ in found] == ["les prix allaient augmenter"]


def test_a_noun_with_its_adjective_before_the_relative(reports):
    found = reports("Selon l'opposition, Rabat reconnaîtrait à terme l'autonomie de ce territoire disputé, "
                    "qu'aucun Etat n'a reconnue depuis 1975.")
    assert [c for _, _, c in found] == ["Selon"]
