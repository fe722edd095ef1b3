"""Speech verbs of the French pack (lang/fr/speech_verbs.tsv): pressing someone to act is a demand,
as "exhorter" ("a pressé Ottawa de …"), reported as "demander de" is (GUIDELINES §2.1). Real
French model; the sentences are invented."""


def test_pressing_someone_to_act_is_a_demand(reports):
    found = reports("La sénatrice a pressé le gouvernement de rouvrir la frontière avant l'hiver.")
    assert found == [("rouvrir la frontière avant l'hiver", "La sénatrice", "a pressé")]


def test_pressing_with_words_in_marks_is_a_mixed_demand(reports):
    found = reports("Le député a pressé le ministre de « cesser de tergiverser » sur ce dossier.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Le député", "a pressé")]
    assert "« cesser de tergiverser »" in found[0][0]
