"""Page furniture a scraper runs into an article's body: a link to another article ("Lire aussi :
<titre>", "Read more: <headline>") and a photo's credit ("Photo : AFP", "(Crédit : Reuters)").
The parser read a link's headline as a sentence of the article (its quotation, its speaker) and a
credit as a name beside the words around it (a photographer made a person, an agency a source),
and a link or credit glued between two paragraphs ran them together. `furniture_edits` takes
each out of the text the parser reads (mend.py), with a paragraph break where it was glued
between two; the text as given keeps it. The leads are the language pack's (related_leads,
caption_leads); only furniture whose end is seen is taken: at a line's end, where the next
paragraph is glued to it, or at a credit's closing bracket.
"""
from __future__ import annotations

import functools
import re

# the longest headline taken, in characters (a longer run to the line's end is a sentence of the
# article, glued to the lead with a space); a credit is six names at most
RELATED_CHARACTERS = 160
# (or glued to a small letter: only a lost break puts a capitalised lead there, "…le
# gouvernementPhoto Reuters", a credit run on after a link)
_BEFORE = r"(?:(?<=^)|(?<=\n)|(?<=[a-zß-ÿ])|(?<=[.!?…»”\")\]])[ \u00a0]?)"
# a capitalised word with no small letter glued to a capital inside it ("Delorme", "Keystone-ATS";
# not "DelormeLe": a credit's last name glued to the next paragraph's first word), nor a small
# letter after three capitals (not "DUPONTLe", "DUPONTL'entreprise": a name in capitals glued to
# the next paragraph's first word, elided or not)
_CAPITALISED = r"[A-ZÀ-Þ](?:[^\W\s](?<![a-zß-ÿ][A-ZÀ-Þ])(?!(?<=[A-ZÀ-Þ]{3})['’]?[a-zß-ÿ])|[.'’&-])*"
# where the next paragraph is glued: a small letter, a closing mark, a final mark or a number before
# a capital ("…tuéDans la ville", "Anvers ?La ministre"), or a word in capitals before a
# capitalised word ("Photo MONUSCOGoma", "Photo Keystone-ATSLe ministre", "PHOTO BELGA / JEAN
# DUPONTL'entreprise")
_GLUED = r"(?<=[^\W\d_A-ZÀ-Þ]|[»”\"?!.…\d])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ]{3})(?=[A-ZÀ-Þ]['’]?[a-zß-ÿ])"
# where a headline ends at the quotation that opens the next paragraph, glued to it or after a
# blank: an opening guillemet right after a word, a capital after it ("…américaines« Nous",
# "…en Libye « Nous avons"); a headline quotes after a colon ("Kiev : « Nous tiendrons »")
_QUOTATION_AFTER = r"(?<=[^\W\d_])(?=[ \u00a0]?«[ \u00a0\u202f]?[A-ZÀ-Þ])"
# where a credit ends at the quotation that opens the next paragraph, whatever its marks: a
# credit's names hold none, and a scraper writes guillemets straight ("Photo Reuters "Nous …")
_QUOTATION_AFTER_CREDIT = r"(?<=[^\W\d_])(?=[ \u00a0]?[«“\"][ \u00a0\u202f]?[A-ZÀ-Þ])"
# where a headline that ends with a quotation ends: its closing guillemet, then an opening one or a
# dialogue dash before a capital (the next paragraph's quotation or interview answer)
_AFTER_CLOSING = r"(?<=»)(?=[ \u00a0]?«[ \u00a0\u202f]?[A-ZÀ-Þ]|[ \u00a0][–—][ \u00a0][A-ZÀ-Þ])"
# or a capital after a blank: a headline's quotation closes it, the next paragraph goes on with
# a name or a marker ("… d'« état de guerre » Selon des diplomates …", "… » Asmara (AFP) -")
_CAPITAL_AFTER_CLOSING = r"(?<=[»”])(?=[ \u00a0][A-ZÀ-Þ])"


