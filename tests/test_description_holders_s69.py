"""Which holder a bare description ("le ministre", "le roi", "la ministre") takes up when several
persons hold an office it may name: a periphrasis introduces an office holder as a title does, a
general noun ("dirigeant") is no king, a feminine description fits a woman introduced by a
masculine title, the paragraph's subject outranks a counterpart named in a complement, and a
title that closes a fronted participle clause is not the subject's apposition. Invented sentences."""


def speaker_of(analyze, text, words, published="2023-05-27"):
    article = analyze(text, published=published)
    quote = next(q for q in article.quotes if words in q.text)
    return quote.speaker.name if quote.speaker is not None else None


def test_periphrasis_holder_is_the_minister(analyze):
    # Abiy Ahmed is a "premier ministre", Ahmed Moallim Fiqi "le patron de la diplomatie": a
    # foreign minister, who speaks in the paragraph
    text = ("Un titre sans rapport\n\nLe premier ministre éthiopien, Abiy Ahmed, a signé un accord lundi.\n\n"
            "Le patron de la diplomatie somalienne, Ahmed Moallim Fiqi, est allé plus loin. Dans un entretien, "
            "il a accusé l'Ethiopie de violer la souveraineté de son pays. Le ministre a fait valoir que son "
            "gouvernement saisirait l'Union africaine.")
    assert speaker_of(analyze, text, "saisirait") == "Ahmed Moallim Fiqi"


def test_a_general_noun_is_no_king(analyze):
    # the gazetteer calls Kim Jong-un "dirigeant": "le roi" is the Belgian king named before
    text = ("Un titre sans rapport\n\nLe roi Philippe a entamé mardi une visite d'Etat en Corée du Sud.\n\n"
            "Les deux pays ont évoqué le sommet entre Donald Trump et Kim Jong-un à Hanoï.\n\n"
            "Interrogé par la chaîne KBS, le roi a dit avoir été profondément touché par la visite du cimetière.")
    assert speaker_of(analyze, text, "profondément touché", published="2019-03-27") == "Philippe"


def test_feminine_description_of_a_woman_with_a_masculine_title_and_subject_first(analyze):
    text = ("Un titre sans rapport\n\nLe ministre congolais des Affaires étrangères, Marie Tumba Nzeza, a signé "
            "avec son homologue Sameh Choukry un mémorandum sur les visas. La ministre a précisé que les deux "
            "pays allaient créer une commission mixte.")
    assert speaker_of(analyze, text, "commission mixte", published="2019-11-22") == "Marie Tumba Nzeza"


def test_title_closing_a_fronted_participle_clause(analyze):
    # "par le roi Mohammed VI, le chef de l'État s'est entretenu": Macron is the head of state
    text = ("Un titre sans rapport\n\nEmmanuel Macron a entamé lundi une visite d'État de trois jours au Maroc. "
            "Accueilli à l'aéroport de Rabat par le roi Mohammed VI, le chef de l'État s'est ensuite entretenu "
            "avec le souverain au palais royal.\n\nDevant le Parlement marocain, mardi, le président a réaffirmé "
            "que l'avenir du Sahara occidental s'inscrivait dans la souveraineté marocaine.")
    assert speaker_of(analyze, text, "Sahara", published="2024-10-29") == "Emmanuel Macron"
