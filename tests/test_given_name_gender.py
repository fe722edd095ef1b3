"""A first name borne by one gender (data/given_names.tsv) tells a person's gender when no title
does, before a role noun's grammatical gender ("le ministre" may be a woman): a pronoun agrees
with it (nlp/persons.py given_gender). Invented sentences."""
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.persons import given_gender


def test_first_names_tell_a_gender_surnames_alone_do_not():
    gaz = load_gazetteer()
    assert given_gender(("sophie", "marchand"), gaz) == "f"
    assert given_gender(("jean-marie", "durand"), gaz) == "m"
    assert given_gender(("marie-france", "durand"), gaz) == "f"
    assert given_gender(("martin",), gaz) is None  # a lone surname
    assert given_gender(("dominique", "durand"), gaz) is None  # borne by both


def test_a_pronoun_skips_the_nearer_person_of_the_other_gender(analyze):
    text = ("Musées\n\n"
            "Sophie Marchand a reçu mardi Paul Girard à la mairie.\n\n"
            "« Il faut que le musée reste gratuit », a-t-elle déclaré.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Sophie Marchand"]


def test_the_first_name_beats_a_masculine_role_noun(analyze):
    text = ("Musées\n\n"
            "Le ministre de la Culture, Sophie Marchand, a reçu mardi Paul Girard. "
            "« Il faut que le musée reste gratuit », a-t-elle déclaré.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Sophie Marchand"]


def test_a_pronoun_subject_before_of_the_other_gender_is_not_taken_up(analyze):
    # "Celle-ci … Il …": the previous sentence's pronoun subject is a woman; "il" is someone else
    text = ("Budget\n\n"
            "Le chef de l'opposition Marc Lefèvre a rencontré mardi la ministre Claire Morin. "
            "Celle-ci lui a assuré que le texte serait « amélioré ». Il s'est dit « peu convaincu ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Claire Morin", "Marc Lefèvre"]
