"""A quotation with no cue after a sentence whose speech verb hands the floor to someone ("X a
souhaité faire un rappel au règlement. « … »") is that someone's, and so is the next piece of
the same words; a continuation keeps its inherited speaker otherwise (nlp/continuations.py).
Invented sentences."""


def test_sentence_before_a_continuation_hands_the_floor(analyze):
    text = ("Assemblée\n\n"
            "3 mai 2019. – Selon l'opposition, le vote a été truqué.\n\n"
            "Le débat a repris. Le député Paul Martin, président du groupe, a souhaité faire un rappel au "
            "règlement. « On ne peut pas accepter un tel mépris. » « Vous êtes minoritaires ! »")
    article = analyze(text, published="2019-05-03", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["On ne peut pas accepter un tel mépris."] == "Paul Martin"
    assert speakers["Vous êtes minoritaires !"] == "Paul Martin"
