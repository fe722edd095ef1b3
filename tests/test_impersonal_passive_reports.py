"""An impersonal passive of a verb that reports a clause ("Il a été indiqué que …") is a cue whose
speaker is nobody named: `unspecified`, as the guidelines write impersonal cues (§2.7). Real French
model; the sentences are invented."""


def test_an_impersonal_passive_reports_its_clause(reports):
    found = reports("Il a été indiqué que le scrutin aurait lieu en septembre.")
    assert [(words, speaker) for words, speaker, _ in found] == [("le scrutin aurait lieu en septembre", "unspecified")]


def test_a_personal_passive_with_no_clause_reports_nothing(reports):
    assert reports("Le scrutin a été indiqué sur la carte.") == []


def test_an_impersonal_passive_of_a_decision_is_no_report(analyze):
    """"It was decided / agreed that …" records a decision, nobody's words; "It was announced that"
    still reports."""
    article = analyze("The board met on Monday.\n\nIt was decided that the plant would close in March. "
                      "It was agreed that the talks would resume. It was announced that the mill would close.",
                      published="2024-03-05", lang="en")
    assert [q.text for q in article.quotes] == ["the mill would close"]
