"""An organisation noun takes up the unknown name it was put in apposition to earlier ("un
communiqué de l'Elvatra, l'association regroupant … Dans le communiqué, l'association
européenne précise"), not a place before a comma ("En France, l'association") (nlp/apposed_names.py).
Invented sentences."""


def test_association_takes_up_the_name_it_was_apposed_to(analyze):
    text = ("Réseau\n\n"
            "3 mai 2019. – Le réseau est en panne, explique un communiqué de l'Elvatra, l'association "
            "regroupant les gestionnaires de réseaux en Europe.\n\n"
            "Dans le communiqué, l'association européenne précise que la panne vient du sud.")
    article = analyze(text, published="2019-05-03", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["la panne vient du sud"] == "Elvatra"


def test_a_place_before_the_comma_is_no_name(analyze):
    text = ("Plainte\n\n"
            "3 mai 2019. – En France, l'association a porté plainte.\n\n"
            "Dans le communiqué, l'association précise que la panne vient du sud.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["l'association"]
