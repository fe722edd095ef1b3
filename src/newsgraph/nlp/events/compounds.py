"""Compound demonyms: "le sommet franco-allemand", "la coopération sino-russe", "les frappes
russo-syriennes". The parts before the hyphen are combining forms of states
(`event_combining_forms.tsv`), the last part a demonym; each names a state acting. The tagger
keeps such an adjective whole ("franco-allemand") or splits it ("russo", "-", "syriennes", the
first parts often hung as modifiers of their own): the whole word, or the demonym that ends a split
one, gives every state, in order."""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arg, ArticleView


def compound_states(article: ArticleView, token: Token) -> list[Arg]:
    """The states a compound demonym names, in order; [] for any other word."""
    forms, gaz = article.lex.combining_forms, article.gaz
    if not forms or token.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return []
    parts = token.lower_.split("-")
    if len(parts) >= 2:
        last = gaz.demonym(parts[-1])
        if last is None or not all(p in forms for p in parts[:-1]):
            return []  # "anglo-saxon", "indo-européen": no state after the hyphen
        codes = [forms[p] for p in parts[:-1]] + [last]
    else:
        own = gaz.demonym(token.lower_)
        codes, doc, i = [], token.doc, token.i
        while own is not None and i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
                not doc[i - 2].whitespace_ and doc[i - 2].lower_ in forms:
            codes.insert(0, forms[doc[i - 2].lower_])  # "russo", "-", "syriennes"
            i -= 2
        if not codes:
            return []
        codes.append(own)
    start = token.doc[i].idx if len(parts) < 2 else token.idx
    args, seen = [], set()
    for code in codes:
        if code in seen:
            continue
        seen.add(code)
        entry = gaz.country_by_iso3(code)
        args.append(Arg(f"country:{code}", entry.name_fr if entry else code, "country", code,
                        start, token.idx + len(token.text), confidence=0.6,
                        how=f"compound demonym {article.doc.text[start:token.idx + len(token.text)]!r}"))
    return args
