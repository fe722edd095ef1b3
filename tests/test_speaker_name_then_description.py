"""A speaker mention that is a name followed by its description with the comma left out ("X le
vice-président de Y") is the name (speaker_mentions.clean_mention cuts at the determiner).
Invented sentences."""


def test_name_then_description_without_comma(analyze):
    text = ("Industrie : une usine en Indonésie\n\n"
            "16 octobre 2012. – Le groupe souhaite profiter de la croissance du marché de la cosmétique "
            "en Asie. « L'usine produira 100 millions de produits en 2013 », explique Joechim Zeltnar le "
            "vice-président de Bovela pour l'Asie-Pacifique. Il précise que la construction a nécessité "
            "« 90 millions d'euros » d'investissement.")
    article = analyze(text, published="2012-10-16", lang="fr")
    speakers = {q.speaker.name for q in article.quotes}
    assert speakers == {"Joechim Zeltnar"}
