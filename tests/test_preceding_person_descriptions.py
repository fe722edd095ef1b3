"""A definite description of a person that echoes nobody's role takes up the person the sentences
just before tell about (nlp/preceding_person.py): "le chef de X" may be anyone just named, whatever
their other office (body_head_nouns.txt); an office with its own complement ("le ministre des
Transports") is not someone given another one; a description that brings in someone new (an
indefinite in its complement) is nobody named. Real French model; the sentences are invented."""

PUBLISHED = "2021-03-02"


def speakers(analyze, text):
    return [(q.text, q.speaker.name) for q in analyze("Un titre sans rapport\n\n" + text, published=PUBLISHED).quotes]


def _speaker_of(found, words):
    return next(name for text, name in found if words in text)


def test_the_head_of_a_body_is_the_person_just_named(analyze):
    found = speakers(analyze, "Les relations entre les deux pays se sont dégradées depuis l'arrivée au pouvoir du "
                              "colonel Aristide Mbemba. Le chef du comité militaire a plusieurs fois accusé ses "
                              "voisins de « trahison ».")
    assert _speaker_of(found, "trahison") == "Aristide Mbemba"


def test_a_demonym_rules_out_the_person_of_another_state(analyze):
    found = speakers(analyze, "Le ministre ghanéen de l'Agriculture, Kwame Asante, a reçu son homologue togolais, "
                              "Komlan Agbeko, avant l'ouverture des travaux.\n\n"
                              "Le chef de la délégation togolaise a pour sa part salué « un esprit de confiance ».")
    assert _speaker_of(found, "esprit de confiance") == "Komlan Agbeko"


def test_an_office_with_its_complement_is_not_a_person_of_another_office(analyze):
    found = speakers(analyze, "« Nous tiendrons jusqu'au bout », a prévenu le secrétaire général du syndicat des "
                              "conducteurs, Marcel Dufour.\n\nLe ministre des Transports appelle à « la responsabilité ».")
    assert _speaker_of(found, "la responsabilité") != "Marcel Dufour"


def test_a_description_with_an_indefinite_complement_brings_in_someone_new(analyze):
    found = speakers(analyze, "La directrice de l'office, Sabine Kessler, a ouvert des discussions avec Berne. "
                              "« Nos clients hésitent encore », glisse le patron d'une fabrique de montres.")
    assert _speaker_of(found, "Nos clients hésitent") != "Sabine Kessler"


def test_a_spokesperson_may_be_described_by_an_office(analyze):
    # speaking for a body is no office of its own: the government's spokesman may be a minister
    found = speakers(analyze, "Le porte-parole du gouvernement, Albert Kasongo, a dénoncé jeudi « une agression ».\n\n"
                              "« Nous ne céderons rien », a martelé le ministre de l'Information et de la Presse.")
    assert _speaker_of(found, "Nous ne céderons rien") == "Albert Kasongo"


def test_a_spokesperson_description_takes_up_an_office_holder(analyze):
    found = speakers(analyze, "Le ministre de l'Information, Albert Kasongo, a convoqué la presse mardi.\n\n"
                              "« Les chiffres sont faux », a martelé le porte-parole du gouvernement.")
    assert _speaker_of(found, "Les chiffres sont faux") == "Albert Kasongo"



def test_a_person_an_indirect_report_tells_about_is_taken_up(analyze):
    # the people a marker's report tells about are the article's: "le chef de la diplomatie" is the
    # minister the report names, not nobody
    found = speakers(analyze, "Selon le ministère sénégalais des Affaires étrangères, le ministre Mamadou Ndiaye a "
                              "rencontré jeudi son homologue malien. Le chef de la diplomatie sénégalaise a qualifié "
                              "les discussions de « franches ».")
    assert _speaker_of(found, "franches") == "Mamadou Ndiaye"


def test_a_person_named_in_a_speakers_own_words_is_not_taken_up(analyze):
    found = speakers(analyze, "« Le ministre Paul Diouf nous a trahis », a lancé un manifestant.\n\n"
                              "Le chef de la diplomatie a qualifié ces propos de « mensongers ».")
    assert _speaker_of(found, "mensongers") != "Paul Diouf"
