"""The pronoun of an incise after a quote does not take up the subject left before the opening mark
of a verb the marks hold ("Le nouveau président « a intérêt à … », analyse-t-il"): that subject is
part of what is said; the speaker is found as if it were not there (antecedents.py). Invented
sentences."""


def test_the_subject_of_the_quoted_verb_is_not_the_speaker(reports):
    found = reports("Un diplomate européen, qui a requis l'anonymat, juge pourtant que la donne peut changer. "
                    "Le nouveau président « a intérêt à rompre l'isolement du pays », analyse-t-il.")
    assert [speaker for words, speaker, _ in found if "isolement" in words] == ["Un diplomate européen"]


def test_a_named_subject_of_the_quoted_verb_is_not_the_speaker_either(reports):
    found = reports("Le ministre Jean Dupont a reçu lundi le maire de Lyon. Un diplomate européen, qui a requis "
                    "l'anonymat, juge pourtant que la donne peut changer. Le ministre « a intérêt à rompre l'isolement "
                    "du pays », analyse-t-il.")
    assert [speaker for words, speaker, _ in found if "isolement" in words] == ["Un diplomate européen"]
