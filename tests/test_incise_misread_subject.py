"""An inverted incise whose verb the parser gave a subject before its comma: when the words before
the comma are complete (a clause with its finite verb, or words closed by a quotation mark) and a
name or speaker noun follows the verb, that "subject" is a misreading and the incise reports the
words (incise_reports._closed_words_before). Also an incise whose speaker a channel participle
follows with no comma, a circumstance holding marks, and a short fragment in marks. The
sentences are invented."""


def test_a_name_inside_an_apposition_is_no_subject_of_the_incise(reports):
    found = reports("La ligue a nommé deux arbitres comme observateurs, dont le Belge Marc Dumont, rapporte la radio RTL.")
    assert [(words, cue) for words, _, cue in found] == [
        ("La ligue a nommé deux arbitres comme observateurs, dont le Belge Marc Dumont", "rapporte")]


def test_marked_words_without_a_verb_before_the_incise(reports):
    found = reports("Le port est calme. Une saison « sans précédent », a reconnu Paul Morel.")
    assert found == [("Une saison « sans précédent »", "Paul Morel", "a reconnu")]


def test_a_real_subject_before_the_comma_keeps_the_verb_its_own(reports):
    assert reports("Le port est calme. Le ministre, furieux, a prévenu Paul Morel.") == []
    # the twin: words closed by a mark before the comma, the parsed subject a misreading
    assert reports("Le port est calme. Une colère « sans limite », a prévenu Paul Morel.") == [
        ("Une colère « sans limite »", "Paul Morel", "a prévenu")]


def test_a_channel_participle_right_after_the_speaker(reports):
    found = reports("Le port est calme. Deux ponts ont cédé dans la nuit, a indiqué un habitant joint par téléphone.")
    assert [(words, speaker) for words, speaker, _ in found] == [("Deux ponts ont cédé dans la nuit", "un habitant")]


def test_marks_in_a_circumstance_after_the_speaker(reports):
    found = reports("Le port est calme. Le pays a fermé sa frontière, a annoncé le ministère de l'Intérieur, "
                    "en réponse à une « provocation » de son voisin.")
    assert [words for words, _, _ in found] == ["Le pays a fermé sa frontière"]


def test_a_short_fragment_in_marks_inside_the_clause_of_a_pronoun_incise(reports):
    # the marks' finder leaves "« trop tard »" out as a scare quote: the incise reads the clause
    found = reports("Le maire Paul Morel a visité le chantier. Ce serait « trop tard », a-t-il jugé.")
    assert ("Ce serait « trop tard »", "Paul Morel", "a-t-il jugé") in found


def test_a_sentence_in_marks_keeps_its_direct_reading(reports):
    found = reports("Le maire Paul Morel a visité le chantier. « Nous ne céderons pas », a-t-il dit.")
    assert found == [("Nous ne céderons pas", "Paul Morel", "a-t-il dit")]


def test_english_keeps_the_subject_before_told_and_its_addressee_apart(analyze):
    # English does not invert after a verb with a subject of its own: the outlet after "told" is
    # whom the words went to (pack setting incise_subject_misread, French only)
    article = analyze('An unrelated headline\n\n"The new budget is a disaster," Tom Reed, a spokesman for the '
                      'county, told HuffPost.', published="2024-03-05", lang="en")
    assert [(q.text, q.speaker.name) for q in article.quotes] == [("The new budget is a disaster", "Tom Reed")]
