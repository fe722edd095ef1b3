"""An office of a body taken up by a noun ("le directeur des rédactions du journal") is written with
the body's name, the fullest designation the article gives, and that name tells whose office it
is when its holder was named before (nlp/body_complements.py). Real French model; the sentences
are invented."""


def _speakers(analyze, text):
    return {q.text: q.speaker for q in analyze(text, published="2023-01-10").quotes}


def test_the_journal_is_named_in_the_designation(analyze):
    text = ("Un titre sans rapport\n\nLe Figaro dénonce des « blocages scandaleux ». Dans un éditorial, le "
            "directeur des rédactions du journal précise que la grève a coûté cher.")
    speaker = _speakers(analyze, text)["la grève a coûté cher"]
    assert (speaker.actor, speaker.name) == (None, "le directeur des rédactions du Figaro")


def test_the_named_body_finds_the_holder_named_before(analyze):
    text = ("Un titre sans rapport\n\nLe directeur de la rédaction du Monde, Paul Roux, a refusé de publier "
            "le texte. Le directeur du journal affirme que rien ne change.")
    assert _speakers(analyze, text)["rien ne change"].actor == "person:paul-roux"
