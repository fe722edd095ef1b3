"""A subject the parse breaks in two: the verb gets a second subject that starts right where the
first one's phrase ends ("Le Haut | représentant de l'UE …, Josep Borrell,", the title's capitalised
adjective read as a name; "Le prix Nobel de la paix | Denis Mukwege"; "Le Premier ministre pakistanais
Shehbaz | Sharif", the surname tagged a pronoun). The subject runs on over both, so the apposed or
inner name speaks, not "Le Haut" or the bare title (`syntax._rest_of_split_subject`; press af, am,
n, y tuning). Hand-built parses first, then invented texts through the full pipeline."""
from __future__ import annotations

from parsed_doc import parsed

from newsgraph.nlp.syntax import subject_of

HAUT = '''
    Le            DET    det        1
    Haut          ADJ    nsubj      14  ent=LOC
    représentant  NOUN   nsubj      14
    de            ADP    case       4
    l'UE          PROPN  nmod       2   ent=ORG
    pour          ADP    case       7
    les           DET    det        7
    affaires      NOUN   nmod       2
    étrangères    ADJ    amod       7
    ,             PUNCT  punct      2
    Josep         PROPN  appos      2   ent=PER
    Borrell       PROPN  flat:name  10  ent=PER
    ,             PUNCT  punct      14
    a             AUX    aux:tense  14  lemma=avoir
    estimé        VERB   ROOT       14  lemma=estimer  morph=VerbForm=Part
    que           SCONJ  mark       17
    tout          PRON   nsubj      17
    allait        VERB   ccomp      14  lemma=aller  morph=VerbForm=Fin
'''

NOBEL = '''
    Le        DET    det        1
    prix      NOUN   nsubj      9   ent=MISC
    Nobel     PROPN  flat:name  1   ent=MISC
    de        ADP    case       5
    la        DET    det        5
    paix      NOUN   nmod       1   ent=MISC
    Denis     PROPN  nsubj      9   ent=PER
    Mukwege   PROPN  flat:name  6   ent=PER
    a         AUX    aux:tense  9   lemma=avoir
    rappelé   VERB   ROOT       9   lemma=rappeler  morph=VerbForm=Part
'''

APART = '''
    Le        DET    det        1
    ministre  NOUN   nsubj      6
    ,         PUNCT  punct      3
    lui       PRON   nsubj      6
    ,         PUNCT  punct      6
    a         AUX    aux:tense  6   lemma=avoir
    dit       VERB   ROOT       6   lemma=dire  morph=VerbForm=Part
'''


def test_a_title_adjective_read_as_a_subject_runs_on_over_its_noun():
    doc = parsed(HAUT)
    assert subject_of(doc[14]).text == "Le Haut représentant de l'UE pour les affaires étrangères"


def test_a_name_right_after_a_title_is_part_of_the_subject():
    doc = parsed(NOBEL)
    assert subject_of(doc[9]).text == "Le prix Nobel de la paix Denis Mukwege"


def test_a_subject_set_off_by_a_comma_stays_apart():
    doc = parsed(APART)
    assert subject_of(doc[6]).text == "Le ministre"


TEXTS = {
    "haut": ("Bruxelles a haussé le ton mardi.\n\n"
             "Le Haut représentant de l'UE pour les affaires étrangères, Josep Borrell, a estimé que la "
             "situation était « très grave »."),
    "nobel": ("Le porte-parole du gouvernement, Patrick Muyaya, a salué sur X « une victoire de la "
              "diplomatie congolaise ». Le prix Nobel de la paix Denis Mukwege a en revanche estimé que "
              "l'accord « récompense l'agresseur » en ignorant la justice."),
}


def _speaker(article, words):
    quote = next(q for q in article.quotes if words in q.text)
    return quote.speaker.actor


def test_the_apposed_name_of_a_split_title_speaks(analyzed):
    article = analyzed(TEXTS)["haut"]
    assert _speaker(article, "très grave") == "person:josep-borrell"


def test_the_name_after_a_split_title_speaks(analyzed):
    article = analyzed(TEXTS)["nobel"]
    assert _speaker(article, "récompense") == "person:denis-mukwege"
