"""The impersonal subject of a verb of noticing ("On note que …") is the journalist's own remark,
not a report (nlp/writer_voice.py, lang/fr/writer_impersonal_verbs.txt); other impersonal cues
keep their unspecified speaker. Invented sentences."""


def test_on_note_que_is_the_journalists_remark(reports):
    assert reports("Le barrage a cédé mardi. On note d'ailleurs que les digues voisines ont tenu.") == []
    assert reports("La grève continue. On constate cependant que les trains circulent.") == []


def test_other_impersonal_cues_stay_unspecified(reports):
    assert reports("On raconte que le directeur a quitté la ville.") == \
        [("le directeur a quitté la ville", "unspecified", "raconte")]


def test_a_remark_inside_a_quotation_is_the_quoted_speakers_words(reports):
    found = reports("« On note que les prix montent », a déclaré le ministre Paul Durand.")
    assert [(text, speaker) for text, speaker, _ in found] == [("On note que les prix montent", "Paul Durand")]
