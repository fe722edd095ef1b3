"""A description whose subject the resolver keeps as written is not replaced by a name that stands
inside its relative clause ("La présidente de la région, qui a reçu le ministre X, a déclaré": X is
who she received, no apposition of hers) (nlp/lost_subjects.py named_after_description).
Invented sentences. (A name in apposition still speaks: test_speaker_name_after_description.py.)"""


def test_name_inside_the_relative_clause_does_not_speak(analyze):
    text = ("Région\n\n"
            "3 mai 2017. – La présidente de la région, qui a reçu le ministre Paul Martin, a déclaré "
            "que la rencontre était « utile ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["La présidente de la région"]

