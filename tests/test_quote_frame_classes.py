"""Frames and verbs read by class (speech_verbs.tsv, nlp/frames.py): a verb + preposition + que
("plaider pour que", "insister pour que"), a wish addressed with a quoted object ("a souhaité à X
« … »"), rejecting a quoted object ("a rejeté des mesures « … »"), a negated quoted infinitive
("à ne pas « … »"). A purpose clause ("pour que" after a verb of no speech) and a plain object
stay out. Invented sentences."""


def test_verb_with_preposition_before_que(reports):
    assert reports("Le juge a insisté pour que l'audience reprenne.") == [
        ("l'audience reprenne", "Le juge", "a insisté pour")]
    found = reports("Le ministre a également plaidé pour que les marins détenus soient libérés « au plus vite ».")
    assert [(words, speaker) for words, speaker, _ in found] == [
        ("les marins détenus soient libérés « au plus vite »", "Le ministre")]


def test_purpose_clause_is_no_report(reports):
    assert reports("Il a parlé lentement pour que tous comprennent.") == []


def test_addressed_wish_in_marks(reports):
    assert reports("Le maire a souhaité à son successeur « beaucoup de chance ».") == [
        ("« beaucoup de chance »", "Le maire", "a souhaité")]


def test_rejected_object_with_a_quoted_fragment(reports):
    assert reports("Le syndicat a rejeté des propositions « inacceptables ».") == [
        ("des propositions « inacceptables »", "Le syndicat", "a rejeté")]
    assert reports("Le syndicat a rejeté la proposition de la direction.") == []


def test_negated_quoted_infinitive(reports):
    assert reports("Le président a appelé les Européens à ne pas « céder au chantage » de Moscou.") == [
        ("ne pas « céder au chantage » de Moscou", "Le président", "a appelé")]
