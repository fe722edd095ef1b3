"""Cited sources (nlp/sources.py): markers, channels, speech verbs, credits, unnamed media and media
that speak a quote. Hand-built Docs and actor indexes: no model is loaded."""
from parsed_doc import parsed, tokenized
from test_speakers import index_of

from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.attribution import AttributedQuote
from newsgraph.nlp.reports import FoundQuote
from newsgraph.nlp.sources import find_sources
from newsgraph.nlp.speakers import ResolvedSpeaker
from newsgraph.nlp.textutil import text_of


def cited(doc, index, quotes=()):
    text = text_of(doc)
    return [(s.name, s.actor, text[s.start:s.end], s.named) for s in find_sources(doc, index, list(quotes))]


def test_marker_before_a_described_medium():
    doc = parsed('''
        Le         DET    det        1
        port       NOUN   nsubj      3
        est        AUX    cop        3
        fermé      ADJ    ROOT       3
        ,          PUNCT  punct      7
        selon      ADP    case       7
        l'         DET    det        7
        agence     NOUN   obl:mod    3  lemma=agence
        Reuters    PROPN  appos      7  ent=ORG
        .          PUNCT  punct      3
    ''')
    index = index_of(text_of(doc), ("media:reuters", "Reuters", "media", None))
    assert cited(doc, index) == [("Reuters", "media:reuters", "selon l'agence Reuters", True)]


def test_channel_of_a_statement():
    doc = parsed('''
        Le         DET    det        1
        ministre   NOUN   nsubj      3
        a          AUX    aux:tense  3
        déclaré    VERB   ROOT       3  lemma=déclarer
        à          ADP    case       6
        l'         DET    det        6
        AFP        PROPN  obl:arg    3  ent=ORG
        .          PUNCT  punct      3
    ''')
    index = index_of(text_of(doc), ("media:afp", "AFP", "media", None))
    assert cited(doc, index) == [("AFP", "media:afp", "déclaré à l'AFP", True)]


def test_employer_is_not_a_source():
    doc = parsed('''
        Le         DET    det        1
        journaliste NOUN  nsubj      5
        de         ADP    case       4
        France     PROPN  flat:name  4  ent=ORG
        2          NUM    nmod       1  ent=ORG
        est        AUX    ROOT       5
        arrivé     VERB   xcomp      5  lemma=arriver
        .          PUNCT  punct      5
    ''')
    index = index_of(text_of(doc), ("media:france-2", "France 2", "media", None))
    assert cited(doc, index) == []


def test_credit_and_unnamed_media(blank_nlp):
    doc = tokenized(blank_nlp, "Le port est fermé selon les médias iraniens. (AFP)")
    assert cited(doc, ActorIndex()) == [
        ("les médias iraniens", None, "selon les médias iraniens", False),
        ("AFP", None, "(AFP)", True),
    ]


def test_a_word_that_only_starts_like_a_media_noun_cites_no_medium(blank_nlp):
    # "médiateur" opens with "média": the generic pattern stops at a whole word (stop 70)
    doc = tokenized(blank_nlp, "Plus de 300 personnes ont été interpellées, selon le médiateur géorgien.")
    assert cited(doc, ActorIndex()) == []
    doc = tokenized(blank_nlp, "Le port est fermé, selon des médias locaux.")
    assert cited(doc, ActorIndex()) == [("des médias locaux", None, "selon des médias locaux", False)]


def test_medium_speaking_a_quote_is_a_source(blank_nlp):
    text = "Le port est fermé, affirme CNN."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("media:cnn", "CNN", "media", None))
    at = text.index("CNN")
    verb = text.index("affirme")
    found = FoundQuote(0, text.index(","), "indirect", (verb, verb + len("affirme")), (at, at + 3), 0.75)
    quotes = [AttributedQuote(found, ResolvedSpeaker("media:cnn", "CNN", at, at + 3))]
    assert cited(doc, index, quotes) == [("CNN", "media:cnn", "affirme CNN", True)]


def test_media_the_index_misses_are_found():
    from newsgraph.nlp.media_mentions import media_mentions
    doc = parsed('''
        Selon      ADP    case       2
        L'         DET    det        2
        Humanité   PROPN  obl:mod    6
        et         CCONJ  cc         5
        la         DET    det        5
        revue      NOUN   conj       2
        Terre      PROPN  appos      5
        et         CCONJ  cc         8
        Ciel       PROPN  conj       6
        ,          PUNCT  punct      11
        le         DET    det        11
        port       NOUN   nsubj      12
        ferme      VERB   ROOT       12  lemma=fermer
        .          PUNCT  punct      12
    ''')
    found = [(m.name, m.actor) for m in media_mentions(doc, ActorIndex())]
    # the gazetteer's title with its elided article, and a title a media noun introduces
    assert found == [("L'Humanité", None), ("Terre et Ciel", None)]


