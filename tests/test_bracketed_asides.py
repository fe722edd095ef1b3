"""A bracketed aside after a speaker ("le média X (NDLR : proche du pouvoir)") does not make the
mention a broken clause: its colon is the aside's (nlp/speaker_mentions.py looks_broken). Invented sentences."""
from parsed_doc import parsed

from newsgraph.nlp.speaker_mentions import looks_broken
from newsgraph.nlp.textutil import text_of

ASIDE = '''
    le        DET    det        1
    média     NOUN   nsubj      1  lemma=média
    Kirara    PROPN  appos      1  ent=ORG
    (         PUNCT  punct      5
    NDLR      PROPN  appos      1
    :         PUNCT  punct      5
    proche    ADJ    amod       5
    )         PUNCT  punct      5
'''


def test_colon_inside_brackets_is_no_broken_mention():
    doc = parsed(ASIDE)
    assert not looks_broken(doc, 0, len(text_of(doc)))
    assert looks_broken(doc, text_of(doc).index("NDLR"), len(text_of(doc)))  # outside brackets it is


def test_marker_speaker_with_an_aside_is_read(analyze):
    text = ("Soldes\n\n"
            "3 mai 2019. – Le ministre a parlé mardi.\n\n"
            "D'après le média Kirara (NDLR : média proche du pouvoir), les soldats n'ont pas été payés "
            "depuis neuf mois.")
    article = analyze(text, published="2019-05-03", lang="fr")
    [quote] = article.quotes
    assert quote.speaker.name == "Kirara"
