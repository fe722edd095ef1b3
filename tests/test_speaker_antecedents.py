"""Speaker resolution, session 4 mechanisms: an absolute participle's own subject, an institution
as the previous sentence's subject of a pronoun. Hand-built Docs; the sentences are invented."""
from parsed_doc import parsed
from test_speakers import index_of

from newsgraph.nlp.actor_index import ActorIndex
from newsgraph.nlp.quotemarks import find_quoted
from newsgraph.nlp.reports import FoundQuote, find_verb_reports
from newsgraph.nlp.cue_readings import speaker_from_cue
from newsgraph.nlp.speakers import resolve_speakers
from newsgraph.nlp.textutil import text_of


def test_an_absolute_participle_speaks_through_its_own_subject():
    doc = parsed('''
        Les        DET    det        1
        élus       NOUN   nsubj      2
        protestent VERB   ROOT       2  lemma=protester
        ,          PUNCT  punct      6
        ce         DET    det        5
        dernier    ADJ    nsubj      6
        ajoutant   VERB   advcl      2  lemma=ajouter  morph=Tense=Pres|VerbForm=Part
        que        SCONJ  mark       10
        la         DET    det        9
        ville      NOUN   nsubj      10
        dort       VERB   ccomp      6  lemma=dormir
        .          PUNCT  punct      2
    ''')
    text = text_of(doc)
    verb = text.index("ajoutant")
    reading = speaker_from_cue(doc, (verb, verb + len("ajoutant")), (0, len("Les élus")))
    assert reading is not None and text[reading.span[0]:reading.span[1]] == "ce dernier"


def test_a_participle_without_a_subject_shares_its_head_verb_s():
    doc = parsed('''
        Les        DET    det        1
        élus       NOUN   nsubj      2
        protestent VERB   ROOT       2  lemma=protester
        ,          PUNCT  punct      4
        ajoutant   VERB   advcl      2  lemma=ajouter  morph=Tense=Pres|VerbForm=Part
        que        SCONJ  mark       8
        la         DET    det        7
        ville      NOUN   nsubj      8
        dort       VERB   ccomp      4  lemma=dormir
        .          PUNCT  punct      2
    ''')
    text = text_of(doc)
    verb = text.index("ajoutant")
    reading = speaker_from_cue(doc, (verb, verb + len("ajoutant")), None)
    assert reading is not None and text[reading.span[0]:reading.span[1]] == "Les élus"


def test_a_pronoun_takes_up_an_institution_the_previous_sentence_has_as_subject():
    # the ministry is no entity the index knows, and a man spoke in the paragraph before
    doc = parsed('''
        «          PUNCT  punct      2
        Rien       PRON   nsubj      2
        change     VERB   ROOT       2  lemma=changer
        »          PUNCT  punct      2
        ,          PUNCT  punct      5
        dit        VERB   parataxis  2  lemma=dire
        Paul       PROPN  nsubj      5  ent=PER
        Martin     PROPN  flat:name  6  ent=PER
        .          PUNCT  punct      2
        Le         DET    det        10
        ministère  NOUN   nsubj      14  lemma=ministère
        du         ADP    case       12
        budget     NOUN   nmod       10
        a          AUX    aux:tense  14
        proposé    VERB   ROOT       14  lemma=proposer  morph=Tense=Past|VerbForm=Part
        une        DET    det        16
        taxe       NOUN   obj        14
        .          PUNCT  punct      14
        Il         PRON   nsubj      20  morph=Gender=Masc|Number=Sing
        a          AUX    aux:tense  20
        indiqué    VERB   ROOT       20  lemma=indiquer  morph=Tense=Past|VerbForm=Part
        que        SCONJ  mark       24
        la         DET    det        23
        dette      NOUN   nsubj      24
        pèse       VERB   ccomp      20  lemma=peser
        .          PUNCT  punct      20
    ''')
    text = text_of(doc)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"))
    first = FoundQuote(text.index("Rien"), text.index("change") + 6, "direct", None,
                       (text.index("Paul"), text.index("Martin") + 6), 0.8)
    at = text.index("la dette")
    pronoun = text.index("Il a")
    second = FoundQuote(at, text.index("pèse") + 4, "indirect", None, (pronoun, pronoun + 2), 0.8)
    _, speaker = resolve_speakers(doc, index, [first, second])
    assert speaker.actor is None and speaker.name == "Le ministère du budget"