@functools.cache
def _pattern(leads: frozenset[str], longest: int, credit: bool, openers: frozenset[str],
             names: frozenset[str] = frozenset()) -> re.Pattern | None:
    """Furniture opened by one of `leads` (a lead written with a colon only before a colon or a
    dash), a credit (`credit`) opening with a capital, a headline with a capital or a mark; it
    ends where the next paragraph is glued to it, with no blank or with one before a capitalised
    word of `openers` after a word ("… dans la capitale La manifestation", "Photo : Reuters Ces
    actes": a pronoun or a determiner opens a sentence, not a name)."""
    loose = sorted((w for w in leads if not w.endswith(":")), key=len, reverse=True)
    strict = sorted((w.rstrip(":").strip() for w in leads if w.endswith(":")), key=len, reverse=True)
    if not loose and not strict:
        return None
    colon = r"[ \u00a0]*[:–—-][ \u00a0]*"
    alternatives = [rf"(?:{'|'.join(map(re.escape, loose))})(?:{colon}|[ \u00a0]+)"] if loose else []
    alternatives += [rf"(?:{'|'.join(map(re.escape, strict))}){colon}"] if strict else []
    if credit:  # names: capitalised words, joined by blanks or slashes ("AFP/Marc Delorme")
        name = _CAPITALISED
        body = rf"{name}(?:[ \u00a0]?/[ \u00a0]?{name}|[ \u00a0]{name}){{0,5}}?"
        if names:
            # (an agency whose name has a small word, after the photographer or alone, is taken
            # whole first: "Photo: Adrian Wyld La Presse canadienne"; "La" would end a name)
            listed = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
            body = rf"(?:{body}(?:[ \u00a0]?/[ \u00a0]?|[ \u00a0]))?(?:{listed})|{body}"
        # (or before a capitalised word a small word follows: it opens a sentence, "AFP Durant la";
        # before a quotation or a dash that opens one: no name holds either, "Photo : Belga « Nous")
        sentence = rf"|(?=[ \u00a0]{_CAPITALISED}[ \u00a0][a-zß-ÿ])|{_QUOTATION_AFTER_CREDIT}|(?=[ \u00a0][–—][ \u00a0])"
    else:  # a headline: one sentence at most
        # (no sentence's end inside it, before a capital or a quotation: the paragraph it was run
        # into, "… reste serein. « Nous tiendrons », dit-il", is read as it is rather than lost)
        body = rf"[A-ZÀ-Þ«“\"\d](?:(?![.!?…][»”\"]?[ \u00a0]+[A-ZÀ-Þ«“\"])[^\n]){{0,{longest}}}?"
        # (or after its own closing guillemet, where a quotation, an answer's dash or a capitalised
        # word opens the next paragraph: "… accuse X d'« abandon »« La situation …", "… « étranglée »
        # — Il faut …", "… la fin de la « guerre » Selon X, …")
        sentence = rf"|{_QUOTATION_AFTER}|{_AFTER_CLOSING}|{_CAPITAL_AFTER_CLOSING}"
    capitalised = sorted({w[:1].upper() + w[1:] for w in openers if w[:1].isalpha() and w[-1:].isalpha()},
                         key=len, reverse=True)
    opener = rf"|(?<=[^\W\d_])(?=[ \u00a0](?:{'|'.join(map(re.escape, capitalised))})[ \u00a0])" if capitalised else ""
    return re.compile(rf"{_BEFORE}(?P<open>\()?(?P<lead>(?i:{'|'.join(alternatives)}))"
                      rf"(?P<body>{body})"
                      rf"(?:(?(open)\)|(?=\n|$|{_GLUED}{opener}{sentence})))")


def furniture_edits(text: str, related: frozenset[str], captions: frozenset[str],
                    openers: frozenset[str] = frozenset(), credit_names: frozenset[str] = frozenset()
                    ) -> list[tuple[int, int, str]]:
    """Edits (start, end, replacement) that take each link and credit out of `text`: a paragraph
    break where text is glued on both sides, nothing where it has a line to itself. `openers` are
    the language's words that open a sentence and no name (pronouns, determiners); `credit_names`
    the names a credit may end with that hold a small word ("La Presse canadienne")."""
    edits = []
    for pattern in (_pattern(related, RELATED_CHARACTERS, False, openers),
                    _pattern(captions, 0, True, openers, credit_names)):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            if not match.group("lead")[:1].isupper():
                continue  # a lead opens its line with a capital ("Lire aussi", "LIRE AUSSI")
            start, end = match.span()
            if not text[:start].strip() and not text[end:].strip():
                continue  # a text that is only a credit or a link is read as it is
            glued_before = start > 0 and text[start - 1] != "\n"
            glued_after = end < len(text) and text[end] != "\n"
            if glued_after and text[end] in " \u00a0" and text[end + 1:end + 2].strip():
                end += 1  # (the blank before the next paragraph goes with the link: none opens a line)
            edits.append((start, end, "\n\n" if glued_before and glued_after else ""))
    return edits
