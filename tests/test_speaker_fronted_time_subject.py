"""A joint subject after a fronted time word ("Mardi, Rome et Madrid ont affirmé que …") speaks,
though the parse makes the day the subject, or no word at all, and hangs the names on it as
conjuncts (nlp/syntax.py subject_after_time). Invented sentences."""


def test_joint_subject_after_a_weekday(analyze):
    text = ("Accord\n\n"
            "3 mai 2017. – Mardi, Rome et Madrid ont affirmé que l'accord était « indispensable ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Rome et Madrid"]


def test_joint_subject_after_a_month(analyze):
    text = ("Accord\n\n"
            "En mars, Rome et Madrid ont affirmé que l'accord était « indispensable ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Rome et Madrid"]


def test_single_subject_after_a_weekday_is_unchanged(analyze):
    text = ("Accord\n\n"
            "3 mai 2017. – Mardi, Paris a salué un accord « historique ».")
    article = analyze(text, published="2017-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Paris"]
