"""A description two persons named before it fit equally ("le chef de l'État" after two heads of
state) takes up the more salient one: the one its paragraph is about, else the one of the state the
article names most, else the latest named (salient_holders.py). Invented sentences."""

HEAD = ("Un titre sans rapport\n\nLe président congolais Félix Tshisekedi a été reçu vendredi à Pékin par "
        "son homologue chinois Xi Jinping. La RDC et la Chine ont signé huit accords. Kinshasa veut "
        "des routes, la RDC des hôpitaux.\n\n« La Chine est prête à travailler avec la RDC », a déclaré "
        "Xi Jinping.\n\n")


def speaker_of(analyze, text, words):
    article = analyze(text, published="2023-05-27")
    quote = next(q for q in article.quotes if words in q.text)
    return quote.speaker.name if quote.speaker is not None else None


def test_holder_of_the_article_state(analyze):
    # (the latest turn, the presidency's, is no holder's; the paragraph names neither of them)
    text = HEAD + ("Selon la présidence congolaise, huit accords ont été signés. Le chef de l'État a déclaré "
                   "que le contrat minier devait être rééquilibré.")
    assert speaker_of(analyze, text, "rééquilibré") == "Félix Tshisekedi"


def test_holder_the_paragraph_names(analyze):
    text = HEAD + ("Xi Jinping a aussi parlé des mines. Le chef de l'État a déclaré que le contrat minier devait "
                   "être rééquilibré.")
    assert speaker_of(analyze, text, "rééquilibré") == "Xi Jinping"


def test_holder_the_paragraph_names_before_the_last_speaker(analyze):
    # Xi Jinping spoke last, in the paragraph before; this one names Félix Tshisekedi
    text = HEAD + ("Félix Tshisekedi a rencontré des patrons chinois. Le chef de l'État a déclaré que le "
                   "contrat minier devait être rééquilibré.")
    assert speaker_of(analyze, text, "rééquilibré") == "Félix Tshisekedi"