# the parse of "a déclaré à la chaîne Alpha que la ville était calme" the French model gives: "que"
# a relative pronoun, the clause a relative clause of the channel's name
CHANNEL_THEN_QUE = '''
    Le         DET    det        1
    ministre   NOUN   nsubj      3
    a          AUX    aux:tense  3
    déclaré    VERB   ROOT       3  lemma=déclarer  morph=Tense=Past|VerbForm=Part
    à          ADP    case       6
    la         DET    det        6
    chaîne     NOUN   obl:arg    3
    Alpha      PROPN  appos      6
    que        PRON   mark       12  morph=PronType=Rel
    la         DET    det        10
    ville      NOUN   nsubj      12
    était      AUX    cop        12
    calme      ADJ    acl:relcl  7
    .          PUNCT  punct      3
'''


def test_a_complementiser_read_as_a_relative_of_the_channel_opens_the_reported_clause():
    doc = parsed(CHANNEL_THEN_QUE)
    text = text_of(doc)
    [found] = find_verb_reports(doc, [])
    assert text[found.start:found.end] == "la ville était calme"


def test_a_relative_of_a_noun_that_is_not_the_cue_s_oblique_is_no_complementiser():
    doc = parsed(CHANNEL_THEN_QUE.replace("obl:arg    3", "nsubj      3").replace("Le         DET    det        1",
                                                                                    "Le         DET    det        6"))
    assert find_verb_reports(doc, []) == []


def test_a_role_with_a_name_the_index_missed_is_no_bare_description(blank_nlp):
    from parsed_doc import tokenized
    text = "« Nous partirons », dit Jean Dupont. « Non », répond le Premier ministre Paul Marchal."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"))
    first = FoundQuote(text.index("Nous"), text.index("partirons") + 9, "direct", None,
                       (text.index("Jean"), text.index("Dupont") + 6), 0.8)
    at = text.index("le Premier")
    second = FoundQuote(text.index("Non"), text.index("Non") + 3, "direct", None, (at, len(text) - 1), 0.8)
    _, speaker = resolve_speakers(doc, index, [first, second])
    assert speaker.actor is None and speaker.name.endswith("Paul Marchal")


def test_a_demonstrative_cut_by_the_tokenizer_takes_up_the_person_not_the_place(blank_nlp):
    from parsed_doc import tokenized
    text = "Jean Dupont est arrivé au Mali. Celui-ci a affirmé que la ville est calme."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"),
                     ("country:MLI", "Mali", "country", None))
    at = text.index("Celui")
    words = text.index("la ville")
    [speaker] = resolve_speakers(doc, index, [FoundQuote(words, len(text) - 1, "indirect", None, (at, at + 5), 0.8)])
    assert speaker.actor == "person:jean-dupont"


def test_ce_dernier_takes_up_the_holder_of_a_role_not_the_body_of_its_complement():
    doc = parsed('''
        Paul       PROPN  nsubj      3  ent=PER
        Martin     PROPN  flat:name  0  ent=PER
        a          AUX    aux:tense  3
        vu         VERB   ROOT       3  lemma=voir
        le         DET    det        5
        président  NOUN   obj        3  lemma=président
        de         ADP    case       8
        la         DET    det        8
        Banque     PROPN  nmod       5  ent=ORG
        mondiale   ADJ    amod       8  ent=ORG
        .          PUNCT  punct      3
        Ce         DET    det        12
        dernier    ADJ    nsubj      14
        a          AUX    aux:tense  14
        affirmé    VERB   ROOT       14  lemma=affirmer
        que        SCONJ  mark       18
        la         DET    det        17
        ville      NOUN   nsubj      18
        dort       VERB   ccomp      14  lemma=dormir
        .          PUNCT  punct      14
    ''')
    text = text_of(doc)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"),
                     ("org:banque-mondiale", "Banque mondiale", "organization", None))
    at = text.index("Ce dernier")
    words = text.index("la ville")
    quote = FoundQuote(words, text.index("dort") + 4, "indirect", None, (at, at + len("Ce dernier")), 0.8)
    [speaker] = resolve_speakers(doc, index, [quote])
    assert speaker.name == "le président de la Banque mondiale"