def test_channel_reached_through_a_genitive():
    doc = parsed('''
        Un         DET    det        1
        expert     NOUN   nsubj      2
        explique   VERB   ROOT       2  lemma=expliquer
        auprès     ADV    advmod     2
        du         ADP    case       5
        Parisien   PROPN  obl:mod    2  ent=ORG
        que        SCONJ  mark       9
        le         DET    det        8
        port       NOUN   nsubj      9
        ferme      VERB   ccomp      2  lemma=fermer
        .          PUNCT  punct      2
    ''')
    index = index_of(text_of(doc), ("media:le-parisien", "Parisien", "media", None))
    assert cited(doc, index) == [("Parisien", "media:le-parisien", "auprès du Parisien", True)]


def test_a_description_of_the_medium_that_speaks_is_an_unnamed_source(blank_nlp):
    text = "Le quotidien Le Soir est paru. Le port est fermé, estime le journal."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("media:le-soir", "Le Soir", "media", None))
    at, verb = text.index("le journal"), text.index("estime")
    found = FoundQuote(text.index("Le port"), text.index(", estime"), "indirect", (verb, verb + 6),
                       (at, at + len("le journal")), 0.75)
    quotes = [AttributedQuote(found, ResolvedSpeaker("media:le-soir", "Le Soir", at, at + len("le journal")))]
    assert ("Le Soir", "media:le-soir", "estime le journal", False) in cited(doc, index, quotes)


def test_a_medium_employing_the_speaker_is_no_source(blank_nlp):
    text = "Le port est fermé, estime le directeur du Soir."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("media:le-soir", "Soir", "media", None))
    at, verb = text.index("le directeur"), text.index("estime")
    found = FoundQuote(0, text.index(", estime"), "indirect", (verb, verb + 6), (at, len(text) - 1), 0.75)
    quotes = [AttributedQuote(found, ResolvedSpeaker("media:le-soir", "Le Soir", at, len(text) - 1))]
    assert cited(doc, index, quotes) == []


def test_an_unnamed_medium_subject_of_a_speech_verb_is_a_source():
    doc = parsed('''
        La         DET    det        1
        presse     NOUN   nsubj      3  lemma=presse
        locale     ADJ    amod       1  lemma=local
        rapporte   VERB   ROOT       3  lemma=rapporter
        que        SCONJ  mark       7
        dix        NUM    nummod     6
        soldats    NOUN   nsubj      7
        sont       VERB   ccomp      3  lemma=être
        morts      ADJ    xcomp      7
        .          PUNCT  punct      3
    ''')
    assert cited(doc, ActorIndex()) == [("presse locale", None, "La presse locale rapporte", False)]


def test_a_weak_or_negated_verb_gives_no_unnamed_source():
    # "publier" tells of the medium's act, not of information it gives; a negated verb gives none
    doc = parsed('''
        Le         DET    det        1
        journal    NOUN   nsubj      5  lemma=journal
        n'         ADV    advmod     5
        a          AUX    aux:tense  5
        pas        ADV    advmod     5
        affirmé    VERB   ROOT       5  lemma=affirmer
        que        SCONJ  mark       8
        tout       PRON   nsubj      8
        va         VERB   ccomp      5  lemma=aller
        .          PUNCT  punct      5
    ''')
    assert cited(doc, ActorIndex()) == []
    affirmed = parsed('''
        Le         DET    det        1
        journal    NOUN   nsubj      2  lemma=journal
        affirme    VERB   ROOT       2  lemma=affirmer
        que        SCONJ  mark       5
        tout       PRON   nsubj      5
        va         VERB   ccomp      2  lemma=aller
        .          PUNCT  punct      2
    ''')
    assert cited(affirmed, ActorIndex()) == [("journal", None, "Le journal affirme", False)]
    doc = parsed('''
        Le         DET    det        1
        quotidien  NOUN   nsubj      3  lemma=quotidien
        a          AUX    aux:tense  3
        publié     VERB   ROOT       3  lemma=publier
        la         DET    det        5
        tribune    NOUN   obj        3
        .          PUNCT  punct      3
    ''')
    assert cited(doc, ActorIndex()) == []


