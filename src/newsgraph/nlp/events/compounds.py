"""Compound demonyms: "le sommet franco-allemand", "la coopération sino-russe", "les frappes
russo-syriennes". The parts before the hyphen are combining forms of states
(`event_combining_forms.tsv`), the last part a demonym; each names a state acting. The tagger
keeps such an adjective whole ("franco-allemand") or splits it ("russo", "-", "syriennes", the
first parts often hung as modifiers of their own): the whole word, or the demonym that ends a split
one, gives every state, in order. `ArticleView.arg_of_compound` turns them into arguments."""
from __future__ import annotations

from spacy.tokens import Token


def compound_codes(token: Token, forms: dict[str, str], gaz) -> tuple[list[str], int]:
    """(ISO3 codes of the states a compound demonym names, in order, without repeats; the
    character where the compound starts); no codes for any other word."""
    if not forms or token.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return [], token.idx
    parts = token.lower_.split("-")
    start = token.idx
    if len(parts) >= 2:
        last = gaz.demonym(parts[-1])
        if last is None or not all(p in forms for p in parts[:-1]):
            return [], start  # "anglo-saxon", "indo-européen": no state after the hyphen
        codes = [forms[p] for p in parts[:-1]] + [last]
    else:
        own = gaz.demonym(token.lower_)
        codes, doc, i = [], token.doc, token.i
        while own is not None and i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
                not doc[i - 2].whitespace_ and doc[i - 2].lower_ in forms:
            codes.insert(0, forms[doc[i - 2].lower_])  # "russo", "-", "syriennes"
            i -= 2
        if not codes:
            return [], start
        codes.append(own)
        start = doc[i].idx
    return list(dict.fromkeys(codes)), start
