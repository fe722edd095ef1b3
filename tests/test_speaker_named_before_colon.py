"""Words a colon opens, after a sentence that names an actor the parse did not make a subject
("Après l'annonce des résultats, X, 58 ans, a tweeté : « … »"), are that actor's, not the
earlier speaker's; an actor after a preposition ("la victoire de Y") is no candidate
(nlp/continuations.py named_before_colon). Invented sentences."""


def test_actor_named_before_a_colon_speaks(analyze):
    text = ("Élection\n\n"
            "18 juin 2018. – Le candidat Jean Dupont a remporté l'élection. Dans son discours, Jean Dupont a "
            "dit vouloir « la paix avec la justice ».\n\n"
            "Son rival, Paul Martin, avait été maire de la capitale. Après l'annonce des résultats, Martin, "
            "58 ans, a tweeté : « Quelle défaite ? Nous ne serons pas le gouvernement ».")
    article = analyze(text, published="2018-06-18", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["Quelle défaite ? Nous ne serons pas le gouvernement"] == "Paul Martin"


def test_the_owner_of_a_reaction_a_pronoun_stands_for_speaks(analyze):
    # "celle de X": X's reaction; the subject of the sentence (the declaration) says nothing
    text = ("Conférence\n\n"
            "18 juin 2018. – Le porte-parole a lu une déclaration. Cette déclaration a suscité de nombreuses "
            "réactions, comme celle de Paul Martin, un analyste politique : « C'est embarrassant d'assister "
            "à ce spectacle. »")
    article = analyze(text, published="2018-06-18", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["C'est embarrassant d'assister à ce spectacle."] == "Paul Martin"


def test_a_passive_cue_before_a_colon_gives_the_words_to_its_agent(analyze):
    text = ("Réforme\n\n"
            "18 juin 2018. – Le projet a été vivement critiqué par Paul Martin : « C'est une erreur historique. »")
    article = analyze(text, published="2018-06-18", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paul Martin"]
