"""The press formula of information gathered from an unnamed source: an incise whose subject is the
impersonal inverted "on" ("…, a-t-on appris de source policière", "…, apprend-on de source sûre").
The informant named after it speaks; with none, nobody named does. "X a appris que …" (someone
learning) stays no report. Invented sentences."""


def test_an_impersonal_learning_incise_names_its_unnamed_source(reports):
    found = reports("Le directeur de la prison sera remplacé, a-t-on appris de source policière.")
    assert [(w, s, c) for w, s, c in found] == [("Le directeur de la prison sera remplacé", "source policière",
                                                 "a-t-on appris")]


def test_the_inverted_present_and_plural_sources(reports):
    found = reports("Trois ambassades fermeront leurs portes, apprend-on de sources diplomatiques.")
    assert [(w, s) for w, s, _ in found] == [("Trois ambassades fermeront leurs portes", "sources diplomatiques")]


def test_with_no_informant_nobody_named_speaks_and_a_time_is_nobody(reports):
    found = reports("Le directeur de la prison sera remplacé, a-t-on appris mardi.")
    assert [(w, s) for w, s, _ in found] == [("Le directeur de la prison sera remplacé", "unspecified")]


def test_a_listed_incise_verb_with_impersonal_on_takes_the_source_not_the_pronoun(reports):
    found = reports("Le directeur de la prison sera remplacé, indique-t-on de source judiciaire.")
    assert [s for _, s, _ in found] == ["source judiciaire"]


def test_someone_learning_is_no_report(reports):
    assert reports("Le ministre a appris que son fils était malade.") == []
