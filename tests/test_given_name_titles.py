"""A capitalised role word that is also a given name ("Pape", "Cheikh") opens a person's name when
no article makes it a title and no first name follows it; a title in apposition before a name keeps
its coordinated complements ("ministre des Mines et de l'Energie") and ends before its body's
bracketed acronym (nlp/persons.py _name_bounds, nlp/roles.py role_before_comma). Invented sentences."""


def _person(article, name):
    return next((a for a in article.actors if a.kind == "person" and a.name == name), None)


def test_a_given_name_that_is_a_role_word_opens_the_name(analyze):
    text = ("Mines\n\n"
            "Le ministre guinéen des Mines et de l'Energie, Pape Ndiaye Sarr, a visité le site mardi. "
            "« La production reprendra en mars », a-t-il déclaré.")
    article = analyze(text, published="2024-05-02", lang="fr")
    person = _person(article, "Pape Ndiaye Sarr")
    assert person is not None
    assert person.role == "ministre guinéen des Mines et de l'Energie"
    assert [q.speaker.name for q in article.quotes] == ["Pape Ndiaye Sarr"]


def test_a_title_before_a_first_name_stays_a_title(analyze):
    # "le Pape X" and "Pape Benoît": an article, or a first name after it, make it the title
    text = ("Vatican\n\n"
            "Le Pape Ndiaye Sarr n'existe pas, mais le Pape Benoît Ferrand non plus, a plaisanté Paul Morin.")
    article = analyze(text, published="2024-05-02", lang="fr")
    assert _person(article, "Pape Ndiaye Sarr") is None


def test_a_title_ending_in_a_bracketed_acronym_is_the_apposed_role(analyze):
    text = ("Diplomatie\n\n"
            "Le chef du Bureau fédéral des relations extérieures (BFRE), Otto Kessler, a reçu son homologue lundi.")
    article = analyze(text, published="2024-05-02", lang="fr")
    person = _person(article, "Otto Kessler")
    assert person is not None and person.role == "chef du Bureau fédéral des relations extérieures"
