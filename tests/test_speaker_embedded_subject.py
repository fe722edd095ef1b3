"""A pronoun after a sentence whose main subject is a thing and that names no agent goes to the
latest subject of a clause inside it that may act and agrees ("… par le fait que l'armée s'est
octroyée le pouvoir. Elle a promis …"), when nobody has the floor (nlp/antecedents.py
_previous_subject). Invented sentence."""


def test_feminine_pronoun_takes_up_the_embedded_subject(analyze):
    text = ("Élection\n\n"
            "3 mai 2019. – Paul Martin a été élu président. Cependant, son action sera limitée par le fait "
            "que, après la dissolution du parlement, l'armée s'est octroyée le pouvoir législatif. Elle a "
            "cependant promis de remettre le pouvoir au président avant le 30 juin.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["l'armée"]
