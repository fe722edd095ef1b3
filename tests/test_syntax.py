"""Parse helpers of the quote finders (nlp/syntax.py), on hand-built Docs: no model is loaded."""
from parsed_doc import parsed, tokenized

from newsgraph.nlp.syntax import (cue_start, is_negated, journalist_prefix_end, np_after, speaker_of_verb,
                                  strip_span, subject_of)
from newsgraph.nlp.marker_phrases import citing_marker_before, marker_at, plausible_marker_speaker
from newsgraph.nlp.textutil import text_of

DECLARED = '''
    Marie        PROPN  nsubj      3  ent=PER
    Durand       PROPN  flat:name  0  ent=PER
    a            AUX    aux:tense  3  lemma=avoir
    affirmé      VERB   ROOT       3  lemma=affirmer  morph=VerbForm=Part
    que          SCONJ  mark       7
    les          DET    det        6
    négociations NOUN   nsubj      7  lemma=négociation
    reprendraient VERB  ccomp      3  lemma=reprendre  morph=VerbForm=Fin
    lundi        NOUN   obl:mod    7
    .            PUNCT  punct      3
'''


def test_markers_are_read_from_the_pack(blank_nlp):
    doc = tokenized(blank_nlp, "Selon le ministre d'après l'AFP aux yeux du maire aux yeux de Paul Pour lui")
    found = {doc[i].text: (m.name, after) for i in range(len(doc)) if (at := marker_at(doc, i))
             for m, after in [at]}
    assert found["Selon"] == ("selon", 1)
    assert found["d'"] == ("d'après", 5)             # "d'" + "après": two tokens
    aux = [i for i, t in enumerate(doc) if t.text == "aux"]
    assert marker_at(doc, aux[0])[1] == aux[0] + 2    # "aux yeux du maire": "du" stays with the speaker
    assert marker_at(doc, aux[1])[1] == aux[1] + 3    # "aux yeux de Paul": "de" belongs to the marker
    pour = marker_at(doc, len(doc) - 2)[0]
    assert pour.name == "pour" and pour.ambiguous and not pour.after
    assert marker_at(doc, 1) is None                   # "le" is no marker


def test_citing_marker_ends_at_the_token_before_a_medium(blank_nlp):
    doc = tokenized(blank_nlp, "de source officielle, d'après Reuters, selon l'AFP")
    assert citing_marker_before(doc, 1) == 0                      # "de source"
    apres = [t.i for t in doc if t.text == "après"][0]
    assert citing_marker_before(doc, apres) == apres - 1          # "d'après" starts at "d'"
    assert citing_marker_before(doc, len(doc) - 3) == len(doc) - 3  # "selon"
    assert citing_marker_before(doc, len(doc) - 1) is None


def test_strip_span_drops_dateline_and_journalist_connectors(blank_nlp):
    text = "2 juillet 2012. - Mais, par ailleurs, la ville est calme."
    doc = tokenized(blank_nlp, text)
    start, end = strip_span(doc, 0, len(text))
    assert text[start:end] == "la ville est calme"


def test_headline_topic_is_skipped_only_without_a_verb(blank_nlp):
    text = "Syrie : les rebelles reculent\nLe ministre a dit : la ville est calme"
    doc = tokenized(blank_nlp, text)
    first_end = text.index("\n")
    assert text[journalist_prefix_end(doc, 0, first_end):first_end] == "les rebelles reculent"
    second = first_end + 1
    assert journalist_prefix_end(doc, second, len(text)) == second   # "a": a finite auxiliary


def test_negation_needs_a_negation_adverb():
    doc = parsed('''
        Le         DET    det        1
        ministère  NOUN   nsubj      5
        n'         ADV    advmod     5
        a          AUX    aux:tense  5
        pas        ADV    advmod     5
        déclaré    VERB   ROOT       5  lemma=déclarer
        .          PUNCT  punct      5
    ''')
    assert is_negated(doc[5]) and not is_negated(parsed(DECLARED)[3])


