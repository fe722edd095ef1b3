"""Sentence boundaries set before the parser: paragraphs first, then final punctuation.

The md parser merges a quoted heading with the paragraph after it, and splits long
sentences before a verb ("Pour X, membre de …, cette rencontre | relèverait …").
Presetting every token's is_sent_start (True after a line break, a dateline or a sentence-final
mark followed by a capital, False elsewhere) constrains the parser to these sentences.
Abbreviations that keep their period ("M.", "Mme.") come from the language pack.
"""
from __future__ import annotations

import functools
import re

from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .context import pack_of
from .dateline import find_dateline, glued_dateline
from .quotemarks import WIDE_MARKS
from .textutil import text_of, token_strings

# scraped text often separates paragraphs by a single line break: any line break ends one
PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph (line) of the text, without its surrounding spaces."""
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@Language.component("newsgraph_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    text = text_of(doc)  # joined once for the whole pipeline: `doc.text` rebuilds it at each access
    pack = pack_of(doc)
    doc._.paragraphs = split_glued_headline(text, paragraph_spans(text), pack)
    # a paragraph start that no line break marks (a headline run into its dateline)
    unbroken = {start for start, _ in doc._.paragraphs[1:2] if "\n" not in text[start - 1:start]}
    abbreviations = pack.words("sentence_abbreviations")
    split = pack.setting("dateline_sentence", False)
    after_dateline = dateline_ends(text, doc._.paragraphs, pack, places_only=split == "place") if split \
        else set()
    after_dateline |= time_stamp_ends(text, doc._.paragraphs, pack)
    # written in one array: setting Token.is_sent_start checks the whole Doc's parse each time,
    # which made this component quadratic in the length of an article
    starts = doc.to_array([SENT_START]).astype("int64")
    # the words, spaces and offsets read as lists, and a Token built only after a final or
    # closing mark: building one for every word was most of this component's cost
    words, spaces, offsets = token_strings(doc, ORTH), doc.to_array(IS_SPACE).tolist(), doc.to_array(IDX).tolist()
    after_break = False
    previous = None  # the index of the last non-space token
    for i, word in enumerate(words):
        if spaces[i]:
            after_break = after_break or "\n" in word
            continue
        if i == 0:
            start = True
        else:
            start = after_break or offsets[i] in after_dateline or offsets[i] in unbroken or \
                previous is not None and _may_end(words[previous]) and _ends_sentence(doc[previous], doc[i], abbreviations)
        starts[i] = 1 if start else -1
        after_break = False
        previous = i
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def split_glued_headline(text: str, paragraphs: list[tuple[int, int]], pack) -> list[tuple[int, int]]:
    """The paragraphs, the first cut in two where a dated dateline was run into the headline
    ("… de l'Ouest1er janvier 2016. – Lors …"): the headline is a paragraph of its own again, as
    headline quotes, quotation pairing and the dateline's sentence expect."""
    if not paragraphs or paragraphs[0][0] != 0 or "dateline" not in pack.patterns:
        return paragraphs
    glued = glued_dateline(text, pack)
    if glued is None or glued[0] >= paragraphs[0][1]:
        return paragraphs
    cut = glued[0]
    return [(0, len(text[:cut].rstrip())), (cut, paragraphs[0][1]), *paragraphs[1:]]


def dateline_ends(text: str, paragraphs: list[tuple[int, int]], pack, *, places_only: bool = False) -> set[int]:
    """Where the words after a paragraph's dateline start ("FLINT, Mich., Oct. 4 (UPI) — Former…"):
    a sentence of their own, or the parser hangs the place on the subject ("FLINT … Clinton said").
    With places_only, a dateline that gives a year is left to the parser (see lang/fr/pack.toml)."""
    ends = set()
    for start, end in paragraphs:
        found = find_dateline(text[start:end], pack)
        if found and places_only and found.group("year"):
            continue
        if found and start + found.end() < end:
            ends.add(start + found.end())
    return ends


def time_stamp_ends(text: str, paragraphs: list[tuple[int, int]], pack) -> set[int]:
    """Where the words after a live blog's time stamp start ("09h10 - « … », a déclaré X"): the
    stamp is layout, and the entry after it a sentence of its own, so no quotation takes the time in."""
    if "time_stamp" not in pack.patterns:
        return set()
    pattern = pack.pattern("time_stamp")
    ends = set()
    for start, end in paragraphs:
        found = pattern.match(text[start:end])
        if found and start + found.end() < end:
            ends.add(start + found.end())
    return ends


FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
INITIAL = re.compile(r"^(?:[A-ZÀ-Ý]\.-?)+$")
# (the two apostrophes of NYT copy close a quotation too: "…States.'' Facing …" ends the sentence)
CLOSING = {"»", '"', "”", "›", ")", "]", "''"}
# marks that may open a quotation glued after a final mark ('."Nous', '.„Wir', ".''I")
GLUED_OPENERS = {'"', "„", "‘"}


def _may_end(word: str) -> bool:
    """Whether a word may end a sentence at all: a final mark, or a closing one after it."""
    return word in FINAL or word.endswith(".") or word in CLOSING


