"""A passive participle of the quoted-object frame with its agent after the quotation ("une mesure
qualifiée d'« injustifiée » par X"; the parser hangs the agent on the words in marks, the tagger
may call the participle an adjective) reports the quotation, spoken by the agent, who is no part
of the words (cues._quoted_agent). The sentences are invented."""


def test_a_participle_read_as_an_adjective(reports):
    found = reports("Madrid a suspendu les échanges, une mesure qualifiée d'« injustifiée » par la Commission européenne.")
    assert [(words, cue) for words, _, cue in found] == [("« injustifiée »", "qualifiée")]
    assert "Commission" in (found[0][1] or "")


def test_a_compound_passive(reports):
    found = reports("La réforme a été qualifiée de « recul historique » par l'opposition.")
    assert [(words, cue) for words, _, cue in found] == [("« recul historique »", "a été qualifiée")]


def test_no_quotation_no_report(reports):
    assert reports("La réforme a été qualifiée de recul historique par l'opposition.") == []


def test_the_parsed_agent_of_a_participle_is_no_part_of_the_words(reports):
    found = reports("Le texte, jugé « inacceptable » par les syndicats, sera examiné mardi.")
    assert [(words, speaker) for words, speaker, _ in found] == [("« inacceptable »", "les syndicats")]


def test_a_compound_passive_whose_agent_the_parser_found(reports):
    # the parser hangs "par le ministre" on the participle as its agent: the quoted-object frame
    # reports the quotation with it as well as with an agent read on the surface
    found = reports("Le projet a été jugé « dangereux » par le ministre de l'Intérieur.")
    assert [(words, speaker) for words, speaker, _ in found] == [("« dangereux »", "le ministre de l'Intérieur")]


def test_an_adverb_before_the_quotation_and_a_number_before_the_agent(reports):
    found = reports("La rencontre a été qualifiée alors de « franche et amicale » par les deux présidences.")
    assert [(words, speaker) for words, speaker, _ in found] == [("« franche et amicale »", "les deux présidences")]


def test_a_participle_set_off_after_its_noun(reports):
    # "La rencontre, qualifiée de …": the comma after the noun does not make the participle a
    # compound tense whose subject would be the meeting
    found = reports("La rencontre, qualifiée de « cordiale » par le ministre, a duré deux heures.")
    assert [(words, speaker) for words, speaker, _ in found] == [("« cordiale »", "le ministre")]
