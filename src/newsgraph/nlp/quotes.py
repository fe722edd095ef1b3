"""Quotations: direct (« … »), indirect (X estime que …) and mixed, with their cue and speaker mention.

`find_quotes` runs a cascade, each step on what the previous left:
1. reported speech governed by a cue: speech verbs (`reports.py`), markers (`marker_reports.py`),
   postposed incises (`incise_reports.py`);
2. quotations in marks not already inside a report (`marked_quotes.py`), attributed by an incise
   after or inside them (`quote_incises.py`), a cue before them (`opening_cues.py`), or else
   continuing the previous quote, linked once all are found (`quote_links.py`).
The speaker is recorded as a mention (a char span); `speakers.py` resolves it. Quotation marks
are paired once per Doc (`paired_marks`), and the pairs passed to every finder and to the resolver.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .as_incises import find_as_incise_reports
from .attitudes import find_attitude_reports
from .conditional_reports import find_conditional_continuations
from .context import pack_of
from .headline_quotes import find_headline_quote
from .incise_reports import find_incise_reports
from .interview_answers import find_interview_answers
from .lexicon import pronoun_forms
from .marked_quotes import find_marked_quotes
from .marker_reports import find_marker_reports
from .quoted_speakers import without_medium_titles
from .quote_links import join_across_incise, link_continuations, link_run_on, outermost
from .quotemarks import QuotedSpan, find_quoted
from .reason_clauses import find_reason_reports
from .reports import FoundQuote, find_verb_reports
from .textutil import text_of
from .univocal import cut_before_relative_reports


def _overlap(a: FoundQuote, b: FoundQuote) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def paired_marks(doc: Doc) -> list[QuotedSpan]:
    """The Doc's quotation marks, paired within its paragraphs: once per Doc, for the finders here
    and for the speaker resolver (which tells quoted words from an indirect report's)."""
    return find_quoted(text_of(doc), doc._.paragraphs or [(0, len(text_of(doc)))])


def find_quotes(doc: Doc, marks: list[QuotedSpan] | None = None) -> list[FoundQuote]:
    """Every quotation of the Doc, in text order, continuations linked to the quote they continue.
    `marks`: the Doc's paired quotation marks (paired_marks), when the caller has them already."""
    quoted = paired_marks(doc) if marks is None else marks
    # a medium's name in marks is a title, no one's words ("a confié au « Monde » que …")
    quoted = without_medium_titles(doc, quoted)
    verbs = find_verb_reports(doc, quoted)
    markers = find_marker_reports(doc, quoted)
    incises = find_incise_reports(doc, quoted)
    attitudes = find_attitude_reports(doc, quoted)
    as_incises = find_as_incise_reports(doc, quoted)
    reasons = find_reason_reports(doc, quoted)
    reports: list[FoundQuote] = []
    for candidate in sorted(verbs + markers + incises + attitudes + as_incises + reasons, key=lambda r: -r.confidence):
        clash = [r for r in reports if _overlap(r, candidate) > 0]
        nested = all((r.start <= candidate.start and candidate.end <= r.end) or
                     (candidate.start <= r.start and r.end <= candidate.end) for r in clash)
        same = any(abs(r.start - candidate.start) < 3 and abs(r.end - candidate.end) < 3 for r in clash)
        if clash and (not nested or same):
            continue
        reports.append(candidate)
    # a report nested inside another keeps both layers (guidelines: nested reports)
    marked = find_marked_quotes(doc, reports, quoted)
    pack = pack_of(doc)
    if pack.setting("headline_quotes", False):
        headline = find_headline_quote(doc, quoted, reports + marked)
        marked += [headline] if headline is not None else []
    if pack.setting("interview_answers", False):
        marked += find_interview_answers(doc, reports + marked)
    marked += find_conditional_continuations(doc, sorted(reports + marked, key=lambda r: r.start))
    quotes = sorted(reports + marked, key=lambda r: (r.start, -r.end))
    link_continuations(doc, quotes)
    if pack.setting("open_paragraph_takes_later_speaker", False):
        link_run_on(doc, quotes, quoted)
    quotes = [q for q in quotes if not (q.continuation and q.speaker_from is None and q.speaker is None)]
    if pack.setting("quote_runs_across_incise", False):
        quotes = join_across_incise(doc, quotes, quoted)
    if not pack.setting("nested_reports", True):
        cut_before_relative_reports(text_of(doc), quotes, quoted, pronoun_forms(pack, kind="relative"))
        quotes = outermost(quotes)
    for quote in quotes:
        # reported words that hold a whole pair of marks are mixed, single marks too (a headline's
        # "Smith 'absolutely right', Jones says"), which the character test leaves out
        if quote.type == "indirect" and any(q.depth == 0 and quote.start <= q.open_at and q.outer_end <= quote.end
                                            for q in quoted):
            quote.type = "mixed"
    return quotes
