"""Two readings of a speech verb that report nothing (invented sentences): a verb of the quoted-words
frame ("lancer", lang/fr/speech_verbs.tsv objw) followed by a determiner and marks launches a named
thing, and the "que" of a restrictive "ne … que" opens no clause even when the parse attaches it
as one (nlp/frames.py read_complement)."""


def test_launching_a_named_thing_reports_nothing(reports):
    found = reports("Le gouverneur lancera les « rencontres régionales » le 3 juin à Nantes.")
    assert [cue for _, _, cue in found if cue and "lancer" in cue] == []


def test_words_in_marks_right_after_the_verb_are_still_said(reports):
    found = reports("Le ministre a lancé « Nous ne céderons pas » devant les grévistes.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Le ministre", "a lancé")]

def test_restrictive_ne_que_opens_no_clause(reports):
    found = reports("De nombreuses taxes visent les banques, mais ne rapporteront que 4 milliards d'euros.")
    assert [cue for _, _, cue in found if cue and "rapporteront" in cue] == []

