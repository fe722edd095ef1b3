"""Quotations in marks that no report covers: intertitles, titles and names left out, the rest
attributed by an incise after or inside the marks, a cue before them, or else continuing the
previous quote (linked later, `quote_links.py`)."""
from __future__ import annotations

from spacy.tokens import Doc

from .context import pack_of
from .opening_cues import cue_before
from .quote_incises import cue_after, incise_inside
from .quoted_speakers import names_a_speaker
from .quotemarks import QuotedSpan, sentence_like
from .reports import FoundQuote
from .sentence_reports import stretch_report_into
from .syntax import journalist_prefix_end, sentence_bounds
from .textutil import text_of


def _is_heading(text: str, q: QuotedSpan, paragraphs: list[tuple[int, int]]) -> bool:
    """A paragraph that is only a quotation with no sentence-final punctuation: an intertitle."""
    for p_start, p_end in paragraphs:
        if p_start <= q.open_at < p_end:
            if q.close_at > p_end:
                return False  # a quotation run on into the next paragraph (quotemarks._run_on)
            outside = text[p_start:q.open_at] + text[q.outer_end:p_end]
            if outside.strip(" \u00a0.!?…"):
                return False
            inner = text[q.start:q.end].rstrip()
            if text[q.start:q.close_at].rstrip().endswith(","):
                return False  # its sentence goes on after it: no intertitle
            repeated = text.count(inner[:60]) > 1
            # a sentence closed after its mark ("« … ».") is speech; an intertitle has no full stop
            closed = any(c in outside for c in ".!?…")
            return repeated or inner[-1:] not in ".!?…" and not closed
    return False


