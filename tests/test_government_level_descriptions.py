"""A description placed at one level of government is not a person whose known role is placed at
the other: "le ministre fédéral de l'Immigration" is not the Quebec minister of immigration named
before, "la conseillère fédérale" not a cantonal councillor (lang/fr/government_levels.tsv). Real
French model; the sentences are invented."""


PUBLISHED = "2024-01-15"


def test_a_federal_minister_is_not_the_provincial_one(speaker_ids):
    text = ("Un titre sans rapport\n\nQuébec, 15 janvier 2024. Le ministre québécois de l'Immigration, Jean Boulet, "
            "a réclamé des fonds. « Nous sommes débordés », a-t-il déclaré.\n\n"
            "À Ottawa, le ministre fédéral de l'Immigration a indiqué qu'il était ouvert à la discussion.")
    assert speaker_ids(text, PUBLISHED)["il était ouvert à la discussion"] != "person:jean-boulet"


def test_a_federal_councillor_is_not_the_cantonal_one(speaker_ids):
    text = ("Un titre sans rapport\n\nLa conseillère d'État vaudoise Anne Moret a présenté son plan. "
            "« Il faut agir », a-t-elle lancé. La conseillère fédérale a répondu que la Confédération paierait.")
    assert speaker_ids(text, PUBLISHED)["la Confédération paierait"] != "person:anne-moret"


def test_the_same_level_still_takes_up_its_holder(speaker_ids):
    text = ("Un titre sans rapport\n\nLe ministre fédéral de l'Immigration, Marc Miller, a présenté son plan. "
            "« Nous agirons », a-t-il promis.\n\nLe ministre fédéral a ajouté que les quotas baisseraient.")
    assert speaker_ids(text, PUBLISHED)["les quotas baisseraient"] == "person:marc-miller"


def test_a_level_word_inside_a_body_s_name_counts_as_that_name(speaker_ids):
    # the Bloc québécois sits in the federal parliament; "Assemblée nationale" names Quebec's too
    bloc = ("Un titre sans rapport\n\nOttawa, 15 janvier 2024. Le député du Bloc québécois Yves Martin a interpellé "
            "le gouvernement. « C'est un scandale », a-t-il déclaré.\n\n"
            "Le député fédéral a ajouté que le Québec attendait des réponses.")
    assert speaker_ids(bloc, PUBLISHED)["le Québec attendait des réponses"] == "person:yves-martin"
    assembly = ("Un titre sans rapport\n\nQuébec, 15 janvier 2024. La députée à l'Assemblée nationale Louise Tardif a "
                "dénoncé le projet. « C'est inacceptable », a-t-elle déclaré.\n\n"
                "La députée provinciale a ajouté que les régions seraient oubliées.")
    assert speaker_ids(assembly, PUBLISHED)["les régions seraient oubliées"] == "person:louise-tardif"


def test_a_regional_adjective_takes_up_a_national_representative_of_that_region(speaker_ids):
    # a federal MP is elected in a region: "le député flamand" names where, not another level
    mp = ("Un titre sans rapport\n\nBruxelles, 15 janvier 2024. Koen Janssens, député fédéral, a critiqué le budget. "
          "« C'est une faute », a-t-il déclaré.\n\nLe député flamand a ajouté que la Flandre paierait trop.")
    assert speaker_ids(mp, PUBLISHED)["la Flandre paierait trop"] == "person:koen-janssens"
    councillor = ("Un titre sans rapport\n\nBerne, 15 janvier 2024. Le conseiller national Luc Perrin a défendu la loi. "
                  "« Elle est équilibrée », a-t-il assuré.\n\nLe conseiller vaudois a estimé que les cantons suivraient.")
    assert speaker_ids(councillor, PUBLISHED)["les cantons suivraient"] == "person:luc-perrin"


def test_a_regional_adjective_of_another_region_is_someone_else(speaker_ids):
    text = ("Un titre sans rapport\n\nToronto, 15 janvier 2024. Le ministre québécois de la Santé, Paul Gagnon, a "
            "rencontré ses homologues. « Nous voulons des fonds », a-t-il déclaré.\n\n"
            "Le ministre ontarien de la Santé a répondu que la province paierait sa part.")
    assert speaker_ids(text, PUBLISHED)["la province paierait sa part"] != "person:paul-gagnon"
