"""A reported clause ends before an attribution marker that closes its sentence ("…, selon l'agence
X."): the marker reports the whole sentence, cue and all, and the cue's own clause lies inside it
(nlp/clause_ends.py before_trailing_marker). A marker inside the words stays in them. Invented
sentences."""


def test_a_clause_ends_before_the_marker_that_closes_its_sentence(analyze):
    text = ("Riposte\n\n"
            "3 mai 2019. – La Russie a fait savoir qu'elle se réservait le droit de riposter, selon l'agence "
            "Interfax.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert sorted((q.text, q.cue.text) for q in article.quotes) == [
        ("La Russie a fait savoir qu'elle se réservait le droit de riposter", "selon"),
        ("elle se réservait le droit de riposter", "a fait savoir")]


def test_a_marker_inside_the_words_stays_in_them(analyze):
    text = "Réforme\n\n3 mai 2019. – Le ministre a dit que la réforme, selon lui, était juste."
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.text for q in article.quotes] == ["la réforme, selon lui, était juste"]

