"""Cues and sources of session 5 (issue 10): a complementiser after a channel the parser hangs on an
adverb, a medium's name the tagger reads as a verb, an elided genitive before a quoted judgement,
"Pour <institution>, …", media inside a longer name, information nouns and media that gather
information. Real French model; the sentences are invented."""

PUBLISHED = "2024-03-05"


def quotes(analyze, text):
    return [(q.type, q.text, q.speaker.name) for q in analyze(text, published=PUBLISHED).quotes]


def sources(analyze, text):
    return [(s.name, s.named) for s in analyze(text, published=PUBLISHED).sources]


def test_a_medium_name_the_tagger_reads_as_a_verb_does_not_stop_the_clause(analyze):
    text = "La ministre a affirmé sur France Inter que les hôpitaux seraient renforcés."
    assert ("indirect", "les hôpitaux seraient renforcés", "La ministre") in quotes(analyze, text)


def test_a_complementizer_after_an_interview_under_an_adverb(analyze):
    text = "Le sénateur a déclaré lors d'un entretien à la BBC que le traité était caduc."
    assert ("indirect", "le traité était caduc", "Le sénateur") in quotes(analyze, text)


def test_a_quoted_judgement_after_an_elided_genitive(analyze):
    text = "La députée a qualifié le budget d'« insincère »."
    found = quotes(analyze, text)
    assert [q[0] for q in found] == ["mixed"] and "« insincère »" in found[0][1]


def test_pour_with_an_institution_opens_a_report_but_not_with_a_time_phrase(analyze):
    found = quotes(analyze, "Pour le gouvernement belge, cette taxe est indispensable.")
    assert [(q[0], q[1]) for q in found] == [("indirect", "cette taxe est indispensable")]
    assert quotes(analyze, "Pour le moment, cette taxe reste en vigueur.") == []


def test_a_listed_medium_inside_a_longer_name_is_cited(analyze):
    text = "Le maire a déclaré à l'antenne de Radio-Canada que le pont serait réparé."
    assert ("Radio-Canada", True) in sources(analyze, text)


def test_information_obtained_by_a_medium_cites_it(analyze):
    text = "Selon des documents obtenus par Radio-Canada, la mairie a caché des dépenses."
    assert ("Radio-Canada", True) in sources(analyze, text)


def test_questions_of_a_medium_are_a_channel(analyze):
    assert ("RTBF", True) in sources(analyze, "Le ministre a répondu lundi aux questions de la RTBF.")


def test_a_medium_that_learned_the_news_is_a_source_a_person_is_not(analyze):
    assert ("AFP", True) in sources(analyze, "Le directeur va partir, a appris jeudi l'AFP auprès de ses proches.")
    assert sources(analyze, "Le directeur a appris la nouvelle jeudi.") == []


def test_the_revelations_of_a_described_medium_cite_the_medium_named_before(analyze):
    text = ("Le Canard enchaîné a publié une enquête sur le maire. "
            "Les accusations du journal portent sur des marchés publics.")
    found = sources(analyze, text)
    assert ("Le Canard enchaîné", False) in found and len(found) == 2


def test_a_relative_after_a_marker_reports_its_clause(analyze):
    text = "La porte-parole, d'après laquelle la grève est terminée, a quitté la salle."
    assert quotes(analyze, text) == [("indirect", "la grève est terminée", "La porte-parole")]


def test_information_given_out_under_a_relative_marker_is_its_publisher_s(analyze):
    text = "L'association a publié mardi un rapport selon lequel les prisons sont surpeuplées."
    assert quotes(analyze, text) == [("indirect", "les prisons sont surpeuplées", "L'association")]
    # a document only cited: its authors speak, and the text does not name them
    assert quotes(analyze, "Le maire a cité une étude selon laquelle le bruit a baissé.") == []
    assert quotes(analyze, "La rue dans laquelle il habite est calme.") == []


def test_a_time_word_the_parser_takes_for_the_antecedent_of_que(analyze):
    text = "La ministre a annoncé ce même mardi qu'elle allait réformer les retraites."
    assert ("indirect", "elle allait réformer les retraites", "La ministre") in quotes(analyze, text)


