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


def test_common_first_names_of_the_french_speaking_and_english_press_are_listed():
    # a sample across France, Belgium (both languages), Switzerland, Quebec, the English-speaking
    # world and DR Congo; names borne by both genders stay out
    gaz = load_gazetteer()
    women = ("mary", "élodie", "griet", "regula", "guylaine", "jennifer", "bijou")
    men = ("wouter", "ueli", "réjean", "joshua", "moïse", "gaspard")
    assert [given_gender((w, "durand"), gaz) for w in women] == ["f"] * len(women)
    assert [given_gender((m, "durand"), gaz) for m in men] == ["m"] * len(men)
    assert given_gender(("jocelyn", "durand"), gaz) is None  # a man's in Quebec, a woman's in English


def test_an_english_first_name_beats_a_masculine_role_noun(analyze):
    text = ("Musées\n\n"
            "Le ministre de la Culture, Mary Walsh, a reçu mardi Paul Girard. "
            "« Il faut que le musée reste gratuit », a-t-elle déclaré.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Mary Walsh"]


def test_first_names_of_international_news_tell_a_gender():
    gaz = load_gazetteer()
    assert given_gender(("volodymyr", "petrenko"), gaz) == "m"
    assert given_gender(("kaja", "novak"), gaz) == "f"
    assert given_gender(("ousmane", "diallo"), gaz) == "m"
    assert given_gender(("samia", "haddad"), gaz) == "f"
