"""An unmarked report closed by an incise whose inverted pronoun stands between the auxiliary and
the participle ("…, a-t-il précisé.") is indirect, its speaker the pronoun's antecedent; a time
after the participle is no subject (incise_reports._personal_between). The sentences are invented."""


def test_a_compound_incise_with_its_pronoun(reports):
    found = reports("La juge Clara Benoît a ouvert l'audience. Le procès durera trois semaines, a-t-elle précisé.")
    assert found == [("Le procès durera trois semaines", "Clara Benoît", "a-t-elle précisé")]


def test_a_time_after_the_participle_is_no_speaker(reports):
    found = reports("Le préfet Luc Renaud a visité le port. Les travaux reprendront en mai, a-t-il ajouté mardi.")
    assert found == [("Les travaux reprendront en mai", "Luc Renaud", "a-t-il ajouté")]



def test_the_pronoun_the_parser_hangs_on_the_participle_is_no_subject_before_it(reports):
    # the parser makes "-t-il" the participle's subject, written before it: still an inverted incise
    found = reports("Le maire Hugo Lambert a réuni le conseil. Deux écoles seront fermées, a-t-il annoncé lundi.")
    assert found == [("Deux écoles seront fermées", "Hugo Lambert", "a-t-il annoncé")]


def test_an_incise_inside_an_unmarked_clause(reports):
    found = reports("La juge Clara Benoît a ouvert l'audience. Le dossier, estime-t-elle, reste incomplet.")
    assert found == [("Le dossier, estime-t-elle, reste incomplet", "Clara Benoît", "estime")]


def test_a_circumstance_after_the_incise_is_no_run_on_clause(reports):
    found = reports("Le préfet Luc Renaud a visité le port. Les quais, a-t-il dit, sans préciser de date, seront rénovés.")
    assert all(not words.startswith("Les quais, a-t-il dit") for words, _, _ in found)
