"""Forms of a cited medium the source finder reads (nlp/sources.py, nlp/media_mentions.py,
nlp/unnamed_media.py): elided articles in lower case, titles in quotation marks, a medium the parser
hangs on the dateline, joint speakers, words carried on by a medium and what a medium does rather than
says. Invented sentences."""
from parsed_doc import parsed
from test_speakers import index_of

from newsgraph.nlp.sources import find_sources
from newsgraph.nlp.textutil import text_of


def names(analyze, text):
    return [(s.name, s.named) for s in analyze(text, published="2024-03-05").sources]


def test_a_title_with_its_own_article_elided_after_a_lower_case_l(analyze):
    assert names(analyze, "Selon l'Express, le maire de la commune voisine a démissionné.") == [("L'Express", True)]
    assert names(analyze, "Le maire a confié à l’Humanité qu'il quitterait ses fonctions.") == [("L'Humanité", True)]
    assert names(analyze, "Selon l'opinion publique, le maire de la commune voisine a démissionné.") == []


def test_a_title_in_quotation_marks_after_a_media_noun(analyze):
    text = "Le ministre a déclaré au journal « Le Soir » qu'il renoncerait à sa réforme des retraites."
    assert names(analyze, text) == [("Le Soir", True)]


def test_a_medium_opening_the_clause_before_a_speech_verb_without_subject():
    # the parser hangs the medium that opens the first sentence on the dateline ("2017")
    doc = parsed('''
        2017       NUM    ROOT       0
        .          PUNCT  punct      0
        –          PUNCT  punct      0
        Le         DET    det        4
        Courrier   PROPN  nmod       0  ent=ORG
        affirme    VERB   conj       0  lemma=affirmer
        que        SCONJ  mark       9
        le         DET    det        8
        maire      NOUN   nsubj      9
        ment       VERB   ccomp      5  lemma=mentir
        .          PUNCT  punct      5
    ''')
    index = index_of(text_of(doc), ("media:courrier", "Le Courrier", "media", None))
    found = [(s.name, text_of(doc)[s.start:s.end]) for s in find_sources(doc, index, [])]
    assert found == [("Le Courrier", "Le Courrier affirme")]
    # the medium as a complement of another noun is no speaker: "le directeur du Courrier affirme"
    doc = parsed('''
        Le         DET    det        1
        directeur  NOUN   nmod       0
        du         ADP    case       3
        Courrier   PROPN  nmod       1  ent=ORG
        affirme    VERB   ROOT       4  lemma=affirmer
        .          PUNCT  punct      4
    ''')
    index = index_of(text_of(doc), ("media:courrier", "Courrier", "media", None))
    assert find_sources(doc, index, []) == []


def test_a_marker_taken_up_again_after_toujours(analyze):
    text = "Selon l'AFP, le port de la ville a fermé. Toujours selon l'agence, trois navires attendent au large."
    article = analyze(text, published="2024-03-05")
    assert [(s.name, s.named) for s in article.sources] == [("AFP", True), ("Agence France-Presse", False)]
    assert [q.cue.text for q in article.quotes if q.text.startswith("trois navires")] == ["selon"]


def test_a_listed_title_at_the_start_of_a_longer_hyphenated_name_is_no_medium(analyze):
    assert names(analyze, "La Croix-Rouge a affirmé que dix blessés avaient été évacués vers la capitale.") == []


def test_the_news_bulletin_of_a_channel_is_a_channel(analyze):
    text = "« Je ne partirai pas avant la fin de mon mandat », a déclaré le ministre au JT de TF1."
    assert names(analyze, text) == [("TF1", True)]


def test_media_adjective_and_press_information_are_unnamed_media(analyze):
    assert names(analyze, "Selon des sources médiatiques, dix blessés ont été évacués vers la capitale.") == \
        [("des sources médiatiques", False)]
    assert names(analyze, "Selon des informations de presse, dix blessés ont été évacués vers la capitale.") == \
        [("des informations de presse", False)]


def test_a_medium_publishing_without_a_clause_acts_and_informs_of_nothing(analyze):
    # a weak verb of the lexicon ("publier") with an object tells what the medium did
    assert names(analyze, "La revue Food Science a publié des résultats inquiétants sur les rats de laboratoire.") == []
    assert names(analyze, "Le Monde a publié que le ministre avait menti aux enquêteurs.") == [("Le Monde", True)]


def test_a_medium_headlining_words_in_marks_speaks_them(analyze):
    article = analyze("« Le gouvernement vacille sur ses bases », titrait lundi le quotidien Libération.",
                      published="2024-03-05")
    assert [(s.name, s.named) for s in article.sources] == [("Libération", True)]
    assert [(q.speaker.name, q.cue.text) for q in article.quotes] == [("Libération", "titrait")]


def test_each_medium_of_a_joint_speaker_is_cited(analyze):
    text = "Le Monde et Libération affirment que le ministre a quitté ses fonctions la semaine dernière."
    assert names(analyze, text) == [("Le Monde", True), ("Libération", True)]


def test_words_carried_on_by_a_medium(analyze):
    text = "Ces propos, repris par le quotidien Le Soir, ont suscité une vive polémique dans le pays."
    assert names(analyze, text) == [("Le Soir", True)]


def test_a_medium_opening_a_coordinated_clause_before_an_object_clitic_speaks(analyze):
    """"…, mais Libération le confirme": the tagger reads the clitic as an article and the parser
    makes the verb a relative clause of the medium; on the surface, the medium opens a clause (after
    a coordinator) and a speech verb with no subject of its own follows it over the clitic. A
    medium that only completes the subject's noun ("le directeur de Libération") does not speak."""
    text = "Un titre sans rapport\n\nLe maire a toujours nié ces faits, mais {} le confirme."
    assert [s.name for s in analyze(text.format("Libération"), published="2024-03-05").sources] == ["Libération"]
    assert analyze(text.format("le directeur de Libération"), published="2024-03-05").sources == []
