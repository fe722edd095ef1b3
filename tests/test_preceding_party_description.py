"""A description whose role is followed by the holder's party ("le ministre N-VA", "la députée
PS") takes up the subject named before: an organisation the index knows after the role is no name
the recogniser missed (preceding_person._names_someone). The name of that subject may be hung by
the parser on the subject's role noun with no preposition ("Le ministre des Transports X a
signé": preceding_person._names_subject), and it still is the subject. Invented sentences."""

PARTY = ("Koen Van Damme, qui conduisait la délégation belge, a signé lundi avec son "
         "homologue Ravi Menon un accord sur le fret ferroviaire. « C'est une étape utile pour nos ports », "
         "a souligné le ministre N-VA devant la presse.")

COMPLEMENT = ("Le conseiller de Pieter Claes a reçu mardi Marc Dubois au siège du parti. « Rien n'est encore "
              "décidé », a affirmé le ministre N-VA devant la presse.")


def test_a_party_after_the_role_is_no_name(analyze, speakers_of):
    article = analyze(PARTY, published="2017-11-07", lang="fr")
    assert [s.endswith("Koen Van Damme") for s in speakers_of(article, "étape utile")] == [True]


def test_a_name_hung_through_a_preposition_is_not_the_subject(analyze, speakers_of):
    article = analyze(COMPLEMENT, published="2017-11-07", lang="fr")
    assert speakers_of(article, "Rien n'est encore") != ["Pieter Claes"]


def _name_span(doc, name):
    start = doc.text.index(name)
    return doc.char_span(start, start + len(name), alignment_mode="expand")


def test_a_name_hung_on_the_subject_role_names_the_subject():
    # the recogniser may open the name on the role's complement ("Finances X"); the parser hangs
    # the first name on "ministre", the subject: that name is the subject's
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.nlp.preceding_person import _names_subject
    nlp = load_pipeline("fr")
    subjects = ("nsubj", "nsubj:pass")
    doc = nlp("Le ministre des Finances Johan Van Overtveldt, qui accompagnait la mission, a signé un protocole.")
    assert _names_subject(_name_span(doc, "Finances Johan Van Overtveldt"), subjects)
    other = nlp("Le conseiller de Pieter Claes a reçu mardi les syndicats du rail.")
    assert not _names_subject(_name_span(other, "Pieter Claes"), subjects)


RULED_OUT = ("Le conseiller spécial de l'ONU Tomas Lindqvist a ajourné samedi les pourparlers de Genève.\n\n"
             "Les discussions devaient réunir le gouvernement du président Bachar al-Assad et les "
             "rebelles du nord du pays. Après deux jours d'attente, le médiateur suédois a reconnu devant la presse "
             "que les conditions « ne sont pas réunies ».")


def test_a_sentence_whose_people_are_all_ruled_out_does_not_stop_the_search(analyze, speakers_of):
    # the president named just before is of another state than the description says: the
    # description reaches back past him to the mediator named earlier
    article = analyze(RULED_OUT, published="2018-09-08", lang="fr")
    assert speakers_of(article, "ne sont pas réunies") == ["Tomas Lindqvist"]