def _is_title(text: str) -> bool:
    """A title in marks ("Make Your Kid a Millionaire", "All Bets Are Off"): four words or more, most
    of them, long ones all, with a capital. Quoted speech capitalises its first word and names only."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or text.isupper():
        return False  # a short name, or shouting in capitals
    capitals = [w for w in words if w[0].isupper()]
    return len(capitals) >= 0.75 * len(words) and all(w[0].isupper() for w in words if len(w) > 3)


def _named_after_preposition(doc: Doc, q: QuotedSpan) -> bool:
    """A few words in marks that a preposition governs name something (a programme, a book: 'On
    "Face the Nation," Sanders said'): no one's words."""
    governed = pack_of(doc).labels.get("prepositional_object", ())  # a pack whose parser has the label
    if not governed:
        return False
    inside = [t for t in doc.char_span(q.start, q.end, alignment_mode="expand") or [] if not t.is_punct]
    heads = [t for t in inside if not (q.start <= t.head.idx < q.end)]
    return 0 < len(inside) <= 5 and len(heads) == 1 and heads[0].dep_ in governed


def _report_going_on(text: str, reports: list[FoundQuote], s_start: int, q: QuotedSpan) -> FoundQuote | None:
    """The report of the quotation's own sentence that stops short of it ('He is claiming that X is
    "a problem" but "nobody …"'): the clause goes on, coordinated, into the quotation, which is
    more of that report's words rather than a continuation of a speaker over the whole sentence."""
    for report in reports:
        gap = text[report.end:q.open_at]
        if report.cue is not None and s_start <= report.cue[0] and report.end <= q.open_at and \
                len(gap) <= 40 and not any(ch in gap for ch in ".!?;:\n"):
            return report
    return None


def _resumed_after_incise(text: str, quotes: list[FoundQuote], q: QuotedSpan) -> FoundQuote | None:
    """The direct quote whose incise, right after its closing mark, the quotation q follows past a
    comma ("« A », observe-t-il, « B »", "« A », dit le ministre, « B »"): q is the rest of its words."""
    for quote in quotes:
        if quote.type != "direct" or quote.cue is None or quote.speaker is None or \
                not quote.end <= quote.cue[0] < q.open_at:
            continue
        gap = text[max(quote.cue[1], quote.speaker[1]):q.open_at]
        closing = text[quote.end:quote.cue[0]]
        if gap.strip() == "," and closing.strip(" ,\u00a0\u202f") in ("", *CLOSING_MARKS):
            return quote
    return None


# marks that close a quotation, between a direct quote's words and its incise
CLOSING_MARKS = ("»", "”", '"', "“")


def find_marked_quotes(doc: Doc, reports: list[FoundQuote], quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """Quotations in marks that no report covers, with the cue that attributes them."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or [(0, len(text))]
    found = []
    covered = [(r.start, r.end) for r in reports]
    for q in quoted:
        if q.depth > 0:
            continue
        if any(s <= q.open_at and q.close_at < e + 1 for s, e in covered) or \
                any(s <= q.start and q.end <= e for s, e in covered):
            continue  # already part of a mixed report
        inner = text[q.start:q.end]
        if _is_heading(text, q, paragraphs) or _is_title(inner) or _named_after_preposition(doc, q) or \
                names_a_speaker(doc, q, reports):
            continue
        resumed = _resumed_after_incise(text, found + reports, q)
        if resumed is not None:
            # "« A », observe-t-il, « B »": the incise splits one direct quote in two (GUIDELINES §2.3)
            found.append(FoundQuote(q.start, q.end, "direct", resumed.cue, resumed.speaker, 0.85, verb=resumed.verb))
            continue
        split = incise_inside(doc, q)
        if split is not None:
            left_end, right_start, cue, speaker, info = split
            found.append(FoundQuote(q.start, left_end, "direct", cue, speaker, 0.9, verb=info))
            if right_start is not None:
                found.append(FoundQuote(right_start, q.end, "direct", cue, speaker, 0.9, verb=info))
            continue
        _, s_start, _ = sentence_bounds(doc, q.open_at)
        s_start = journalist_prefix_end(doc, s_start, q.open_at)
        pre = text[s_start:q.open_at]
        before = cue_before(doc, q)
        after = cue_after(doc, q)
        if before is not None and before[3] == "name" and after is not None and after[1] is not None:
            # an incise after the words names who says them: the short label before the colon was
            # the topic of the line ("Grève : « … », répète X"), not its speaker
            before = None
        if before is not None and before[3] in ("strong", "name"):
            cue, speaker, info, _ = before
            found.append(FoundQuote(q.start, q.end, "direct", cue, speaker, 0.85, verb=info))
            continue
        embedded = bool(pre.strip()) and not pre.rstrip().endswith((":", ".", "!", "?"))
        if embedded and after is None and before is None:
            # a long quotation inside a sentence with no cue continues the previous speaker:
            # set off by a comma it stands alone (direct); governed by the sentence it is mixed
            if len(inner.split()) >= 8 and stretch_report_into(reports, s_start, q) is None:
                if pre.rstrip().endswith((",", "(", "—", "–")):
                    found.append(FoundQuote(q.start, q.end, "direct", None, None, 0.5, continuation=True))
                elif pack_of(doc).setting("quotation_joins_report_of_sentence", False) and \
                        (own := _report_going_on(text, reports, s_start, q)) is not None:
                    own.end, own.type = q.outer_end, "mixed"
                else:
                    found.append(FoundQuote(s_start + len(pre) - len(pre.lstrip()), q.outer_end, "mixed",
                                            None, None, 0.45, continuation=True))
            continue  # short: scare quotes, titles, names
        if embedded and not sentence_like(inner):
            continue
        if after is not None:
            cue, speaker, info = after
            found.append(FoundQuote(q.start, q.end, "direct", cue, speaker, 0.9, verb=info))
            continue
        if before is not None:
            cue, speaker, info, _ = before
            found.append(FoundQuote(q.start, q.end, "direct", cue, speaker, 0.7, verb=info))
            continue
        if pre.strip() and not pre.rstrip().endswith((":", ".", "!", "?")):
            continue
        if not sentence_like(inner) or len(inner.split()) < 3:
            continue
        found.append(FoundQuote(q.start, q.end, "direct", None, None, 0.5, continuation=True))
    return found
