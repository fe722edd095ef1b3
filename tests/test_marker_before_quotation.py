"""Markers (nlp/reports.py): "Selon X « … »" with no comma between the speaker and the quotation
reports the quotation as X's (not as a continuation of the previous speaker). Invented sentence."""


def test_a_quotation_right_after_the_marker_speaker_is_reported_without_a_comma(reports):
    found = reports("Selon un responsable de la sécurité « il s'agit d'une calomnie, les hommes armés "
                    "cherchent une victoire médiatique ».")
    assert [(speaker, cue) for _, speaker, cue in found] == [("un responsable de la sécurité", "Selon")]
    assert found[0][0].startswith("il s'agit d'une calomnie")


def test_a_role_apposition_closed_by_a_colon_is_no_part_of_the_words(reports):
    found = reports("Pour Bernard Martin, son secrétaire général : « C'est un moment important pour le gouvernement ».")
    assert found == [("C'est un moment important pour le gouvernement", "Bernard Martin", "Pour")]
