"""Words of saying that report nothing: a participle of naming between a name and its clause's verb
("Paul Martin, dit le Loup, a affirmé …": nickname_words.txt, cues._nickname), a de/à after a
sequence preposition ("…, dit X, avant de quitter la salle": frames._surface), and a bare past
participle after a comma ("…, déjà dénoncé par X en 2024.": incise_reports). The sentences are
invented."""


def test_a_nickname_is_no_cue(reports):
    found = reports("Le chef du clan, Paul Martin, dit le Loup, a affirmé que ses troupes resteraient sur place.")
    assert [(words, cue) for words, _, cue in found] == [("ses troupes resteraient sur place", "a affirmé")]


def test_an_incise_dit_after_a_quotation_still_reports(reports):
    found = reports("« Nous resterons », dit Paul Martin, avant de quitter la salle.")
    assert found == [("Nous resterons", "Paul Martin", "dit")]


def test_a_bare_participle_with_an_agent_is_no_incise(reports):
    found = reports("Pour l'analyste Karim Said, la crise « risque de geler » l'accord de paix, déjà dénoncé par Bamako en janvier.")
    assert [speaker for _, speaker, _ in found] == ["Karim Said"]
