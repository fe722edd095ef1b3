"""A description that names no office takes up the person already named: by sex, age or family
situation ("L'homme a expliqué", "la quinquagénaire assure", "Cette mère de famille craint";
lang/fr/person_nouns.tsv) or by party ("affirme le libéral"), whatever that person's role, the
determiner's gender agreeing. With a complement of its own ("la mère de la victime") it is someone
else. Real French model; the sentences are invented."""


PUBLISHED = "2022-04-12"


def test_the_man_is_the_director_just_quoted(speaker_ids):
    text = ("Un titre sans rapport\n\n« Il faut attendre », lance Marc Favre, directeur de l'hôpital. "
            "L'homme a expliqué que le budget avait doublé.")
    assert speaker_ids(text, PUBLISHED)["le budget avait doublé"] == "person:marc-favre"


def test_a_demonstrative_family_description(speaker_ids):
    text = ("Un titre sans rapport\n\nLe maire Jean Dupuis a fermé la piscine. « Elle coûtait trop cher », "
            "explique-t-il.\n\n« On nous prive d'un lieu de vie », regrette Claire Morin, habitante du quartier. "
            "Cette mère de famille craint que les enfants ne restent dans la rue.")
    assert speaker_ids(text, PUBLISHED)["les enfants ne restent dans la rue"] == "person:claire-morin"


def test_an_age_noun_is_a_speaker_and_agrees_in_gender(speaker_ids):
    text = ("Un titre sans rapport\n\n« Le quartier change », observe Julie Robert. Le député Paul Lenoir "
            "l'a rencontrée. La quinquagénaire assure que les loyers ont monté.")
    assert speaker_ids(text, PUBLISHED)["les loyers ont monté"] == "person:julie-robert"


def test_a_party_noun_takes_up_a_party_leader_across_an_open_quotation(speaker_ids):
    text = ("Un titre sans rapport\n\nLe président du parti, Luc Dorsaz, a accordé un entretien au journal. "
            "Il y détaille son programme.\n\n« Nous voulons baisser les impôts. C'est notre priorité.\n\n"
            "« Nous ne céderons pas sur ce point », affirme le libéral.")
    found = speaker_ids(text, PUBLISHED)
    assert found["Nous ne céderons pas sur ce point"] == "person:luc-dorsaz"


def test_a_relative_with_a_complement_is_someone_else(speaker_ids):
    text = ("Un titre sans rapport\n\n« Personne ne nous a prévenus », dénonce Paul Girard. "
            "La mère de la victime estime que la police a tardé.")
    assert speaker_ids(text, PUBLISHED).get("la police a tardé") != "person:paul-girard"


def test_a_person_noun_used_before_keeps_its_unnamed_referent(speaker_ids):
    text = ("Un titre sans rapport\n\nLa journaliste Anne Morel a rencontré une femme et son compagnon dans "
            "leur cuisine. « Ils ne m'ont jamais crue », a raconté Anne Morel à la radio.\n\n"
            "La femme affirme qu'elle n'a jamais été malade.")
    assert speaker_ids(text, PUBLISHED)["elle n'a jamais été malade"] != "person:anne-morel"


def test_a_generic_use_of_the_noun_introduces_nobody(speaker_ids):
    # "les droits de l'homme" names no man: "L'homme" still takes up the person speaking
    text = ("Un titre sans rapport\n\nJean Dupont, défenseur des droits de l'homme, a visité la prison. "
            "« Les cellules sont pleines », a-t-il dit.\n\nL'homme a expliqué que les détenus dormaient par terre.")
    assert speaker_ids(text, PUBLISHED)["les détenus dormaient par terre"] == "person:jean-dupont"


def test_an_indefinite_introduction_keeps_its_unnamed_referent(speaker_ids):
    text = ("Un titre sans rapport\n\n« Nous avons eu peur », raconte Marie Lenoir, voisine du suspect. "
            "Un homme a été arrêté mardi.\n\nL'homme a affirmé qu'il était innocent.")
    assert speaker_ids(text, PUBLISHED)["il était innocent"] is None


def test_a_noun_of_one_sex_does_not_take_up_a_person_of_the_other(speaker_ids):
    # the woman speaking is not "l'homme": the man named before is
    text = ("Un titre sans rapport\n\nPaul Girard a été arrêté lundi à Lyon.\n\n« C'est un malentendu », assure "
            "son avocate Marie Favre. L'homme affirme qu'il est innocent.")
    assert speaker_ids(text, PUBLISHED)["il est innocent"] == "person:paul-girard"


def test_an_english_noun_of_one_sex_does_not_take_up_a_person_of_the_other(speaker_ids):
    text = ("Unrelated headline\n\nPaul Gerard was arrested in Leeds on Monday.\n\n\"It is a misunderstanding,\" "
            "said his lawyer Sarah Fowler. The man says he is innocent.")
    assert speaker_ids(text, PUBLISHED, lang="en")["he is innocent"] != "person:sarah-fowler"


def test_a_predicate_describes_the_person_named_and_introduces_nobody(speaker_ids):
    french = ("Un titre sans rapport\n\nMarc Favre est un homme de terrain. « Je connais chaque rue », dit-il.\n\n"
              "L'homme assure que le quartier a changé.")
    assert speaker_ids(french, PUBLISHED)["le quartier a changé"] == "person:marc-favre"
    english = ("Unrelated headline\n\nMark Fowler is a man of few words. \"I know every street,\" he said.\n\n"
               "The man said the area had changed.")
    assert speaker_ids(english, PUBLISHED, lang="en")["the area had changed"] == "person:mark-fowler"


def test_a_speech_verb_the_parser_takes_for_a_noun_ends_the_mention(speaker_ids):
    # "juge" is a noun too ("le juge"): before "que" it is the verb, not part of the speaker
    father = ("Un titre sans rapport\n\nLiège, 3 mai 2023. Marc Favre vit près de l'usine. « On respire mal », "
              "dit-il. Ce père de famille juge que les autorités tardent à réagir.")
    assert speaker_ids(father, "2023-05-03")["les autorités tardent à réagir"] == "person:marc-favre"
    man = ("Un titre sans rapport\n\nLiège, 3 mai 2023. Marc Favre vit près de l'usine. « On respire mal », "
           "dit-il. Cet homme juge que les autorités tardent à réagir.")
    assert speaker_ids(man, "2023-05-03")["les autorités tardent à réagir"] == "person:marc-favre"
