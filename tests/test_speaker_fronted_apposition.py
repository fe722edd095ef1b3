"""A name between commas after a prepositional phrase that opens its sentence ("Devant son
homologue, X, le président français a reconnu …") names that phrase's noun: the noun phrase after
it is the verb's subject, neither X's role nor X's words, though the parser may read X as a
second subject (nlp/fronted_appositions.py, read by roles.subject_after_fronted and
syntax.subject_of). Invented sentences."""

TEXT = ("Un titre sans rapport\n\nPour sa première visite au Gabon, Emmanuel Macron a voulu parler du passé. "
        "Devant son homologue, Marc Dubois, le président français a reconnu mercredi « les erreurs » de la "
        "colonisation.")


def test_the_subject_after_the_apposed_name_speaks(analyze):
    article = analyze(TEXT, published="2024-05-02")
    assert [q.speaker.name for q in article.quotes if "erreurs" in q.text] == ["Emmanuel Macron"]


def test_the_apposed_name_takes_no_role_from_the_subject(analyze):
    article = analyze(TEXT, published="2024-05-02")
    dubois = next(a for a in article.actors if a.name == "Marc Dubois")
    assert "français" not in (dubois.role or "") and dubois.country != "FRA"


def test_a_name_after_a_plain_subject_keeps_its_role(analyze):
    article = analyze("Un titre sans rapport\n\nMarc Dubois, le président du club, a reconnu des « erreurs ».",
                      published="2024-05-02")
    assert [q.speaker.name for q in article.quotes] == ["Marc Dubois"]
