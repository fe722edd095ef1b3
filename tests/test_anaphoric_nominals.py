"""Noun phrases that take up a person as a pronoun does (pronouns.tsv kinds `anaphoric` and
`former`): "l'intéressé" is the person the chain of "il" finds, never an institution; "le premier"
is the first of the two persons named last, "le second" the latest (nlp/antecedents.py).
Invented sentences."""


def _speakers(analyze, text):
    article = analyze("Politique\n\n" + text, published="2019-05-03", lang="fr")
    return [q.speaker.name for q in article.quotes]


def test_l_interesse_is_a_person_and_speaks(analyze):
    assert _speakers(analyze, "La police a interpellé Marc Lefèvre, le maire de la commune. "
                              "L'intéressé a assuré qu'il était innocent.") == ["Marc Lefèvre"]


def test_l_interessee_skips_an_institution_subject(analyze):
    speakers = _speakers(analyze, "La justice reproche à la députée Claire Morin un détournement de fonds. "
                                  "L'intéressée a affirmé qu'elle n'avait « rien à se reprocher ».")
    assert speakers[-1] == "Claire Morin"


def test_le_premier_is_the_first_of_the_two_named_last(analyze):
    assert _speakers(analyze, "Sophie Marchand a rencontré Paul Girard mardi. "
                              "La première a estimé que l'accord était « historique ».") == ["Sophie Marchand"]
    assert _speakers(analyze, "Paul Girard a rencontré Marc Lefèvre mardi. "
                              "Le premier a estimé que l'accord était « historique ».") == ["Paul Girard"]


def test_ceux_ci_takes_up_the_group_named_last(analyze):
    assert _speakers(analyze, "Le ministre Paul Girard a reçu mardi les syndicats. Ceux-ci ont dénoncé un "
                              "projet « inacceptable ».") == ["les syndicats"]
