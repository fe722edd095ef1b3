"""An epicene role noun ("l'édile", "le/la juge", "le/la politologue": epicene_endings.txt) shows no
gender of its own: the tagger's guess must not keep a description from the person it takes up
(speaker_words.description_gender). Invented sentences."""


def test_an_epicene_description_takes_up_a_woman(analyze):
    text = ("Vélo\n\n"
            "La maire de Lille, Anne Dubois, a annoncé un nouveau plan vélo. "
            "L'édile a expliqué qu'elle voulait « une ville apaisée ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Anne Dubois"]


def test_a_general_noun_takes_up_the_holder_of_an_office_it_covers(analyze):
    text = ("Justice\n\n"
            "Le procureur de Lille, Marc Lefèvre, a ouvert une enquête. L'avocat du suspect, Me Paul "
            "Girard, a dénoncé une procédure « expéditive ». Le magistrat a assuré que les droits de la "
            "défense seraient respectés.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes][-1] == "Marc Lefèvre"


def test_a_compound_of_roles_takes_up_the_holder_of_its_first(analyze):
    text = ("Tours\n\n"
            "Le maire de Tours, Paul Girard, a inauguré le pont. "
            "Le député-maire a estimé que la ville avait « besoin de ce lien ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Girard"]


def test_a_masculine_description_may_take_up_a_woman_named_by_her_first_name(analyze):
    # the first name tells pronouns the gender; a generic masculine "l'expert" still takes her up
    text = ("Sciences\n\n"
            "« Nous sommes sûrs à 95 % », a indiqué Sophie Marchand, de l'université de Lyon.\n\n"
            "« Il faudrait encore trouver un échantillon de sang », a poursuivi l'expert.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Sophie Marchand", "Sophie Marchand"]


def test_a_compound_description_matches_the_role_of_its_first_part(analyze):
    text = ("Campagne\n\n"
            "« Nous gagnerons », a lancé le président Paul Girard à Lyon, où il a critiqué Marc Lefèvre. "
            "« Son programme coûtera cher aux familles », dénonce le président-candidat.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Girard", "Paul Girard"]


def test_a_compound_description_finds_its_holder_past_another_speaker(analyze):
    # the rival quoted in between holds neither role: the compound is read by its roles, not as one word
    text = ("Campagne\n\n"
            "Le président Paul Girard s'adresse à la foule à Lyon. Son rival Marc Lefèvre se présentait comme "
            "« le gestionnaire qui remettrait le pays en ordre ». Mais pour Girard, « tout le monde connaît sa "
            "méthode » : « Il augmentera les impôts des familles pour baisser ceux des plus riches » dénonce "
            "le président-candidat.")
    article = analyze(text, published="2019-05-03", lang="fr")
    quote = next(q for q in article.quotes if "augmentera" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Paul Girard"
