"""A report nested in the words of an opening marker ("Selon l'agence X, Y a déclaré que …") has
its own speaker, Y, inside those words (GUIDELINES §2.5: both layers, each with its speaker); the
marker's phrase, which the parse may make the inner verb's subject, is no speaker of the inner
report (speakers.marker_holding). Invented sentences."""


def layers(found, marker):
    """(outer speakers, inner speakers) of the quotes found in one sentence."""
    return ([speaker for _, speaker, cue in found if cue == marker],
            [speaker for _, speaker, cue in found if cue != marker])


def test_named_subject_after_a_marker_speaks_the_inner_report(reports):
    found = reports("Selon l'agence marocaine MAP, Nasser Bourita a jugé « fructueuse » la rencontre "
                    "avec son homologue espagnol.")
    assert layers(found, "Selon") == (["MAP"], ["Nasser Bourita"])


def test_marker_phrase_parsed_as_subject_gives_way_to_the_name(reports):
    found = reports("D'après l'agence Reuters, Paul Dubois a souhaité que les entreprises "
                    "bénéficient d'un « environnement stable ».")
    assert layers(found, "D'après") == (["Reuters"], ["Paul Dubois"])


def test_a_capital_after_a_marker_speaks_the_inner_report(reports):
    found = reports("Selon la radio RTL, Varsovie a demandé à la Commission un délai « raisonnable » "
                    "pour appliquer la directive.")
    assert layers(found, "Selon") == (["RTL"], ["Varsovie"])


def test_subject_inside_the_words_of_a_closing_incise_speaks_the_inner_report(reports):
    found = reports("Le vote a eu lieu mardi.\n\n"
                    "À Berlin, le chancelier pressenti, Friedrich Merz, a assuré devant le Bundestag que le pays "
                    "pouvait « aisément » éviter la récession, rapporte le quotidien Die Welt.")
    assert layers(found, "rapporte") == (["Die Welt"], ["Friedrich Merz"])
