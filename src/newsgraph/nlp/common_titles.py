"""Listed media whose title is also a common word of the language ("TVA" the tax, "Le Soleil" the
star, "la Libération" of 1944): such a title names the medium only on evidence in the text.

The evidence is the one a reader uses: a media noun that introduces it ("la chaîne TVA", "le
quotidien Le Soleil"), or the title standing bare, without a determiner of the sentence before it
("selon TVA", "a déclaré à Libération"); its own article written with a capital inside a sentence
("d'après Le Soleil") is the title's. A lower-case determiner or contraction before it ("la TVA",
"le plus proche du Soleil", "notre Soleil") makes it the common word.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .actor_lexicon import actor_lexicon
from .context import pack_of
from .lexicon import media_nouns
from .textutil import fold_same_length, strip_article


@cache
def _common_titles(pack: LanguagePack) -> frozenset[str]:
    """The pack's titles that are also common words, folded, each with and without its article."""
    out = set()
    for title in pack.entries("common_word_titles"):
        folded = fold_same_length(title).replace("’", "'").lower()
        out.add(folded)
        head, _, rest = folded.partition(" ")
        if rest and head in {fold_same_length(a).lower() for a in actor_lexicon(pack).contracted_article.values()}:
            out.add(rest)
    return frozenset(out)


def is_common_word_title(pack: LanguagePack, *names: str) -> bool:
    """Is one of these names (as written, or the gazetteer's) a title that is also a common word?"""
    titles = _common_titles(pack)
    return any(fold_same_length(n).replace("’", "'").lower() in titles for n in names if n)


def _after_media_noun(doc: Doc, i: int) -> bool:
    """Does a media noun (adjectives between) stand right before token i?"""
    nouns = media_nouns(pack_of(doc))
    i -= 1
    while i >= 0 and doc[i].pos_ == "ADJ":  # "la chaîne québécoise TVA"
        i -= 1
    if i >= 0 and doc[i].lemma_.lower() in nouns or i >= 0 and doc[i].lower_ in nouns:
        return True
    return i >= 2 and f"{doc[i - 2].lower_} {doc[i - 1].lower_} {doc[i].lower_}" in nouns


def _sentence_determiner(token) -> bool:
    """Is the token a determiner or contraction the sentence writes, not the title's own article?
    A lower-case one is the sentence's; a capital one is the title's unless it opens the sentence.
    A contraction after a verb or a noun of media, documents or channels holds the title's article
    ("a déclaré au Soleil", "un article du Soleil"; not "le plus proche du Soleil")."""
    pack = pack_of(token.doc)
    lex = actor_lexicon(pack)
    if token.pos_ != "DET" and token.lower_ not in lex.contracted_article:
        return False
    if token.lower_ in lex.contracted_article and token.i > 0:
        before = token.doc[token.i - 1]
        words = media_nouns(pack) | pack.words("document_nouns") | pack.words("channel_nouns")
        if before.pos_ in ("VERB", "AUX") or fold_same_length(before.lemma_.lower()) in words or \
                before.lemma_.lower() in words:
            return False
    return not token.text[:1].isupper() or token.is_sent_start


def lacks_title_evidence(doc: Doc, start: int, end: int, *names: str) -> bool:
    """Is the medium named at chars [start, end) a common-word title the text gives no evidence for?"""
    if len(names) > 1 and written_as_common_noun(pack_of(doc), names[0], names[1]):
        return True
    if not is_common_word_title(pack_of(doc), *names):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span.start
    if span[0].pos_ == "DET" or span[0].lower_ in actor_lexicon(pack_of(doc)).contracted_article:
        if _after_media_noun(doc, first):
            return False
        return _sentence_determiner(span[0])  # the written title opens with an article: whose?
    if _after_media_noun(doc, first):
        return False
    return first > 0 and _sentence_determiner(doc[first - 1])


def written_as_common_noun(pack: LanguagePack, written: str, listed: str) -> bool:
    """Is a listed title written with its article but its first word in lower case where the list
    writes a capital ("L'équipe municipale", "L'économiste Jean Tirole" for "L'Équipe",
    "L'Économiste")? A title capitalises the word after its article; there the capital is the
    sentence's, on the article, and the word is the common noun."""
    bare, cut = strip_article(written.replace("’", "'"), pack)
    listed_bare, _ = strip_article(listed.replace("’", "'"), pack)
    return cut > 0 and bare[:1].islower() and listed_bare[:1].isupper()
