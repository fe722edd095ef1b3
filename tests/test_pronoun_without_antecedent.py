"""A singular pronoun of an incise that no antecedent agrees with in gender ("Le maire a dénoncé …
« … », a-t-elle ajouté": a role noun's grammatical gender is not its holder's) continues the
paragraph's speaker instead of standing as a bare pronoun (SpeakerResolver.resolve). Invented
sentences."""


def test_feminine_pronoun_after_masculine_role_noun(reports):
    found = reports("Le maire a dénoncé une « provocation » des manifestants. « C'est inacceptable », a-t-elle ajouté.")
    assert [speaker for _, speaker, _ in found] == ["Le maire", "Le maire"]
