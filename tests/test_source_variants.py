"""Sources of stop 45 (s45-src): listed media under a near spelling (nlp/media_variants.py), a
medium's staff standing for an unnamed medium ("nos confrères de la radio publique"), a channel
with its owner in brackets ("sur La Première (RTBF)"), and a few more Belgian, Swiss, Quebec and
Congolese media. Invented sentences."""
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.media_variants import agency_cased_loosely, near_listed

from source_texts import cited


def test_one_letter_away_from_one_listed_name():
    gazetteer = load_gazetteer()
    assert near_listed(gazetteer, "Reuter")[0] == "media:reuters"      # a letter dropped
    assert near_listed(gazetteer, "Sputnikk")[0] == "media:sputnik"    # a letter added
    assert near_listed(gazetteer, "Anadulu")[0] == "media:anadolu"     # a letter changed
    assert near_listed(gazetteer, "Xinhau")[0] == "media:xinhua"       # two letters swapped


def test_no_variant_for_short_names_digits_or_far_words():
    gazetteer = load_gazetteer()
    assert near_listed(gazetteer, "Belgo") is None      # too short to tell from another word
    assert near_listed(gazetteer, "France 4") is None   # a number is no spelling
    assert near_listed(gazetteer, "Frontex") is None
    assert near_listed(gazetteer, "Europol") is None
    assert near_listed(gazetteer, "Telegram") is None   # two edits from "Télérama", one deletion each


def test_an_agency_name_with_its_later_words_in_lower_case():
    gazetteer = load_gazetteer()
    assert agency_cased_loosely(gazetteer, "Associated Press", "Associated press")
    assert not agency_cased_loosely(gazetteer, "Associated Press", "associated press")
    assert not agency_cased_loosely(gazetteer, "Le Monde", "Le monde")  # an outlet's name may be a phrase


def test_misspelled_agencies_are_cited():
    agency, cased, body = cited(
        "Selon l'agence Reuter, les pourparlers sur le barrage ont échoué mardi.",
        "Le convoi a été arrêté à la frontière, a rapporté l'Associated press mercredi soir.",
        "Selon l'agence Frontex, les passages ont baissé de moitié cette année.")
    assert agency == [("Reuter", "Selon l'agence Reuter", True)]
    assert [(name, span.endswith("rapporté l'Associated press")) for name, span, _ in cased] == \
        [("Associated Press", True)]
    assert body == []


def test_the_staff_of_an_unnamed_medium_stand_for_it():
    told, according, subject, plain = cited(
        "Le bourgmestre a déclaré à nos confrères de la télévision régionale qu'il ne céderait pas.",
        "Selon nos confrères de la radio nationale, deux bateaux ont chaviré sur le lac.",
        "Un journaliste de la télévision locale a affirmé que le marché était fermé.",
        "Le ministre a reçu les journalistes de la presse étrangère mardi.")
    assert told == [("télévision régionale", "déclaré à nos confrères de la télévision régionale", False)]
    assert according == [("radio nationale", "Selon nos confrères de la radio nationale", False)]
    assert subject == [("télévision locale", "Un journaliste de la télévision locale a affirmé", False)]
    assert plain == []


def test_a_channel_with_its_owner_in_brackets_is_one_citation_of_the_owner():
    owned, same, agency = cited(
        "Le député a réagi jeudi sur La Première (RTBF), jugeant le budget « irréaliste ».",
        "Selon la Radio Télévision Suisse (RTS), la votation aura lieu en juin.",
        "Selon Le Soir (Belga), la votation aura lieu en juin.")
    assert owned == [("RTBF", "réagi jeudi sur La Première (RTBF)", True)]
    assert same == [("Radio Télévision Suisse", "Selon la Radio Télévision Suisse", True)]
    assert ("Le Soir", "Selon Le Soir", True) in agency  # an agency in brackets owns no channel


def test_la_premiere_is_the_radio_only_as_a_title():
    radio, minister = cited(
        "« Nous ne lâcherons rien », a-t-il lancé sur La Première.",
        "La Première ministre a déclaré que la réforme serait votée avant l'été.")
    assert radio == [("La Première", "lancé sur La Première", True)]
    assert minister == []


def test_more_local_media_are_listed():
    vivacite, quebec = cited(
        "Interrogé par VivaCité, l'échevin a confirmé la fermeture de la piscine.",
        "La ministre a déclaré à Télé-Québec qu'elle réfléchissait encore.")
    assert vivacite == [("VivaCité", "Interrogé par VivaCité", True)]
    assert quebec == [("Télé-Québec", "déclaré à Télé-Québec", True)]


def test_an_interview_with_an_unnamed_medium_is_its_channel():
    staff, setting, meeting = cited(
        "Le préfet l'a assuré au cours d'un entretien avec des journalistes de la radio régionale.",
        "Dans un entretien avec la télévision nationale, la présidente a exclu tout report du scrutin.",
        "Le ministre a eu un entretien avec la presse locale avant de reprendre la route.")
    assert staff == [("radio régionale", "entretien avec des journalistes de la radio régionale", False)]
    assert setting == [("télévision nationale", "entretien avec la télévision nationale", False)]
    assert meeting == []


def test_hosts_that_drop_an_elided_article_or_write_it_before_an_alias():
    from newsgraph.lang import load_pack
    from newsgraph.nlp.own_outlet import outlet_of
    gazetteer, pack = load_gazetteer(), load_pack("fr")
    assert outlet_of("https://www.humanite.fr/politique/x", gazetteer, pack).id == "media:l-humanite"
    assert outlet_of("https://www.lejdd.fr/politique/x", gazetteer, pack).id == "media:le-journal-du-dimanche"
    assert outlet_of("https://www.dhnet.be/regions/x", gazetteer, pack).id == "media:la-dh"
    assert outlet_of("https://www.keystone-sda.ch/fr/x", gazetteer, pack).id == "media:ats"
    # the registered domain is still read first: "actualite.cd" is no "L'Actualité"
    assert outlet_of("https://actualite.cd/2024/x", gazetteer, pack).name == "Actualite.cd"
    assert outlet_of("https://lactualite.com/x", gazetteer, pack).name == "L'Actualité"