def test_a_speech_infinitive_under_an_aspectual_governor_is_a_cue(analyze):
    found = quotes(analyze, "La directrice a tenu à préciser que le musée resterait ouvert.")
    assert found == [("indirect", "le musée resterait ouvert", "La directrice")]
    found = quotes(analyze, "Le syndicat vient d'annoncer que la grève continuerait.")
    assert found == [("indirect", "la grève continuerait", "Le syndicat")]
    # a verb of meaning or obligation is no governor of speech
    assert quotes(analyze, "Cela veut dire que le musée fermera.") == []
    assert quotes(analyze, "Il faut rappeler que le musée a fermé.") == []


def test_a_participial_adjunct_cue_ends_the_clause_before_it(analyze):
    text = "La porte-parole a indiqué que les fouilles continuaient, ajoutant que deux suspects étaient recherchés."
    assert quotes(analyze, text) == [("indirect", "les fouilles continuaient", "La porte-parole"),
                                     ("indirect", "deux suspects étaient recherchés", "La porte-parole")]
    # a participle that reports nothing stays inside the clause
    kept = quotes(analyze, "Le maire a dit que la crue, touchant trois villages, était finie.")
    assert kept and "touchant trois villages" in kept[0][1]


def test_a_relative_que_after_a_noun_and_a_comma_is_no_complement(analyze):
    found = quotes(analyze, "Le syndicat réclame le départ du directeur, qu'il accuse de mentir.")
    assert all(not text.startswith("il accuse") for _, text, _ in found)


def test_a_quoted_fragment_in_an_oblique_of_a_cue_is_a_mixed_quote(analyze):
    found = quotes(analyze, "La maire s'est félicitée d'un budget « responsable » pour la ville.")
    assert [q[0] for q in found] == ["mixed"] and "« responsable »" in found[0][1]
    found = quotes(analyze, "Le syndicat a mis en garde contre une « casse sociale » dans les usines.")
    assert [q[0] for q in found] == ["mixed"] and "« casse sociale »" in found[0][1]
    found = quotes(analyze, "Le pape a appelé à « la fraternité » entre les peuples.")
    assert [q[0] for q in found] == ["mixed"] and "« la fraternité »" in found[0][1]


def test_judging_verbs_with_a_quoted_object_and_a_verb_tagged_as_a_noun(analyze):
    found = quotes(analyze, "L'opposant a taxé le maire d'« amateurisme ».")
    assert [q[0] for q in found] == ["mixed"] and "« amateurisme »" in found[0][1]
    found = quotes(analyze, "La ministre a prôné une « solution négociée » au conflit.")
    assert [q[0] for q in found] == ["mixed"] and "« solution négociée »" in found[0][1]
    found = quotes(analyze, "Le président juge la situation « très préoccupante ».")
    assert found and found[0][0] == "mixed" and found[0][2] == "Le président"


def test_a_medium_s_staff_who_saw_and_a_paper_one_reads_are_sources(analyze):
    assert ("AFP", True) in sources(analyze, "Un photographe de l'AFP a vu des blindés près du pont.")
    assert ("Libération", True) in sources(analyze, "« Le pont a cédé », peut-on lire dans Libération.")
    assert ("Le Figaro", True) in sources(analyze, "La ministre s'est exprimée dans les colonnes du Figaro.")
    # the medium as an employer or a topic is no source
    assert sources(analyze, "Le photographe de France 2 a été blessé mardi.") == []


def test_information_gathered_by_a_medium_after_a_marker_is_the_medium_s(analyze):
    found = quotes(analyze, "Selon des documents consultés par Le Soir, la mairie a caché des dépenses.")
    assert found == [("indirect", "la mairie a caché des dépenses", "Le Soir")]
    # sources quoted by an agency speak through it: they stay the speaker
    found = quotes(analyze, "Selon des sources policières citées par l'AFP, deux suspects ont fui.")
    assert found and found[0][2].startswith("des sources policières")


def test_a_broadcast_medium_that_only_describes_a_noun_is_no_channel(analyze):
    """"sur France 2" tells where a statement was made when it completes the clause's verb, not
    when a participle or a relative clause that describes a noun holds it: the debate was
    broadcast there, the presenter worked there."""
    def cited(text):
        return [s.name for s in analyze("Un titre sans rapport\n\n" + text, published=PUBLISHED).sources]

    assert cited("Le débat, retransmis sur France 2, a opposé les deux candidats, qui ont affirmé leurs désaccords.") == []
    assert cited("Le présentateur, qui officiait sur RTL depuis 1990, a annoncé sa retraite.") == []
    assert cited("Sur France Inter, le maire a affirmé que la ville était calme.") == ["France Inter"]
