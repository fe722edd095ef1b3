"""A bare past participle of a speech verb that describes a noun, with no agent, is the journalist's
epithet, not a report (nlp/cues.py, pack setting adnominal_passive_needs_agent). Invented sentences."""


def test_participle_describing_a_noun_without_agent_reports_nothing(reports):
    found = reports("Le port reste fermé depuis le départ d'un ingénieur accusé d'avoir saboté les grues.")
    assert not any("saboté" in words for words, _, _ in found)


def test_participle_set_off_after_an_apposition_reports_nothing(reports):
    found = reports("Le maire a gelé les comptes de trois élus, dont l'ancien trésorier, "
                    "accusés de détourner des fonds.")
    assert not any("détourner" in words for words, _, _ in found)


def test_participle_with_its_agent_still_reports(reports):
    found = reports("Le port reste fermé depuis le départ d'un ingénieur accusé par la direction "
                    "d'avoir saboté les grues.")
    assert any(words.startswith("avoir saboté") and speaker and "direction" in speaker
               for words, speaker, _ in found)


def test_participle_inside_words_a_speech_verb_governs_still_reports(reports):
    found = reports("Le président a promis de renégocier le traité, accusé de ruiner les paysans.")
    assert any(words.startswith("ruiner les paysans") for words, _, _ in found)


def test_compound_tense_split_by_an_adjunct_is_no_epithet(reports):
    found = reports("La fédération a, de son côté, appelé à « rouvrir les canaux ».")
    assert any("rouvrir les canaux" in words for words, _, _ in found)


def test_participle_in_a_noun_a_speech_verb_announces_reports_nothing(reports):
    found = reports("La ministre a annoncé une aide aux ports et des sanctions contre des armateurs "
                    "accusés de polluer la baie.")
    assert not any("polluer" in words for words, _, _ in found)
