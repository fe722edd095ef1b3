"""A quotation inside a marker's noun phrase, closed and followed by a comma and a clause, is a title
("Selon une enquête de l'Ifop sur « La vie des retraités », …"): the reported words are the clause
after the comma, not the title with them (syntax.title_in_phrase_end). Invented sentences."""


def test_title_inside_the_marker_phrase_is_not_reported(reports):
    found = reports("Selon une enquête publiée par l'Ifop sur « La vie des retraités », la hausse des prix "
                    "a surtout touché les foyers les plus modestes.")
    assert [(words, cue) for words, _, cue in found] == [
        ("la hausse des prix a surtout touché les foyers les plus modestes", "Selon")]
