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