def test_a_quotation_after_the_cue_s_object_is_read_with_the_object():
    doc = parsed('''
        Anne       PROPN  nsubj      3  ent=PER
        Lefèvre    PROPN  flat:name  0  ent=PER
        a          AUX    aux:tense  3
        qualifié   VERB   ROOT       3  lemma=qualifier  morph=Tense=Past|VerbForm=Part
        le         DET    det        5
        projet     NOUN   obj        3
        d'         ADP    case       8
        «          PUNCT  punct      8
        absurde    ADJ    obl        3
        »          PUNCT  punct      8
        .          PUNCT  punct      3
    ''')
    text = text_of(doc)
    [found] = find_verb_reports(doc, find_quoted(text, doc._.paragraphs))
    assert (found.type, text[found.start:found.end]) == ("mixed", "le projet d'« absurde »")


def test_a_participle_hung_on_the_reported_words_shares_the_reporting_subject():
    doc = parsed('''
        L'         DET    det        1
        ONG        NOUN   nsubj      3
        a          AUX    aux:tense  3
        déclaré    VERB   ROOT       3  lemma=déclarer  morph=Tense=Past|VerbForm=Part
        qu'        SCONJ  mark       6
        elle       PRON   nsubj      6
        partait    VERB   ccomp      3  lemma=partir
        ,          PUNCT  punct      8
        déplorant  VERB   advcl      6  lemma=déplorer  morph=Tense=Pres|VerbForm=Part
        une        DET    det        10
        situation  NOUN   obj        8
        .          PUNCT  punct      3
    ''')
    text = text_of(doc)
    verb = text.index("déplorant")
    reading = speaker_from_cue(doc, (verb, verb + len("déplorant")), None)
    assert reading is not None and text[reading.span[0]:reading.span[1]] == "L'ONG"


COALITION = '''
    La         DET    det        1
    coalition  NOUN   nsubj      5  lemma=coalition
    d'         ADP    case       3
    opposition NOUN   nmod       1
    Kivu       PROPN  appos      1
    rejette    VERB   ROOT       5  lemma=rejeter
    .          PUNCT  punct      5
    Selon      ADP    case       8
    la         DET    det        8
    coalition  NOUN   obl:mod    13  lemma=coalition
    ,          PUNCT  punct      13
    le         DET    det        11
    vote       NOUN   nsubj      13
    est        AUX    cop        13
    faussé     ADJ    ROOT       13
    .          PUNCT  punct      13
'''


def test_an_organisation_noun_takes_up_the_name_it_introduced_where_the_index_has_none():
    doc = parsed(COALITION)
    text = text_of(doc)
    at = text.index("la coalition")
    quote = FoundQuote(text.index("le vote"), len(text) - 1, "indirect", None, (at, at + len("la coalition")), 0.8)
    [speaker] = resolve_speakers(doc, ActorIndex(), [quote])
    assert speaker.name == "Kivu"


def test_a_name_after_a_preposition_is_an_owner_not_the_organisation_s_name():
    doc = parsed(COALITION.replace("Kivu       PROPN  appos      1", "Kivu       PROPN  nmod       3")
                 .replace("opposition NOUN   nmod       1", "de         ADP    case       4"))
    text = text_of(doc)
    at = text.index("la coalition")
    quote = FoundQuote(text.index("le vote"), len(text) - 1, "indirect", None, (at, at + len("la coalition")), 0.8)
    [speaker] = resolve_speakers(doc, ActorIndex(), [quote])
    assert speaker.name != "Kivu"


