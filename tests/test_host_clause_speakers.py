"""A cue that continues a clause speaks with that clause's subject when the parse gave it a thing for
subject: a participle or gerund hung on the object before it, a conjunct that took the first verb's
object across the coordinator (nlp/cues.py _host_speaker). Invented sentences."""


def _quotes(analyze, sentence):
    article = analyze("Diplomatie\n\n4 mars 2021. – " + sentence, published="2021-03-04", lang="fr")
    return [(q.text, q.cue.text if q.cue else None, q.speaker.name if q.speaker else None) for q in article.quotes]


def test_participle_on_the_object_speaks_with_the_subject(analyze):
    found = _quotes(analyze, "Le ministre Pedro Alvarado a rejeté toute critique, accusant les "
                             "bailleurs de vouloir imposer une \"tutelle\" au pays.")
    assert ('vouloir imposer une "tutelle" au pays', "accusant", "Pedro Alvarado") in found


def test_conjunct_does_not_take_the_first_verb_object_for_subject(analyze):
    found = _quotes(analyze, "Le porte-parole du ministère, Karim Bensaïd, a rejeté des accusations « totalement "
                             "infondées » et a estimé que Rabat devait « balayer devant sa porte ».")
    assert ("Rabat devait « balayer devant sa porte »", "a estimé", "Karim Bensaïd") in found


def test_a_document_keeps_its_own_words(analyze):
    # the message asks, not those who sent it: a displayed message is no one's report (GUIDELINES §2.6)
    found = _quotes(analyze, "Le virus se cache dans l'ordinateur. Ils envoyaient un message d'avertissement "
                             "factice de la banque, demandant aux clients de confirmer leurs codes.")
    assert not [q for q in found if q[1] == "demandant"]
