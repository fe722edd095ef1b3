"""Hand-built parsed Docs for the tests of the actor, person and role rules: no model needed.

A sentence is written one token a line, "word lemma POS [head dep] [Morph]" (head: the index of
the head token, 0-based; without head and dep every token hangs from the first one, which is
enough for the rules that read words and parts of speech), and the named entities are given as
(start, end, label) token ranges, so a test states exactly what the NER and the parser said.
"""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.gazetteer import Gazetteer, load_gazetteer
from newsgraph.nlp.context import set_gazetteer
from newsgraph.nlp.extensions import register_extensions

_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "»"}


def parsed(nlp, table: str, *, ents: tuple[tuple[int, int, str], ...] = (), published: str | None = None,
           gazetteer: Gazetteer | None = None) -> Doc:
    """A Doc of the blank pipeline `nlp` (it carries the language pack) with the parse `table`, the
    entities `ents`, the gazetteer (the built-in one unless given) and the publication date."""
    register_extensions()
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words = [r[0] for r in rows]
    heads, deps, morphs = [], [], []
    for i, row in enumerate(rows):
        rest = row[3:]
        if rest and rest[0].lstrip("-").isdigit():
            heads.append(int(rest[0]))
            deps.append(rest[1])
            rest = rest[2:]
        else:
            heads.append(0)
            deps.append("ROOT" if i == 0 else "dep")
        morphs.append(rest[0] if rest else "")
    spaces = [not (w.endswith(("'", "’")) or (i + 1 < len(words) and words[i + 1] in _NO_SPACE_BEFORE))
              for i, w in enumerate(words)]
    iob = ["O"] * len(words)
    for start, end, label in ents:
        iob[start] = f"B-{label}"
        for k in range(start + 1, end):
            iob[k] = f"I-{label}"
    doc = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
              heads=heads, deps=deps, morphs=morphs, ents=iob)
    doc = nlp.get_pipe("newsgraph_context")(doc)
    set_gazetteer(doc, gazetteer or load_gazetteer())
    doc._.published = published
    return doc
