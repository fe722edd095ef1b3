"""Words of saying that report nothing: a participle of naming between a name and its clause's verb
("Paul Martin, dit le Loup, a affirmé …": nickname_words.txt, cues._nickname), a de/à after a
sequence preposition ("…, dit X, avant de quitter la salle": frames._surface). The sentences are invented."""


def test_a_nickname_is_no_cue(reports):
    found = reports("Le chef du clan, Paul Martin, dit le Loup, a affirmé que ses troupes resteraient sur place.")
    assert [(words, cue) for words, _, cue in found] == [("ses troupes resteraient sur place", "a affirmé")]


def test_an_incise_dit_after_a_quotation_still_reports(reports):
    found = reports("« Nous resterons », dit Paul Martin, avant de quitter la salle.")
    assert found == [("Nous resterons", "Paul Martin", "dit")]

