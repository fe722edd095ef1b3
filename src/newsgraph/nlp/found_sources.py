"""The record of a cited medium and the tidying of the list the source finder makes (sources.py):
one citation read twice is one source, a channel cited with its owner in brackets is the owner's,
and the article's own outlet is no source. Split from sources.py by job: here, the list once found.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..gazetteer_data import MediaEntry
from .context import gazetteer_of, pack_of
from .own_outlet import capitalised_outlet, cites_own_outlet, reaching_outlet, signed_outlet, unanswered_outlet
from .textutil import text_of
from .source_credits import CREDIT_NAME, display_name


# a medium's name in brackets right after a citation: "sur La Première (RTBF)"
OWNER_IN_BRACKETS = re.compile(r"[ \u00a0]?\(" + CREDIT_NAME)
# the dash that ends a dateline after its credit ("Kinshasa, 28 janvier (7SUR7.CD) –", with a full
# stop before it in some houses' style: "(7SUR7.CD).-"), and how far into its paragraph a dateline's
# credit stands
DASH_AFTER = re.compile(r"\.?[ \u00a0]*[-–—]")
BYLINE_CHARS = 60
# a headline's length: a scraper that ran the headline into the dateline ("…depuis 1940Paris, 7 fév
# (AFP) -") or hard-wrapped the lines leaves the dateline's credit this far past the text's start
HEADLINE_CHARS = 200
# a line of a list of pieces: a title in quotation marks, a dash before the outlet, or a date's number
PIECE_LINE = re.compile(r"^[^\n]*(?:[«“\"]|[—–]|\d)[^\n]*$", re.MULTILINE)
# words of description between an unnamed media phrase and the title they introduce
DESCRIPTION_GAP = 3


@dataclass(frozen=True, slots=True)
class FoundSource:
    """A medium the article cites, with the char span of the citation (marker or verb included)."""
    name: str
    actor: str | None
    start: int
    end: int
    named: bool = True
    # a dispatch credit ("(ACP)"): the agency the article is, which counts even on the agency's own site
    credit: bool = False



def tidied_sources(doc: Doc, found: list[FoundSource]) -> list[FoundSource]:
    """The found sources, in text order, with owned channels read as their owner, double readings
    merged and the article's own outlet left out."""
    ends = bibliography_start(text_of(doc), pack_of(doc).words("bibliography_headings"))
    found = sorted((s for s in found if s.start < ends), key=lambda s: s.start)
    return _without_own_outlet(doc, _merged([_owned_channel(doc, source) for source in found], doc))


def bibliography_start(text: str, headings: frozenset[str]) -> int:
    """Where the writer's list of the pieces the article was written from starts: a line that is
    only a heading of the pack's `bibliography_headings` ("Sources", "Sources :") before a list of
    pieces (a title in quotation marks, a date or a dash on a line: "« Titre » – Agence
    France-Presse, 14 mars"); the text's length when there is none. Media listed there are no
    mention the article cites; a bare credit after the heading ("Source :" then "AFP") stays one."""
    lines = text.splitlines(keepends=True)
    at = 0
    for k, line in enumerate(lines):
        # (the first line under the heading decides: a later line, "Mis à jour le 3 mai", is no list)
        if line.strip().rstrip(":").strip().lower() in headings and \
                PIECE_LINE.search(next((rest for rest in lines[k + 1:] if rest.strip()), "").strip()):
            return at
        at += len(line)
    return len(text)


def _without_own_outlet(doc: Doc, found: list[FoundSource]) -> list[FoundSource]:
    """The article's own outlet is no source (GUIDELINES §3 counts agency credits, not "the
    article's own outlet and byline"), nor are its citations of itself ("…, a constaté 7SUR7.CD"),
    as when the article's address names it (own_outlet.py). The text names it by a credit in
    brackets that opens a paragraph's dateline with a listed outlet, not an agency ("Kinshasa, 28
    janvier 2025 (7SUR7.CD) – …": its byline), or joins one to an agency ("(24 heures/ats)"), by that name alone closing the text, bare or in
    brackets ("(7SUR7.CD)" or "RTS" as the last paragraph: its signature), or by an outlet that
    reached someone for a statement ("joint par Le Devoir": its own newsgathering) or whose request
    went unanswered ("n'a pas répondu aux sollicitations de la RTS"), or by its name in capitals,
    as a site writes its own ("a constaté 7SUR7.CD")."""
    text = text_of(doc)
    gazetteer = gazetteer_of(doc)
    cited = [(s.name, s.actor, text[s.start:s.end]) for s in found if not s.credit]
    own = _byline_outlet(text, found, gazetteer) or _credited_beside_agency(found, gazetteer) or \
        signed_outlet(text, gazetteer) or \
        reaching_outlet(cited, gazetteer, pack_of(doc)) or unanswered_outlet(text, gazetteer, pack_of(doc)) or \
        capitalised_outlet(cited, gazetteer)
    if own is None:
        own = _byline_outlet(text, found, gazetteer, agency=True)
        # an agency's dispatch credits it (a source), but its reporter's own newsgathering in the
        # body ("a déclaré à Belga", "interrogé par l'AFP") cites no medium
        return [s for s in found if s.credit or not cites_own_outlet(s.name, s.actor, own, gazetteer)] \
            if own is not None else found
    return [s for s in found if not cites_own_outlet(s.name, s.actor, own, gazetteer)]