def test_a_pronoun_after_a_sentence_with_no_subject_takes_up_the_agent_it_names():
    doc = parsed('''
        «          PUNCT  punct      1
        Non        ADV    ROOT       1
        »          PUNCT  punct      1
        ,          PUNCT  punct      4
        dit        VERB   parataxis  1  lemma=dire
        Jean       PROPN  nsubj      4  ent=PER
        Dupont     PROPN  flat:name  5  ent=PER
        .          PUNCT  punct      1
        Parmi      ADP    case       10
        les        DET    det        10
        griefs     NOUN   ROOT       10
        formulés   VERB   acl        10  lemma=formuler  morph=Tense=Past|VerbForm=Part
        par        ADP    case       14
        Paul       PROPN  obl:agent  11  ent=PER
        Martin     PROPN  flat:name  13  ent=PER
        ,          PUNCT  punct      17
        les        DET    det        17
        retards    NOUN   appos      10
        .          PUNCT  punct      10
        Il         PRON   nsubj      21  morph=Gender=Masc|Number=Sing
        a          AUX    aux:tense  21
        ajouté     VERB   ROOT       21  lemma=ajouter  morph=Tense=Past|VerbForm=Part
        que        SCONJ  mark       25
        la         DET    det        24
        ville      NOUN   nsubj      25
        dort       VERB   ccomp      21  lemma=dormir
        .          PUNCT  punct      21
    ''')
    text = text_of(doc)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"),
                     ("person:jean-dupont", "Jean Dupont", "person", "m"))
    first = FoundQuote(text.index("Non"), text.index("Non") + 3, "direct", None,
                       (text.index("Jean"), text.index("Dupont") + 6), 0.8)
    at = text.index("Il a")
    quote = FoundQuote(text.index("la ville"), text.index("dort") + 4, "indirect", None, (at, at + 2), 0.8)
    _, speaker = resolve_speakers(doc, index, [first, quote])
    assert speaker.actor == "person:paul-martin"


def test_a_designation_through_a_possessive_names_its_possessor(blank_nlp):
    from parsed_doc import tokenized
    text = "« Rien à dire », dit Paul Martin. Son entourage affirme que la ville est calme."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"))
    first = FoundQuote(text.index("Rien"), text.index("dire") + 4, "direct", None,
                       (text.index("Paul"), text.index("Martin") + 6), 0.8)
    at = text.index("Son entourage")
    second = FoundQuote(text.index("la ville"), len(text) - 1, "indirect", None, (at, at + len("Son entourage")), 0.8)
    _, speaker = resolve_speakers(doc, index, [first, second])
    assert speaker.name == "entourage de Paul Martin"


def test_a_description_with_a_complement_takes_up_the_person_speaking_in_the_paragraph(blank_nlp):
    from parsed_doc import tokenized
    text = "« Rien à dire », dit Anne Morel. La présidente du parti affirme que la ville est calme."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:anne-morel", "Anne Morel", "person", "f"))
    first = FoundQuote(text.index("Rien"), text.index("dire") + 4, "direct", None,
                       (text.index("Anne"), text.index("Morel") + 5), 0.8)
    at = text.index("La présidente")
    second = FoundQuote(text.index("la ville"), len(text) - 1, "indirect", None,
                        (at, at + len("La présidente du parti")), 0.8)
    _, speaker = resolve_speakers(doc, index, [first, second])
    assert speaker.actor == "person:anne-morel"
    # a man speaking is not "la présidente"
    index.gender["person:anne-morel"] = "m"
    _, speaker = resolve_speakers(doc, index, [first, second])
    assert speaker.actor != "person:anne-morel"


def test_a_bare_description_skips_a_later_person_whose_role_contradicts_it(blank_nlp):
    from parsed_doc import tokenized
    text = "Jean Dupont a vu le président Paul Martin. Le ministre affirme que la ville est calme."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"),
                     ("person:paul-martin", "Paul Martin", "person", "m"))
    index.actors["person:paul-martin"].role = "président"
    at = text.index("Le ministre")
    quote = FoundQuote(text.index("la ville"), len(text) - 1, "indirect", None, (at, at + len("Le ministre")), 0.8)
    [speaker] = resolve_speakers(doc, index, [quote])
    assert speaker.actor == "person:jean-dupont"
