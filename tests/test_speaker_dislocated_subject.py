"""A subject restated by a stressed pronoun set off by commas ("L'ambassade de Russie à Kinshasa,
elle, n'a pas caché sa déception."): the parse may read both as adjuncts and give the verb no
subject; the noun phrase opening the sentence is still the subject a pronoun in the next sentence
takes up (antecedents._dislocated_subject). Invented sentences."""

TEXT = ("Joints par téléphone, plusieurs de ces chauffeurs dénoncent pourtant l'attente subie à la frontière "
        "hongroise. « On nous a fait attendre trois jours sans eau. On a dormi dans les camions, par moins "
        "dix degrés », raconte l'un d'eux, routier à Brasov, qui a requis l'anonymat.\n\n"
        "L'ambassade de Serbie à Bucarest, elle, n'a pas caché son agacement. Dans un communiqué, elle "
        "regrette que « certains voisins » aient cédé aux « pressions extérieures ».")


def test_the_pronoun_takes_up_the_dislocated_subject(reports):
    found = reports(TEXT)
    assert found[-1][1].startswith("L'ambassade de Serbie")


# the stressed pronoun the parse makes the subject of its own verb ("Les X, elles, demandent …"):
# the noun phrase before it speaks, not a pronoun left unresolved (antecedents._restated_subject)
RESTATED = ("Le gouvernement provincial a présenté mardi son plan de relance minière devant les élus. "
            "Les ministres ont défendu un calendrier serré.\n\n"
            "Les associations de pêcheurs, elles, demandent à être consultées avant tout chantier.")


def test_a_stressed_pronoun_subject_speaks_for_the_phrase_it_restates(reports):
    found = [f for f in reports(RESTATED) if "consultées" in f[0]]
    assert found and found[0][1] is not None and found[0][1].startswith("Les associations de pêcheurs")
