"""Links between the quotes of a Doc once found: a continuation takes the speaker of the quote it
continues (or of the quotation it runs on into), pieces split by an incise join where the pack
says so, and only the outer layer of nested reports is kept where the pack's convention asks."""
from __future__ import annotations

from spacy.tokens import Doc

from .context import pack_of
from .paragraphs import paragraph_of
from .quotemarks import MARKS, QuotedSpan
from .reports import FoundQuote
from .syntax import token_from
from .textutil import text_of
from .uncued_quotes import named_subject_after


def link_continuations(doc: Doc, quotes: list[FoundQuote]) -> None:
    """A continuation takes the speaker of the last attributed quote at most two paragraphs back,
    or the name right after it where it opens its paragraph (`uncued_quotes.py`)."""
    paragraphs = doc._.paragraphs or [(0, len(text_of(doc)))]
    previous: FoundQuote | None = None
    for quote in quotes:
        if quote.continuation:
            named = None
            k = paragraph_of(paragraphs, quote.start)
            near = previous is not None and k - paragraph_of(paragraphs, previous.end) <= 2
            if quote.type == "direct" and pack_of(doc).setting("uncued_quote_takes_later_name", False) and \
                    k < len(paragraphs) and (not near or quote.start - 2 <= paragraphs[k][0]):
                # (words opening their paragraph: the name after them beats a speaker further back)
                named = named_subject_after(doc, quote.start, quote.end, paragraphs[k])
            if named is not None:  # (nlp/uncued_quotes.py)
                quote.speaker, quote.continuation = named, False
            elif near:
                quote.speaker_from = previous
                quote.cue = previous.cue
                quote.confidence = min(0.75, previous.confidence)
            continue
        inside = previous is not None and previous.start <= quote.start and quote.end <= previous.end
        if (quote.speaker is not None or quote.cue is not None) and not inside:
            # (a report inside the words of the previous quote is part of them: no new speaker)
            previous = quote


def link_run_on(doc: Doc, quotes: list[FoundQuote], quoted: list[QuotedSpan]) -> None:
    """A quotation left open at the end of its paragraph and reopened at the start of the next
    (one statement over several paragraphs), or reopened in the same paragraph where a scraper
    lost the break, that found no speaker of its own takes the speaker of the quotation it runs
    on into, however many paragraphs on. That speaker beats the one `link_continuations` gave it
    from a quote of an earlier paragraph (the words after the reopening mark are the same
    statement's), not one of its own paragraph, whose words it goes on with; after a lost break
    only a piece no earlier quote took, reopened by a guillemet, is linked: there the marks alone
    tell the reopening, not the layout."""
    paragraphs = doc._.paragraphs or [(0, len(text_of(doc)))]
    running = {s.start: s for s in quoted if s.depth == 0 and not s.closed and s.runs_on}
    later: FoundQuote | None = None
    for quote in reversed(quotes):
        span, earlier = running.get(quote.start), quote.speaker_from
        own = earlier is not None and paragraph_of(paragraphs, earlier.start) == paragraph_of(paragraphs, quote.start)
        if quote.continuation and quote.speaker is None and span is not None and later is not None and not own and \
                (_opens_next_paragraph(paragraphs, quote, later) or earlier is None and
                 _reopened_by_guillemet(text_of(doc), span, later)):
            source = later.speaker_from or later
            if source.speaker is not None or source.cue is not None:
                quote.speaker_from, quote.cue = source, source.cue
                quote.confidence = min(0.75, source.confidence)
        later = quote


def _reopened_by_guillemet(text: str, span: QuotedSpan, later: FoundQuote) -> bool:
    """Does the later quote open right after the mark that reopened the span where a paragraph
    break was lost (the span stops at that mark)? Only a mark that never closes tells it: the
    others, curly ones included, are typed either way by some sites."""
    return MARKS.get(text[span.close_at:span.close_at + 1]) == ("angle", "open") and \
        span.close_at < later.start <= span.close_at + 3


def _opens_next_paragraph(paragraphs: list[tuple[int, int]], quote: FoundQuote, later: FoundQuote) -> bool:
    k = paragraph_of(paragraphs, later.start)
    return k == paragraph_of(paragraphs, quote.start) + 1 and later.start - 2 <= paragraphs[k][0]


def join_across_incise(doc: Doc, quotes: list[FoundQuote], quoted: list[QuotedSpan]) -> list[FoundQuote]:
    """'"A," he said. "B."' as one quotation: where the pack says the words quoted after an
    incise go on with the same statement (English news attributes a long quote after its first
    sentence), the piece after the incise joins the quote before it, and the span covers the
    incise. The piece is a continuation opening in the incise's sentence or the next one, in the
    same paragraph, or a whole quotation right after the incise that the parse read as the
    quoted object of the incise's verb ('"A," he said, "B."'), whether the parse starts that
    object at the opening mark or at the first word inside it ('"A," Smith said on Tuesday,
    "the voters …"': the clause the verb reports, read from inside the marks)."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or [(0, len(text))]
    joined: set[int] = set()
    for k, quote in enumerate(quotes):
        whole = next((q for q in quoted if q.depth == 0 and quote.start in (q.open_at, q.start)
                      and quote.end <= q.outer_end), None)
        if quote.continuation:
            head = quote.speaker_from
        else:
            head = next((h for h in reversed(quotes[:k]) if h.cue is not None and h.cue == quote.cue), None)
            incise_end = max(head.cue[1], head.speaker[1] if head.speaker else 0) if head is not None else 0
            first = token_from(doc, incise_end)
            between = doc[first.i:open_tok.i] if first is not None and (open_tok := token_from(doc, quote.start)) \
                is not None else None
            if whole is None or between is None or any(t.pos_ in ("VERB", "AUX") for t in between):
                continue  # another verb between ("…, adding later, «…»"): not the incise's own quotation
        if head is None or head.cue is None or id(head) in joined:
            continue
        if not head.end <= head.cue[0] < head.cue[1] <= quote.start:
            continue  # the cue must stand between the two pieces
        if paragraph_of(paragraphs, head.start) != paragraph_of(paragraphs, quote.start):
            continue
        cue_tok, open_tok = token_from(doc, head.cue[0]), token_from(doc, quote.start)
        if cue_tok is None or open_tok is None or open_tok.sent.start > cue_tok.sent.end:
            continue  # another sentence stands between the incise and the words
        kind = "direct" if quote.type == "direct" or whole is not None else quote.type
        head.end = whole.end if whole is not None else quote.end
        head.type = "direct" if head.type == kind == "direct" else "mixed"
        joined.add(id(quote))
    return [q for q in quotes if id(q) not in joined]


def outermost(quotes: list[FoundQuote]) -> list[FoundQuote]:
    """Only the outer layer of nested reports, where the pack's convention annotates each word in
    one attribution at most (a report inside a quotation is part of its content)."""
    kept: list[FoundQuote] = []
    reach = -1
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.end <= reach:
            outer = kept[-1]
            if outer.continuation and outer.type != "direct" and not quote.continuation and \
                    quote.speaker is not None:
                # a sentence that only continued an earlier speaker holds a report of its own: its
                # speaker, named right there, speaks it (in a direct quote, a report is part of the
                # quoted words)
                outer.speaker, outer.cue, outer.verb = quote.speaker, quote.cue, quote.verb
                outer.continuation, outer.speaker_from = False, None
            continue
        kept.append(quote)
        reach = quote.end
    return kept
