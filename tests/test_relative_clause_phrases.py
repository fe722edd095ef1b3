"""A subject with a relative clause ("Les avocats qui représentent X arguent que …"): the noun phrase
stops before the relative pronoun (nlp/syntax.py noun_phrase), and the name inside the clause is
no apposition of the description (nlp/descriptions.py adjacent_person). Invented sentences."""
from parsed_doc import parsed

from newsgraph.nlp.syntax import noun_phrase, subject_of

LAWYERS = '''
    Les          DET    det        1
    avocats      NOUN   nsubj      5  lemma=avocat
    qui          PRON   nsubj      3  lemma=qui  morph=PronType=Rel
    défendent    VERB   acl:relcl  1  lemma=défendre  morph=VerbForm=Fin
    Durand       PROPN  obj        3  ent=PER
    affirment    VERB   ROOT       5  lemma=affirmer  morph=VerbForm=Fin
    que          SCONJ  mark       9
    la           DET    det        8
    procédure    NOUN   nsubj      9  lemma=procédure
    tient        VERB   ccomp      5  lemma=tenir  morph=VerbForm=Fin
    .            PUNCT  punct      5
'''


def test_noun_phrase_stops_before_the_relative_pronoun():
    doc = parsed(LAWYERS)
    assert noun_phrase(doc[1]).text == "Les avocats"
    assert subject_of(doc[5]).text == "Les avocats"


def test_name_inside_a_relative_clause_is_not_the_speaker(analyze):
    text = ("Décret suspendu\n\n"
            "3 mai 2019. – Le juge a suspendu le décret. Les avocats qui représentent Paul Marchand arguent "
            "que le maire est dans son droit.")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = article.quotes
    assert quote.speaker.name == "Les avocats" and quote.speaker.actor is None


def test_name_after_a_participle_is_still_the_description(analyze):
    text = ("Élection\n\n"
            "3 mai 2019. – Le président élu Paul Marchand a affirmé que la transition serait rapide.")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = article.quotes
    assert quote.speaker.name == "Paul Marchand"