def test_one_channel_is_a_source_plural_recipients_are_not():
    doc = parsed('''
        Le         DET    det        1
        ministre   NOUN   nsubj      3
        a          AUX    aux:tense  3
        déclaré    VERB   ROOT       3  lemma=déclarer
        à          ADP    case       6
        la         DET    det        6
        radio      NOUN   obl:arg    3  lemma=radio  morph=Number=Sing
        publique   ADJ    amod       6  lemma=public
        qu'        SCONJ  mark       10
        il         PRON   nsubj      10
        partirait  VERB   ccomp      3  lemma=partir
        .          PUNCT  punct      3
    ''')
    assert cited(doc, ActorIndex()) == [("radio publique", None, "déclaré à la radio publique", False)]
    doc = parsed('''
        Le         DET    det        1
        syndicat   NOUN   nsubj      3
        a          AUX    aux:tense  3
        proposé    VERB   ROOT       3  lemma=proposer
        aux        ADP    case       5
        quotidiens NOUN   obl:arg    3  lemma=quotidien  morph=Number=Plur
        de         ADP    mark       7
        publier    VERB   xcomp      3
        .          PUNCT  punct      3
    ''')
    assert cited(doc, ActorIndex()) == []


def test_a_fixed_phrase_with_a_media_noun_is_no_medium():
    doc = parsed('''
        Selon      ADP    case       2
        le         DET    det        2
        journal    NOUN   obl:mod    6  lemma=journal
        officiel   ADJ    amod       2  lemma=officiel
        ,          PUNCT  punct      6
        la         DET    det        6
        loi        NOUN   nsubj      7
        entre      VERB   ROOT       7  lemma=entrer
        en         ADP    case       9
        vigueur    NOUN   obl:arg    7
        .          PUNCT  punct      7
    ''')
    assert cited(doc, ActorIndex()) == []


def test_the_agent_of_a_reporting_participle_is_read_on_the_parse():
    doc = parsed('''
        La         DET    det        1
        fermeture  NOUN   nsubj:pass 4
        a          AUX    aux:tense  4
        été        AUX    aux:pass   4
        confirmée  VERB   ROOT       4  lemma=confirmer
        mardi      NOUN   obl:mod    4
        par        ADP    case       8
        l'         DET    det        8
        AFP        PROPN  obl:agent  4  ent=ORG
        .          PUNCT  punct      4
    ''')
    index = index_of(text_of(doc), ("media:afp", "AFP", "media", None))
    assert cited(doc, index) == [("AFP", "media:afp", "confirmée mardi par l'AFP", True)]


def test_a_title_is_capitalised_beyond_its_article():
    from newsgraph.nlp.media_mentions import _cased_as_title
    assert _cased_as_title("La Presse") and _cased_as_title("L'Humanité") and _cased_as_title("Libération")
    assert not _cased_as_title("La presse")


def test_a_media_noun_with_a_genitive_inside_is_stepped_over():
    # "agence de presse": the "de" belongs to the media noun, it does not link the medium to an owner
    doc = parsed('''
        La         DET    det        1
        ministre   NOUN   nsubj      3
        a          AUX    aux:tense  3
        confié     VERB   ROOT       3  lemma=confier
        à          ADP    case       6
        l'         DET    det        6
        agence     NOUN   obl:arg    3  lemma=agence
        de         ADP    case       8
        presse     NOUN   nmod       6  lemma=presse
        Belga      PROPN  appos      6  ent=ORG
        .          PUNCT  punct      3
    ''')
    index = index_of(text_of(doc), ("media:belga", "Belga", "media", None))
    assert cited(doc, index) == [("Belga", "media:belga", "confié à l'agence de presse Belga", True)]


def test_a_listed_agency_after_an_ambiguous_media_noun(analyze):
    # "agence" also names public bodies: a title after it is a medium only when the lists know it
    belga = "Le ministre Paul Durand a déclaré à l'agence Belga que la réforme serait votée."
    assert [s.name for s in analyze(belga, published="2024-03-05").sources] == ["Belga"]
    frontex = "Selon l'agence Frontex, les arrivées de migrants ont baissé en mars."
    assert analyze(frontex, published="2024-03-05").sources == []


def test_an_unnamed_medium_after_an_incise_verb_is_a_source(analyze):
    # the parser reads the inverted subject of an incise as the verb's object
    text = "Les pluies ont détruit trois ponts, rapporte la presse régionale."
    [source] = analyze(text, published="2024-03-05").sources
    assert (source.name, source.named) == ("presse régionale", False)
    assert analyze("Le ministre a vivement critiqué la presse régionale.", published="2024-03-05").sources == []
