"""The subject of a passive that reports nothing is what the act befalls, not who speaks: a mixed
continuation whose sentence has one goes on with the previous speaker
(own_sentence_speakers.named_in_own_sentence). Invented sentences."""


def test_passive_subject_of_a_non_speech_verb_does_not_speak(reports):
    found = reports("Le ministre, Paul Durand, expliquait alors que « les règles seront appliquées sans exception "
                    "dans tout le pays ». La Belgique avait notamment été retirée de la liste des pays concernés "
                    "par l'interdiction « en raison de leurs procédures de vérification renforcées et de leurs "
                    "échanges d'informations ».")
    assert len(found) == 2 and found[1][1] != "Belgique"