def _ends_sentence(previous, token, abbreviations: frozenset[str]) -> bool:
    """Does `previous` end a sentence before `token`? A final mark, maybe closed by a quote, then a capital."""
    if previous is None or not _may_end(previous.text):
        return False  # most words: decided before reading the next token's text
    final = previous.text in FINAL or previous.text.endswith(".")
    starts = token.text[:1]
    # an opening mark may start a sentence, and so may the two-character '' and `` of NYT copy
    # and so may a bracket: the wire's credit after the last sentence ("… a indiqué le DFAE. (ats)")
    capital = starts.isupper() or starts.isdigit() or starts in "«\"“(" or token.text in WIDE_MARKS or \
        _list_item(token)
    if final:
        if not capital or not (previous.whitespace_ or _glued_sentence_end(previous, token)):
            return False
        if INITIAL.match(previous.text):  # "A. Montebourg", "J.-C. Juncker"
            return _opens_sentence(token)
        # "M. Assadi", "J.-C. Juncker": an abbreviation or initial, not a sentence end
        before = previous.nbor(-1) if previous.i > 0 else None
        if previous.text == "." and before is not None and not before.whitespace_ and \
                (len(before.text) == 1 and before.is_alpha or before.lower_ in abbreviations):
            return len(before.text) == 1 and _opens_sentence(token)
        return not previous.lower_.rstrip(".") in abbreviations
    if previous.text in CLOSING and previous.i > 0:
        before = previous.nbor(-1)
        return before.text in FINAL and capital and bool(previous.whitespace_)
    return False


@functools.cache
def sentence_openers(pack) -> frozenset[str]:
    """Words that open a sentence and no name (lowercase): the pack's personal, demonstrative and
    impersonal pronouns and its determiners ("She", "The", "Il", "Les")."""
    pronouns = {row["form"] for row in pack.table("pronouns", ("form", "kind"))
                if row["kind"] in ("personal", "demonstrative", "impersonal")}
    return frozenset(pronouns | {row["form"] for row in pack.table("determiners", ("form", "kind"))})


def _opens_sentence(token) -> bool:
    """After the stop of a capital alone or of an acronym with stops, a sentence's end all the same
    when the word after it only opens sentences and a small word follows it ("a-t-il écrit sur X.
    Les accords …", "in the U.S. The report"): an initial goes on with a name ("J. Le Pen")."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i + 1 >= len(doc) or \
            token.lower_ not in sentence_openers(pack_of(doc)):
        return False
    return doc[token.i + 1].text[:1].islower()


def _list_item(token) -> bool:
    """A dash then a lowercase word after a final mark: the bullet of a list item whose line break
    a scraper lost ("… admissibles. - la communauté …"); a dateline's dash takes a capital."""
    doc = token.doc
    return token.text in ("-", "–", "—") and bool(token.whitespace_) and token.i + 1 < len(doc) and \
        doc[token.i + 1].text[:1].islower()


def _glued_sentence_end(mark, token) -> bool:
    """A final mark with no space after it still ends a sentence in scraped text where the
    paragraphs ran together ("a-t-il dit.Le ministre", "».Il"): the mark is a token of its own
    (nlp/glued.py splits it off), after a lowercase word, an acronym or a closing quotation mark, and the
    next word is capitalised then lowercase ("Le", not "U.S." or "fr") or opens a quotation ("Brexit.« Nous")."""
    second = token.text[1:2]  # "Le", or the elided "L'" of "L'attaque"
    before = mark.nbor(-1) if mark.i else None
    # an acronym opens the next sentence after a number or a lowercase word ("en 2016.FPI a")
    acronym = token.is_alpha and token.text.isupper() and len(token.text) > 1 and before is not None and \
        (before.text.isdigit() or before.text[-1:].islower() and len(before.text) > 1)
    # a straight mark opens a quotation when a word follows it ('."Nous')
    opening = (token.text in GLUED_OPENERS or token.text in WIDE_MARKS) and token.i + 1 < len(token.doc) and \
        token.nbor(1).text[:1].isalpha() and not token.whitespace_
    # a bracket opens the wire's credit glued after the last sentence ("a-t-il dit.(AFP)"), as a
    # spaced one does ("… a dit. (AFP)": _ends_sentence)
    credit = token.text in ("(", "[") and token.i + 1 < len(token.doc) and token.nbor(1).is_alpha and \
        not token.whitespace_
    if mark.text not in FINAL or mark.i == 0 or not (token.text[:1].isupper() and (second.islower() or second in "'’")
                                                      or token.text in ("«", "“") or acronym or opening or credit):
        return False
    # the closing mark may stay glued to its word ('opérationnels"' of 'opérationnels".D'après'),
    # and a number may end the sentence ("en 2013.Parmi")
    return before.text in CLOSING or before.text[-1:] in CLOSING or before.text.isdigit() or \
        len(before.text) > 1 and (before.text[-1:].islower() or before.text.isupper())


def paragraph_of(paragraphs: list[tuple[int, int]], pos: int) -> int:
    """The index of the paragraph that holds the character `pos` (len(paragraphs) past the last)."""
    for k, (s, e) in enumerate(paragraphs):
        if s <= pos < e:
            return k
    return len(paragraphs)
