"""A medium that reports without a verb of saying (nlp/sources.py): a locution of reporting ("faire
état de"), a verb of gathering under a modal or as a locution with its noun ("a pu consulter", "a eu
accès à"). Invented sentences."""


def names(analyze, text):
    return [s.name for s in analyze(text, published="2024-03-05").sources]


def test_a_medium_subject_of_a_locution_of_reporting(analyze):
    # "faire état" is a weak verb, but no act of publishing: it says what the medium reports
    assert names(analyze, "La radio RTL a fait état de plusieurs blessés près de la gare.") == ["RTL"]
    assert names(analyze, "Le quotidien Le Temps fait état de nouvelles tensions au conseil.") == ["Le Temps"]


def test_a_gathering_verb_under_a_modal(analyze):
    # the parser makes the modal the head: its subject is the one of the infinitive
    assert names(analyze, "Le Soir a pu consulter la note, datée du 4 avril.") == ["Le Soir"]
    text = "Un envoyé de l'agence Reuters a pu constater que le pont avait cédé."
    assert names(analyze, text) == ["Reuters"]
    assert names(analyze, "Le Soir a pu organiser un débat entre les candidats.") == []


def test_a_gathering_locution_with_its_noun(analyze):
    assert names(analyze, "Libération a eu accès à la lettre du préfet, qui reste confidentielle.") == ["Libération"]
    assert names(analyze, "Le Parisien s'est fait l'écho de la colère des riverains.") == ["Le Parisien"]
    assert names(analyze, "Libération a eu une année difficile.") == []


def test_a_verb_of_will_or_risk_gathers_nothing_nor_does_a_medium_allowed_to(analyze):
    for text in ("Le Monde risque de voir ses ventes chuter cette année.",
                 "Le Figaro veut obtenir des excuses du ministre.",
                 "Le ministère a autorisé Le Monde à consulter les archives."):
        assert analyze("Un titre sans rapport\n\n" + text, published="2024-03-05").sources == [], text



def test_what_befalls_the_medium_s_own_is_nothing_it_gathered(analyze):
    # "voir" with the medium's own as object (a possessive) tells what happened to it
    assert names(analyze, "Le Soir, racheté l'an dernier, a vu ses ventes baisser de moitié.") == []
    assert names(analyze, "Le quotidien La Libre, critique du gouvernement, a vu son directeur arrêté.") == []
    assert names(analyze, "Un photographe de l'agence Belga a vu des policiers frapper un manifestant.") == ["Belga"]


def test_what_befalls_a_part_of_the_medium_s_own_is_nothing_it_gathered(analyze):
    # a quantity taken of the medium's own ("deux de ses reporters"): the parse hangs the noun on it
    assert names(analyze, "La radio Ekho, très écoutée, a vu deux de ses reporters expulsés du pays.") == []
    assert names(analyze, "Le journal Libération a vu l'un de ses photographes blessé.") == []
    assert names(analyze, "Le quotidien Kommersant a vu plusieurs soldats tirer sur la foule.") == ["Kommersant"]
