"""An institution or a state speaking "par la voix de" a person named after it: the person is the
speaker (who produced the words); without a person named there, the institution stays. Real French
model; the sentences are invented."""

HEAD = "Un titre sans rapport\n\n"


def speakers(analyze, text):
    return {q.text: q.speaker.name for q in analyze(HEAD + text, published="2024-05-02").quotes}


def test_a_state_speaking_through_its_spokesman_is_the_spokesman(analyze):
    found = speakers(analyze, "Berlin, par la voix du porte-parole du gouvernement, Steffen Hebestreit, a jugé la "
                              "décision « regrettable ».")
    assert found["la décision « regrettable »"] == "Steffen Hebestreit"


def test_an_organisation_through_its_president(analyze):
    found = speakers(analyze, "L'Union européenne, par la voix de sa présidente Ursula von der Leyen, a dénoncé "
                              "« une provocation ».")
    assert found["« une provocation »"] == "Ursula von der Leyen"



def test_a_person_named_in_a_later_sentence_is_not_the_voice(analyze):
    found = speakers(analyze, "Berlin, par la voix de son gouvernement, a jugé la décision « regrettable ». "
                              "Steffen Hebestreit n'a pas commenté.")
    assert found["la décision « regrettable »"] != "Steffen Hebestreit"