def test_subject_and_cue_of_a_speech_verb():
    doc = parsed(DECLARED)
    verb = doc[3]
    assert subject_of(verb).text == "Marie Durand"
    assert text_of(doc)[cue_start(verb):verb.idx + len(verb.text)] == "a affirmé"


def test_inverted_subject_and_impersonal_il():
    doc = parsed('''
        Nous       PRON   nsubj      1
        partirons  VERB   ROOT       1  lemma=partir
        ,          PUNCT  punct      6
        a          AUX    aux:tense  6  lemma=avoir
        -t         PRON   expl:subj  6
        -il        PRON   nsubj      6
        précisé    VERB   parataxis  1  lemma=préciser  morph=VerbForm=Part
        .          PUNCT  punct      1
    ''')
    verb = doc[6]
    assert subject_of(verb).text == "-il"        # the euphonic "-t" is skipped
    assert text_of(doc)[cue_start(verb):verb.idx + len(verb.text)] == "a-t-il précisé"
    impersonal = parsed('''
        Reste      VERB   ROOT       0  lemma=rester
        -il        PRON   nsubj      0
        il         PRON   nsubj      0
        .          PUNCT  punct      0
    ''')
    # a plain "il" after its verb is not trusted as a subject; the inverted "-il" is
    assert subject_of(impersonal[0]).text == "-il"


def test_speaker_after_comme_le_is_inverted():
    doc = parsed('''
        Le         DET    det        1
        port       NOUN   nsubj      3
        est        AUX    cop        3
        fermé      ADJ    ROOT       3
        ,          PUNCT  punct      7
        comme      SCONJ  mark       7
        le         PRON   obj        7
        précise    VERB   advcl      3  lemma=préciser  morph=VerbForm=Fin
        le         DET    det        9
        ministre   NOUN   nsubj      7
        .          PUNCT  punct      3
    ''')
    assert speaker_of_verb(doc[7]).text == "le ministre"


def test_np_after_skips_the_channel_of_a_statement():
    doc = parsed('''
        a          AUX    aux:tense  1
        déclaré    VERB   ROOT       1  lemma=déclarer
        à          ADP    case       4
        l'         DET    det        4
        AFP        PROPN  obl:arg    1  ent=ORG
        Jean       PROPN  nsubj      1  ent=PER
        Dupont     PROPN  flat:name  5  ent=PER
        .          PUNCT  punct      1
    ''')
    assert np_after(doc, 2, len(doc)).text == "Jean Dupont"


def test_ambiguous_marker_introduces_a_speaker_only_when_one_is_plausible(blank_nlp):
    doc = tokenized(blank_nlp, "Pour ma part\nPour lui\nPour l'ambassadeur\nPour le moment")
    after = [s[1:len(s) - 1] if s[-1].is_space else s[1:] for s in doc.sents]  # the words after "Pour"
    assert not plausible_marker_speaker(after[0])   # "ma part"
    assert plausible_marker_speaker(after[1])       # a stressed pronoun
    assert plausible_marker_speaker(after[2])       # a role noun
    assert not plausible_marker_speaker(after[3])   # "le moment"


def test_marker_words_are_read_from_lowercase_forms_kept_once(blank_nlp):
    doc = tokenized(blank_nlp, "SELON le porte-parole, rien ne change")
    assert marker_at(doc, 0)[0].name == "selon"
    forms = doc.user_data["ng_lower_forms"]  # kept for the next look-up of the same Doc
    assert forms[0] == "selon" and marker_at(doc, 0)[1] == 1 and doc.user_data["ng_lower_forms"] is forms


def test_lowercase_lemmas_are_read_once_per_doc():
    from newsgraph.nlp.textutil import lower_lemmas
    doc = parsed(DECLARED)
    lemmas = lower_lemmas(doc)
    assert lemmas[3] == "affirmer" and lemmas[0] == doc[0].lemma_.lower() and lower_lemmas(doc) is lemmas


def test_speech_verbs_of_a_doc_are_listed_once():
    from newsgraph.nlp.lexicon import speech_verb_indices
    doc = parsed(DECLARED)
    found = speech_verb_indices(doc)
    assert found == [3] and speech_verb_indices(doc) is found  # "affirmé", not "reprendraient"
