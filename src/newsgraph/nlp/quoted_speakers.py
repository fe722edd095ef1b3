"""Words in quotation marks that name a report's speaker: a title, not anyone's words.

A medium's or a work's title is often set in marks ("« Le Courrier » rapporte que …", "selon le
journal “La Gazette”"). When a report already takes the marked words as (part of) its speaker
mention, the marks quote a name: the words cannot be both the speaker and a quotation of theirs.
The same holds for a medium's title in marks right after the media noun that ends the mention
("Le quotidien « La Gazette du Nord » affirme que …"): the mention stops at the mark.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .context import gazetteer_of, pack_of
from .cue_readings import cue_verb, is_adjunct
from .lexicon import media_nouns
from .media_mentions import medium_at
from .quotemarks import TITLE_MARKS, QuotedSpan
from .textutil import fold_same_length, text_of

# a short title in marks: "« La Gazette du Nord »", '"Haaretz"'
_MARKED = re.compile(r"[ \u00a0]*(?P<open>[«\"“])[ \u00a0]*(?P<title>[^«»\"“”\n]{1,80}?)[ \u00a0]*[»\"”]")


def names_a_speaker(doc: Doc, q: QuotedSpan, reports) -> bool:
    """Do the words inside the marks lie wholly within the speaker mention of one of the reports,
    or are they the medium's title its mention's media noun introduces?"""
    if any(r.speaker is not None and r.speaker[0] <= q.start and q.end <= r.speaker[1] and
           not _adjunct_after(doc, r, q) for r in reports):
        return True
    return any(r.speaker is not None and introduced_title(doc, r.speaker[0], r.speaker[1], q.open_at, q.start, q.end)
               for r in reports)


def _adjunct_after(doc: Doc, report, q: QuotedSpan) -> bool:
    """Is a report's cue a participial adjunct after the marks ("« … », a-t-elle insisté, rappelant
    que …")? The parse hung it on the quoted words and gave it their subject: those words are a
    quotation, no name."""
    verb = cue_verb(doc, report.cue)
    return verb is not None and verb.idx >= q.close_at and is_adjunct(verb)


def title_after(doc: Doc, start: int, end: int) -> int | None:
    """The end (closing mark included) of a medium's title in marks right after the mention
    [start, end) that a media noun ends ("le quotidien « La Gazette du Nord »"), or None."""
    m = _MARKED.match(text_of(doc), end)
    if m is None or not introduced_title(doc, start, end, m.start("open"), m.start("title"), m.end("title")):
        return None
    return m.end()


def introduced_title(doc: Doc, start: int, end: int, open_at: int, q_start: int, q_end: int) -> bool:
    """Are the words [q_start, q_end) in the marks opened at open_at, right after the mention
    [start, end) that a media noun ends, a medium's title (the index or the media scan names a
    medium with them)?"""
    text = text_of(doc)
    if end > open_at or text[end:open_at].strip() or doc._.ng_actors is None:
        return False
    if not _ends_in_media_noun(doc, text[start:end], end):
        return False
    medium = medium_at(doc, doc._.ng_actors, q_start, q_end)
    return medium is not None and medium.start == q_start and medium.end >= q_end - 1


def _ends_in_media_noun(doc: Doc, words: str, end: int) -> bool:
    """Do the words (ending at char `end`) end in a media noun, or in one and at most two
    adjectives that describe it ("le quotidien autrichien", "l'hebdomadaire satirique"), as a title
    in marks would follow it?"""
    nouns = media_nouns(pack_of(doc))
    span = doc.char_span(end - len(words.rstrip()), end - (len(words) - len(words.rstrip())),
                         alignment_mode="expand")
    if span is None:
        return False
    gazetteer = gazetteer_of(doc)
    tokens = [t for t in span if not t.is_space]
    for k, token in enumerate(reversed(tokens[-3:])):
        low = token.lower_
        if low in nouns or fold_same_length(low) in nouns:
            return True
        if k == 2 or token.text[:1].isupper() or not (token.pos_ == "ADJ" or gazetteer.demonym(token.text)):
            return False
    return False


def without_medium_titles(doc: Doc, quoted: list[QuotedSpan]) -> list[QuotedSpan]:
    """The quotations but those that only set a medium's name in marks ("a confié au « Monde »
    que …", 'selon "Kommersant"'): a title (GUIDELINES §2.6), no one's words. Their marks' offsets
    go on the Doc (TITLE_MARKS), so that the reading of a cue's complement walks over them."""
    kept, marks = [], set()
    for q in quoted:
        if q.depth == 0 and medium_title_only(doc, q):
            marks |= {q.open_at, q.close_at}
        else:
            kept.append(q)
    doc.user_data[TITLE_MARKS] = frozenset(marks)
    return kept


def medium_title_only(doc: Doc, q: QuotedSpan) -> bool:
    """Are the words in the marks only a medium's name, its article aside ("a confié au « Monde »",
    'selon "Kommersant"')? A title set in marks (GUIDELINES §2.6), not anyone's words; the media
    scan (the index and the titles it misses) decides what names a medium."""
    if doc._.ng_actors is None or q.end - q.start > 80:
        return False
    text = text_of(doc)
    before = text[max(0, q.open_at - 30):q.open_at].rstrip()
    if not before[-1:].isalpha():
        return False  # a sentence or a colon it opens: a shout ("« Libération ! », crie la foule")
    if _ends_in_media_noun(doc, before, q.open_at):
        return False  # "le quotidien « Le Soir »": the speaker mention holds the title (names_a_speaker)
    medium = medium_at(doc, doc._.ng_actors, q.start, q.end)
    if medium is None:
        return False
    article = text[q.start:medium.start].strip()
    return medium.end >= q.end - 1 and (not article or article.lower() in _articles(doc))


def _articles(doc: Doc) -> frozenset[str]:
    """The articles a title may open with outside its listed name ("le" of « le Figaro »)."""
    return frozenset(a.strip().lower() for a in pack_of(doc).entries("article_prefixes"))
