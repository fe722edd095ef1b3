"""Hand-built Docs for component tests: the parse is written out, so no model is loaded.

    doc = parsed('''
        Marie     PROPN  nsubj      2  ent=PER
        a         AUX    aux:tense  2  lemma=avoir
        dit       VERB   ROOT       2  lemma=dire  morph=VerbForm=Part
        .         PUNCT  punct      2
    ''')

One token per line: text, POS, dependency label, head (token index, 0-based; a sentence's root
points to itself), then optional lemma=, ent= (the entity label of the token; consecutive tokens
with the same label form one entity) and morph=. Tokens are joined with a space unless the next
one starts with punctuation or the token ends with an apostrophe. The Doc carries the pack of its
language (French unless `lang` says otherwise: `parsed(table, lang="en")`) and its paragraphs,
like a Doc from `load_pipeline(lang)` before the quote components.
"""
from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc

from newsgraph.lang import load_pack
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.context import set_gazetteer, set_pack
from newsgraph.nlp.extensions import register_extensions
from newsgraph.nlp.paragraphs import paragraph_spans



@cache
def _vocab(lang: str = "fr"):
    """The vocabulary of a blank pipeline of the language: its lexical attributes (lower_, is_alpha…)."""
    return spacy.blank(lang).vocab

NO_SPACE_BEFORE = (",", ".", ")", "-")  # French puts a space before ; : ! ? and »
# English writes no space before these, nor inside its contractions ("n't", "'s")
NO_SPACE_BEFORE_EN = NO_SPACE_BEFORE + (";", ":", "!", "?", "n't", "'s", "’s")


def parsed(table: str, lang: str = "fr") -> Doc:
    register_extensions()
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words, pos, deps, heads, lemmas, ents, morphs = [], [], [], [], [], [], []
    for row in rows:
        text, tag, dep, head, *extra = row
        options = dict(item.split("=", 1) for item in extra)
        words.append(text)
        pos.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(options.get("lemma", text.lower()))
        ents.append(options.get("ent"))
        morphs.append(options.get("morph", ""))
    glued = NO_SPACE_BEFORE_EN if lang == "en" else NO_SPACE_BEFORE
    spaces = [not ((lang == "fr" and words[k].endswith(("'", "’"))) or
                   (k + 1 < len(words) and words[k + 1].startswith(glued)))
              for k in range(len(words))]
    bio = []
    for k, label in enumerate(ents):
        if not label:
            bio.append("O")
        else:
            bio.append(("I-" if k > 0 and ents[k - 1] == label else "B-") + label)
    doc = Doc(_vocab(lang), words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, lemmas=lemmas,
              ents=bio, morphs=morphs)
    set_pack(doc, load_pack(lang))
    set_gazetteer(doc, load_gazetteer())
    doc._.paragraphs = paragraph_spans(doc.text)
    return doc


def tokenized(blank_nlp, text: str) -> Doc:
    """A tokenizer-only Doc with the French pack (no parse); a sentence ends at a line break or
    after a full stop."""
    register_extensions()
    doc = set_gazetteer(blank_nlp("fr")(text), load_gazetteer())
    after_break = True
    for token in doc:
        token.is_sent_start = after_break
        after_break = "\n" in token.text or token.text == "."
    doc._.paragraphs = paragraph_spans(doc.text)
    return doc
