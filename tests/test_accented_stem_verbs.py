"""A speech verb whose stem's é turns è in the present ("tempérer" -> "tempère", "concéder" ->
"concède") is still found when the lemmatizer leaves the form alone or misreads it as an adjective:
the pack's verb endings map "ère" to "érer", "ède" to "éder" (lang/fr/verb_endings.tsv).
Invented sentences."""
from newsgraph.nlp.lexicon import guess_lemmas


def test_accented_stems_give_their_infinitive(blank_nlp):
    nlp = blank_nlp("fr")

    def guesses(word: str) -> tuple[str, ...]:
        return guess_lemmas(nlp.get_pipe("newsgraph_context")(nlp(word))[0])
    assert "tempérer" in guesses("tempère")
    assert "concéder" in guesses("concèdent")
    assert "soulever" in guesses("soulève")
    assert "alléguer" in guesses("allègue")


def test_incise_with_an_accented_stem_verb_is_a_cue(reports):
    found = reports("Léa Brunner a présenté les comptes. « Nous restons prudents », tempère la ministre.")
    assert [cue for _, _, cue in found] == ["tempère"]
