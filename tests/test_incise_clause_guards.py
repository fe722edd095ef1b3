"""What an inverted incise closes is a clause, and its verb is conjugated (nlp/incise_reports.py):
a subject with its relative clause or participle before its verb and object ("Enabel, qui emploie
…, a indiqué poursuivre …"), a bare past participle ("…, jugés incompétents.") and a present
participle ("…, exigeant le départ …") close no words. And an infinitive after a finite auxiliary
belongs to that verb, not to a cue in the relative clause before it (nlp/frames.py _surface); a
relative clause after a name ("…, dont le pays assure …") is no incise either.
Invented sentences."""


def test_bare_past_participle_is_no_incise(reports):
    assert reports("Des habitants ont manifesté devant la mairie pour exiger le départ des agents municipaux, "
                   "jugés incompétents.") == []


def test_present_participle_takes_no_inverted_subject(reports):
    assert reports("Le gouverneur avait posé ses conditions à l'ouverture du dialogue, exigeant le départ des "
                   "soldats étrangers.") == []


def test_subject_with_its_relative_clause_is_no_report(reports):
    assert reports("Enabel, qui emploie une vingtaine de personnes à Gaza, a indiqué poursuivre ses programmes "
                   "depuis Rafah.") == [("poursuivre ses programmes depuis Rafah", "Enabel", "a indiqué")]


def test_passive_verb_closes_no_words(reports):
    assert reports("Ces opérations conjointes, baptisées Tempête, ont été lancées fin 2021 en vertu d'un accord.") == []


def test_infinitive_of_the_main_clause_is_not_the_relative_cue_s(reports):
    assert reports("L'armée et les milices qu'elle soutient ont réussi à reprendre la ville.") == []


def test_a_clause_closed_by_its_incise_stays(reports):
    assert reports("Le groupe a attaqué le village dans la nuit, a indiqué un responsable local.") == [
        ("Le groupe a attaqué le village dans la nuit", "un responsable local", "a indiqué")]


def test_a_relative_clause_after_the_speaker_is_no_incise(reports):
    # "dont le pays assure …" qualifies the speaker named before it: "assure" reports nothing
    found = reports("«C'est une journée heureuse pour le continent», s'est félicité Marc Delhaye, dont le pays "
                    "assure la présidence du sommet.")
    assert [(speaker, cue) for _, speaker, cue in found] == [("Marc Delhaye", "s'est félicité")]
