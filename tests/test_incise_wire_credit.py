"""The wire's credit in brackets after an article's last sentence ("… a indiqué le ministère.
(ats)") opens a sentence of its own (paragraphs._ends_sentence): the incise before it still closes
its sentence, and a reported clause ends at its stop. Invented sentences."""

TEXTS = {
    "incise": "Le solde de l'aide sera versé d'ici à l'été, a indiqué le département. (ats)",
    "clause": "Le ministère a indiqué que le paiement du solde sera discuté d'ici à l'été. (Belga)",
}


def test_a_wire_credit_after_the_last_stop_is_no_part_of_the_report(analyzed):
    articles = analyzed(TEXTS, headline=True)
    found = {key: [(q.text, q.type, q.cue.text) for q in a.quotes] for key, a in articles.items()}
    assert found["incise"] == [("Le solde de l'aide sera versé d'ici à l'été", "indirect", "a indiqué")]
    assert found["clause"] == [("le paiement du solde sera discuté d'ici à l'été", "indirect", "a indiqué")]