def _byline_outlet(text: str, found: list[FoundSource], gazetteer: Gazetteer, agency: bool = False) -> MediaEntry | None:
    """The listed outlet, not an agency (an agency only when `agency`), of a credit in brackets
    opening a paragraph's dateline, or the text's first dateline when a scraper ran the headline
    into it or wrapped its lines (within HEADLINE_CHARS of the start)."""
    for source in found:
        paragraph = text.rfind("\n", 0, source.start) + 1
        if not source.credit or not DASH_AFTER.match(text, source.end) or \
                source.start - paragraph > BYLINE_CHARS and source.start > HEADLINE_CHARS + BYLINE_CHARS:
            continue
        entry = gazetteer.media(source.name)
        if entry is not None and (entry.kind == "agency") == agency:
            return entry
    return None


def _credited_beside_agency(found: list[FoundSource], gazetteer: Gazetteer) -> MediaEntry | None:
    """The listed outlet, not an agency, that a joint credit names beside an agency ("(24 heures/ats)",
    "BELGA / L'Echo"): the piece is the outlet's, written from the agency's dispatch."""
    for source in found:
        entry = gazetteer.media(source.name) if source.credit else None
        if entry is None or entry.kind == "agency":
            continue
        if any(other.credit and (other.start, other.end) == (source.start, source.end) and
               getattr(gazetteer.media(other.name), "kind", None) == "agency" for other in found):
            return entry
    return None


def _owned_channel(doc: Doc, source: FoundSource) -> FoundSource:
    """A channel cited with its owner in brackets right after it ("a réagi sur La Première
    (RTBF)", "sur ICI Première (Radio-Canada)"): one citation of the owner, the brackets included.
    The brackets are no short form of the channel's name when they name another listed medium,
    and an agency there owns nothing: "selon Le Soir (Belga)" is left to the credits."""
    text = text_of(doc)
    match = OWNER_IN_BRACKETS.match(text, source.end)
    if match is None or source.credit:
        return source
    gazetteer = gazetteer_of(doc)
    owner = gazetteer.media(match.group("name"))
    channel = gazetteer.media(source.name) if source.actor is None else None
    if owner is None or owner.kind == "agency" or owner.id in (source.actor, getattr(channel, "id", None)) or \
            source.actor is None and channel is None:
        return source
    return FoundSource(display_name(match.group("name"), owner.name), owner.id, source.start, match.end(), source.named)


def _merged(found: list[FoundSource], doc: Doc) -> list[FoundSource]:
    """One citation read twice is one source: "selon un article publié par Le Monde" cites Le Monde
    through the work that speaks ("Selon un article publié") and as the participle's agent ("publié
    par Le Monde"); overlapping spans of the same medium make one entry, named if either is. Two
    spans that only a space parts ("Selon une enquête" | "publiée par Le Monde") are one too, and so
    are an unnamed description and the title a few words of it later introduce ("selon la chaîne
    d'information" | "continue LCI")."""
    text = text_of(doc)
    out: list[FoundSource] = []
    for source in found:
        last = out[-1] if out else None
        if last is not None and (source.start < last.end or not text[last.end:source.start].strip()) and \
                (last.actor is not None and last.actor == source.actor or last.name == source.name) or \
                last is not None and not last.named and source.named and last.end <= source.start and \
                _describes(doc, last.end, source.end):
            named = source if source.named else last
            out[-1] = FoundSource(named.name, named.actor, last.start, max(last.end, source.end),
                                  last.named or source.named, last.credit or source.credit)
            continue
        out.append(source)
    return out


def _describes(doc: Doc, end: int, title_end: int) -> bool:
    """Do the words from an unnamed description ending at char `end` to a cited title's end only
    describe the medium it names: at most DESCRIPTION_GAP words besides proper nouns, no mark,
    preposition, coordinator or pronoun (tagger)? "selon des médias locaux cités par Reuters" cites two."""
    span = doc.char_span(end, title_end, alignment_mode="expand") if title_end > end else None
    return span is not None and \
        len([t for t in span if not t.is_space and t.pos_ != "PROPN"]) <= DESCRIPTION_GAP and \
        not any(t.is_punct or t.pos_ in ("ADP", "CCONJ", "SCONJ", "PRON") for t in span)
