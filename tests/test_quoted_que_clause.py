"""A que-clause entirely in quotation marks is mixed, marks included, the full stop outside them
as French writes it (GUIDELINES §2.1, nlp/reports.py WHOLE_KINDS). Invented sentences."""


def test_que_clause_in_marks_is_mixed(analyze):
    article = analyze("Un titre sans rapport\n\nLa directrice a déclaré que « les cours reprendront lundi ».",
                      published="2024-03-05")
    assert [(q.text, q.type) for q in article.quotes] == [("« les cours reprendront lundi »", "mixed")]


def test_quotation_after_a_colon_stays_direct(analyze):
    article = analyze("Un titre sans rapport\n\nLa directrice a déclaré : « Les cours reprendront lundi ».",
                      published="2024-03-05")
    assert [(q.text, q.type) for q in article.quotes] == [("Les cours reprendront lundi", "direct")]
