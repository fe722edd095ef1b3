"""Who speaks through a statement (speakers.py): mechanisms added for issue 10's speaker accuracy.
Hand-built Docs and actor indexes, no model loaded; the sentences are invented."""
from parsed_doc import parsed
from test_speakers import index_of

from newsgraph.nlp.reports import FoundQuote
from newsgraph.nlp.speakers import resolve_speakers
from newsgraph.nlp.textutil import text_of


def span_of(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_participle_after_a_quote_goes_on_with_its_speaker():
    # the parse hangs "précisant" on the verb inside the quoted words, whose subject is "Le port"
    doc = parsed('''
        «          PUNCT  punct      3
        Le         DET    det        2
        port       NOUN   nsubj      3
        ferme      VERB   ROOT       3  lemma=fermer  morph=VerbForm=Fin
        »          PUNCT  punct      3
        ,          PUNCT  punct      6
        dit        VERB   parataxis  3  lemma=dire  morph=VerbForm=Fin
        Paul       PROPN  nsubj      6  ent=PER
        Martin     PROPN  flat:name  7  ent=PER
        ,          PUNCT  punct      10
        précisant  VERB   advcl      3  lemma=préciser  morph=Tense=Pres|VerbForm=Part
        que        SCONJ  mark       14
        la         DET    det        13
        ville      NOUN   nsubj      14
        dort       VERB   ccomp      10  lemma=dormir  morph=VerbForm=Fin
        .          PUNCT  punct      3
    ''')
    text = text_of(doc)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"))
    first = FoundQuote(*span_of(text, "Le port ferme"), "direct", span_of(text, "dit"),
                       span_of(text, "Paul Martin"), 0.9)
    second = FoundQuote(*span_of(text, "la ville dort"), "indirect", span_of(text, "précisant"), None, 0.8)
    _, speaker = resolve_speakers(doc, index, [first, second])
    assert speaker.actor == "person:paul-martin"


def test_a_continuation_cut_twice_still_reads_the_subject_of_its_own_sentence():
    # the finder returned one statement twice, from the same start: the subject before the first
    # mark is not inside "other" reported words
    doc = parsed('''
        «          PUNCT  punct      2
        Tout       PRON   nsubj      2
        brûle      VERB   ROOT       2  lemma=brûler  morph=VerbForm=Fin
        »          PUNCT  punct      2
        ,          PUNCT  punct      5
        dit        VERB   parataxis  2  lemma=dire  morph=VerbForm=Fin
        Paul       PROPN  nsubj      5  ent=PER
        Martin     PROPN  flat:name  6  ent=PER
        .          PUNCT  punct      2
        Un         DET    det        10
        témoin     NOUN   nsubj      11
        raconte    VERB   ROOT       11  lemma=raconter  morph=VerbForm=Fin
        «          PUNCT  punct      14
        une        DET    det        14
        voiture    NOUN   obj        11
        »          PUNCT  punct      14
        .          PUNCT  punct      11
    ''')
    text = text_of(doc)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"))
    first = FoundQuote(*span_of(text, "Tout brûle"), "direct", span_of(text, "dit"), span_of(text, "Paul Martin"), 0.9)
    start = text.index("Un témoin")
    short = FoundQuote(start, text.index("voiture") + 7, "mixed", None, None, 0.7, continuation=True,
                       speaker_from=first)
    long = FoundQuote(start, text.index("»", start) + 1, "mixed", None, None, 0.7, continuation=True,
                      speaker_from=first)
    _, speaker, _ = resolve_speakers(doc, index, [first, short, long])
    assert speaker.name == "Un témoin"


def test_a_passive_agent_read_past_the_stray_letter_of_a_bad_decoding():
    # "par la Â\u00a0Russie": the parser heads the agent on the stray "Â" and hangs "Russie" elsewhere
    import spacy
    from spacy.tokens import Doc

    from newsgraph.gazetteer import load_gazetteer
    from newsgraph.lang import load_pack
    from newsgraph.nlp.context import set_gazetteer, set_pack
    from newsgraph.nlp.paragraphs import paragraph_spans
    from newsgraph.nlp.cue_readings import speaker_from_cue
    rows = [("L'", "DET", "det", 1, ""), ("Ukraine", "PROPN", "nsubj:pass", 3, ""), ("est", "AUX", "aux:pass", 3, ""),
            ("accusée", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"), ("par", "ADP", "case", 6, ""),
            ("la", "DET", "det", 6, ""), ("\u00c2", "PROPN", "obl:agent", 3, ""), ("\u00a0", "SPACE", "dep", 6, ""),
            ("Russie", "PROPN", "obl:mod", 3, ""), ("de", "ADP", "mark", 10, ""),
            ("mentir", "VERB", "xcomp", 3, "VerbForm=Inf"), (".", "PUNCT", "punct", 3, "")]
    spaces = [False, True, True, True, True, True, False, False, True, True, False, False]
    doc = Doc(spacy.blank("fr").vocab, words=[r[0] for r in rows], spaces=spaces, pos=[r[1] for r in rows],
              deps=[r[2] for r in rows], heads=[r[3] for r in rows], morphs=[r[4] for r in rows],
              lemmas=[{"accusée": "accuser", "mentir": "mentir"}.get(r[0], r[0].lower()) for r in rows])
    set_pack(doc, load_pack("fr"))
    set_gazetteer(doc, load_gazetteer())
    doc._.paragraphs = paragraph_spans(doc.text)
    text = text_of(doc)
    reading = speaker_from_cue(doc, span_of(text, "est accusée"), span_of(text, "L'Ukraine"))
    assert reading is not None and text[reading.span[0]:reading.span[1]] == "Russie"


def test_a_continuation_shares_the_incise_of_the_quotation_right_after_it(blank_nlp):
    from parsed_doc import tokenized
    text = "« Le port ferme », dit Jean Dupont.\n\n« Nous partons », « tout est fini », a confié Paul Martin."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"),
                     ("person:paul-martin", "Paul Martin", "person", "m"))
    first = FoundQuote(*span_of(text, "Le port ferme"), "direct", span_of(text, "dit"), span_of(text, "Jean Dupont"), 0.9)
    going_on = FoundQuote(*span_of(text, "Nous partons"), "direct", None, None, 0.7, continuation=True,
                          speaker_from=first)
    last = FoundQuote(*span_of(text, "tout est fini"), "direct", span_of(text, "a confié"),
                      span_of(text, "Paul Martin"), 0.9)
    _, speaker, _ = resolve_speakers(doc, index, [first, going_on, last])
    assert speaker.actor == "person:paul-martin"


def test_a_description_with_a_complement_takes_up_the_one_person_acting_in_its_paragraph():
    doc = parsed('''
        Paul       PROPN  nsubj      3  ent=PER
        Martin     PROPN  flat:name  0  ent=PER
        a          AUX    aux:tense  3
        nié        VERB   ROOT       3  lemma=nier  morph=VerbForm=Part
        .          PUNCT  punct      3
        «          PUNCT  punct      7
        Tout       PRON   nsubj      7
        va         VERB   ROOT       7  lemma=aller  morph=VerbForm=Fin
        bien       ADV    advmod     7
        »          PUNCT  punct      7
        ,          PUNCT  punct      12
        a          AUX    aux:tense  12
        confié     VERB   parataxis  7  lemma=confier  morph=VerbForm=Part
        le         DET    det        14
        candidat   NOUN   nsubj      12
        du         ADP    case       16
        parti      NOUN   nmod       14
        .          PUNCT  punct      7
    ''')
    text = text_of(doc)
    index = index_of(text, ("person:paul-martin", "Paul Martin", "person", "m"))
    found = FoundQuote(*span_of(text, "Tout va bien"), "direct", span_of(text, "a confié"),
                       span_of(text, "le candidat du parti"), 0.9)
    [speaker] = resolve_speakers(doc, index, [found])
    assert speaker.actor == "person:paul-martin"


def test_a_generic_description_of_an_elected_office_finds_the_mayor(blank_nlp):
    from parsed_doc import tokenized
    from test_speakers import quote
    text = "Jean Dupont est arrivé. L'édile a affirmé que la ville est calme."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"))
    index.actors["person:jean-dupont"].role = "bourgmestre de Namur"
    [speaker] = resolve_speakers(doc, index, [quote(text, "la ville est calme", "L'édile")])
    assert speaker.actor == "person:jean-dupont"


def test_a_quote_with_no_speaker_to_read_goes_to_who_speaks_in_the_paragraph(blank_nlp):
    from parsed_doc import tokenized
    text = "« Le port ferme », dit Jean Dupont. Il a croisé Paul Martin au port. Les navires partent demain."
    doc = tokenized(blank_nlp, text)
    index = index_of(text, ("person:jean-dupont", "Jean Dupont", "person", "m"),
                     ("person:paul-martin", "Paul Martin", "person", "m"))
    first = FoundQuote(*span_of(text, "Le port ferme"), "direct", span_of(text, "dit"), span_of(text, "Jean Dupont"), 0.9)
    bare = FoundQuote(*span_of(text, "Les navires partent demain"), "indirect", None, None, 0.6)
    _, speaker = resolve_speakers(doc, index, [first, bare])
    assert speaker.actor == "person:jean-dupont"
