"""An incise inside the marks that splits the words in two may run on after its verb: an inverted
pronoun with a time and a place ("« A, a-t-elle affirmé lundi à Lyon. B »"), or a subject with its
complement and a place ("« A, a insisté le chef de l'Etat malien devant la diaspora à Paris. B »");
both pieces are the incise's speaker's (quote_incises.incise_inside). Invented sentences."""


def test_inverted_pronoun_then_time_and_place(analyze):
    text = ("Diplomatie\n\n"
            "Le ministre turc, Ahmet Demir, a haussé le ton. Ankara n'a rien à négocier, a-t-il ajouté.\n\n"
            "Mme Papadaki, elle, ne recule pas. « La Grèce défendra toujours ses îles, sur terre comme en mer, "
            "a-t-elle affirmé lundi à Athènes. Et nos frontières sont celles de l'Europe. »")
    article = analyze(text, published="2021-03-02", lang="fr")
    last = [q for q in article.quotes if "frontières" in q.text or "îles" in q.text]
    assert len(last) == 2 and all(q.speaker.name == "Papadaki" for q in last), \
        [(q.text, q.speaker.name) for q in article.quotes]


def test_subject_with_complement_then_place(analyze):
    text = ("Mines\n\n"
            "Le contrat minier de 2008 est au cœur des échanges. Bamako en exige la révision depuis un an. "
            "« Nous voulons un partenariat équilibré, a insisté le chef de l'Etat malien devant la diaspora "
            "à Paris. Pas un partenariat où l'un gagne et l'autre perd. »")
    article = analyze(text, published="2021-03-02", lang="fr")
    assert len(article.quotes) == 2
    assert {q.speaker.name for q in article.quotes} == {"le chef de l'Etat malien"}
