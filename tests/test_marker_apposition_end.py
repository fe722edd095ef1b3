"""A marker that closes its sentence may have its speaker described by an apposition ("…, selon
Netwatch, un organisme de surveillance."): the clause before is still the speaker's report
(nlp/reports.py). Invented sentences."""


def test_final_marker_with_an_apposition_reports_the_clause(reports):
    found = reports("Les prix du pain ont augmenté de dix pour cent, selon l'institut Statop, un organisme public.")
    assert found == [("Les prix du pain ont augmenté de dix pour cent", "l'institut Statop", "selon")]


def test_final_marker_without_comma_and_with_an_apposition(reports):
    found = reports("Les accès au site ont été coupés dans tout le pays selon un communiqué de Netwatch, "
                    "un organisme de surveillance.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Netwatch", "selon")]


def test_what_is_no_apposition_keeps_the_marker_out(reports):
    # "selon les régions": no speaker; a clause after the comma: no apposition either
    assert reports("Les prix ont augmenté selon les régions, une hausse inégale.") == []
    assert reports("Les prix ont augmenté selon Statop, mais les salaires ont baissé.") == []


def test_a_relative_marker_after_the_incise_closes_the_report(reports):
    # "…, d'après X, pour qui …": X's further words open with the marker; the report stops before it
    found = reports("Il s'agit de la troisième panne du réseau depuis janvier, d'après l'opérateur Telnor, "
                    "pour qui c'est aussi la plus longue depuis sa création.")
    assert found[:1] == [("Il s'agit de la troisième panne du réseau depuis janvier", "l'opérateur Telnor", "d'après")]


def test_a_clause_after_the_incise_stays_in_the_report(reports):
    found = reports("Les loyers ont augmenté, selon l'institut Statop, dans toutes les villes du pays.")
    assert [text for text, _, _ in found] == ["Les loyers ont augmenté, selon l'institut Statop, dans toutes les villes du pays"]


def test_a_list_of_some_speakers_after_the_marker_is_no_part_of_the_words(reports):
    # "Selon certains experts, dont X, directrice de …, …, clause": the words start at the clause
    found = reports("Selon certains experts, dont Marie Lenoir, directrice de l'institut Vigie, spécialiste "
                    "des milieux radicaux, la mort de ce chef va représenter un coup dur pour le groupe.")
    assert [text for text, _, _ in found] == ["la mort de ce chef va représenter un coup dur pour le groupe"]
