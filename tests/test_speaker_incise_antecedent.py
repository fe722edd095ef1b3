"""A pronoun after a sentence closed by an incise ("…, fait observer X. « … », a-t-il ajouté")
goes on with the incise's speaker, not the sentence's own subject nor an earlier speaker
(nlp/antecedents.py _incise_speaker). Invented sentences."""


def test_pronoun_takes_up_the_speaker_of_the_incise_before(analyze):
    text = ("Conseil régional\n\n"
            "3 mai 2019. – « Nous partirons demain », a déclaré Jean Dupont, maire de Lille. "
            "Les accords de la région prévoient un vote chaque année, fait observer Paul Martin, "
            "le président du conseil. « Le vote aura lieu en mai », a-t-il ajouté.")
    article = analyze(text, published="2019-05-03", lang="fr")
    speakers = {q.text: q.speaker.name for q in article.quotes}
    assert speakers["Le vote aura lieu en mai"] == "Paul Martin"



def test_a_speech_verb_after_its_own_subject_is_no_incise(analyze):
    # "…, X, a annoncé le départ de …" has its subject before the comma: the object is no speaker
    text = ("Football\n\n"
            "Le président du club, Henri Blanc, a annoncé le départ de l'entraîneur. "
            "Pour lui, l'équipe a besoin d'un nouveau souffle.")
    article = analyze(text, published="2019-05-03", lang="fr")
    assert [q.speaker.name for q in article.quotes] == ["Henri Blanc"]
