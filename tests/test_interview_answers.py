"""Interviews laid out as questions and answers: each answer is a direct quote of the person the
lead says is interviewed, with no quotation marks (the dialogue dash, an answer label or the
question before it sets it off); an article that only mentions an interview, or asks a question
in passing, quotes nobody that way (nlp/interview_answers.py). The texts are invented."""

LEAD = ("Un maire face à la sécheresse\n\nLyon, 3 mars 2024. Le maire de la ville, Étienne Rivière, "
        "répond à nos questions.\n\n")


def _answers(analyze, text):
    article = analyze(text, published="2024-03-05")
    return {q.text: (q.type, q.speaker.name if q.speaker else None) for q in article.quotes}


def test_answers_after_questions_and_dialogue_dashes_are_the_interviewees(analyze):
    text = LEAD + ("Les nappes sont-elles vides ?\n\nPresque. Nous puisons dans les réserves depuis juin.\n\n"
                   "Faut-il rationner l'eau ?\n\n— Nous le ferons dès la semaine prochaine.")
    found = _answers(analyze, text)
    assert found["Presque. Nous puisons dans les réserves depuis juin."] == ("direct", "Étienne Rivière")
    assert found["Nous le ferons dès la semaine prochaine."] == ("direct", "Étienne Rivière")
    assert not any(words.endswith("?") for words in found)  # the questions are the journalist's


def test_an_answer_after_a_statement_is_set_off_by_its_dash(analyze):
    text = LEAD + ("Les agriculteurs se plaignent.\n\n— Ils ont raison de le faire. Nous les aiderons.\n\n"
                   "Et les jardins ?\n\n— Ils attendront l'automne.")
    found = _answers(analyze, text)
    assert found["Ils ont raison de le faire. Nous les aiderons."] == ("direct", "Étienne Rivière")


def test_question_and_answer_in_one_paragraph(analyze):
    text = LEAD + ("— Les piscines fermeront-elles ? — Non, elles resteront ouvertes tout l'été.\n\n"
                   "— Et les fontaines ? — Elles seront coupées dès lundi.")
    found = _answers(analyze, text)
    assert found["Non, elles resteront ouvertes tout l'été."] == ("direct", "Étienne Rivière")
    assert found["Elles seront coupées dès lundi."] == ("direct", "Étienne Rivière")


def test_answer_labels(analyze):
    text = LEAD + "Q : Combien coûtera le plan ?\n\nR : Environ deux millions d'euros sur trois ans."
    found = _answers(analyze, text)
    assert found["Environ deux millions d'euros sur trois ans."] == ("direct", "Étienne Rivière")


def test_an_interview_only_mentioned_quotes_no_unmarked_paragraph(analyze):
    text = ("La sécheresse s'aggrave\n\nLyon, 3 mars 2024. Le maire, Étienne Rivière, a accordé un entretien "
            "au Progrès.\n\nFaut-il s'inquiéter ? Les experts restent prudents.\n\nLes nappes sont-elles vides ?\n\n"
            "Les relevés de février montrent une baisse de moitié.")
    found = _answers(analyze, text)
    assert "Les relevés de février montrent une baisse de moitié." not in found


def test_a_meeting_called_an_entretien_makes_no_interview_of_an_explainer(analyze):
    # "entretien" inside a sentence is a meeting or a channel; the explainer's subheadings are no questions
    text = ("Le gaz divise les voisins\n\nVienne, 3 mars 2024. La ministre Irène Falk a eu un entretien "
            "téléphonique avec son homologue.\n\nPourquoi maintenant ?\n\nLes stocks baissent depuis janvier.\n\n"
            "Et ensuite ?\n\nUn accord pourrait être signé au printemps.")
    found = _answers(analyze, text)
    assert "Les stocks baissent depuis janvier." not in found
    assert "Un accord pourrait être signé au printemps." not in found


def test_a_title_opening_with_entretien_announces_the_interview(analyze):
    text = ("Entretien avec Irène Falk, ministre de l'Énergie\n\nVienne, 3 mars 2024.\n\nPourquoi maintenant ?\n\n"
            "Les stocks baissent depuis janvier.\n\nEt ensuite ?\n\nUn accord pourrait être signé au printemps.")
    found = _answers(analyze, text)
    assert found["Les stocks baissent depuis janvier."] == ("direct", "Irène Falk")
