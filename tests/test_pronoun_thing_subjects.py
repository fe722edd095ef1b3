"""A pronoun after a sentence whose subject is a thing: a person named only in that subject's
complement ("la réforme du ministre X") does not agree with "il" (nlp/antecedents.py agrees), and
the person the sentence names as agent ("bloquée par le juge Y") is who acts in it. Invented sentences."""


def test_person_in_a_things_complement_is_no_antecedent(analyze):
    text = ("Réforme\n\n"
            "3 mai 2019. – Touché par la réforme du ministre Paul Marchand, le maire Jean Valois a réagi "
            "mardi. Il a déclaré : « Nous ne céderons pas. »")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = article.quotes
    assert quote.speaker.name == "Jean Valois"


def test_agent_of_a_things_sentence_takes_up_the_pronoun(analyze):
    text = ("Décret\n\n"
            "3 mai 2019. – Le président Paul Marchand a signé un décret lundi. La nouvelle version du décret "
            "du président Paul Marchand vient d'être bloquée par le juge fédéral Jean Valois. Il estime que "
            "le texte comprend « des preuves d'animosité religieuse ».")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = [q for q in article.quotes if "animosité" in q.text]
    assert quote.speaker.name == "Jean Valois"
