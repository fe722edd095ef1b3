"""Pair quotation marks in scraped text: « », “ ”, „ “, ‹ ›, straight ", the two-character marks
'' and `` (New York Times copy, plain-text conversions), and single marks ‘ ’ ' at word edges.

Scraped news mixes mark styles, nests straight quotes inside straight quotes
("… une "activisation" …"), drops spaces ("dit:"Bonjour"") and leaves stray marks.
Each mark is classified as opening or closing from its flanks (what touches it on
each side), then paired with a stack per paragraph, so one stray mark cannot
swallow the rest of the article; a straight " also pairs with the other style of double marks
('"…»', as scrapers and retyping leave them). A single mark inside a word ("don’t", "l’ONU") or before
a digit ("’80s") is an apostrophe; a closing one pairs only with an open single mark
("the voters’ call" closes nothing), and an open one never runs on to the paragraph's end.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# mark -> (family, direction): direction is "open", "close" or "either" (decided by flanks)
MARKS = {
    "«": ("angle", "open"), "»": ("angle", "close"),
    "‹": ("single_angle", "open"), "›": ("single_angle", "close"),
    "“": ("double", "open"), "”": ("double", "close"), "„": ("double", "open"),
    "\"": ("double", "either"), "‟": ("double", "open"),
    "‘": ("single", "open"), "’": ("single", "close"), "‚": ("single", "open"), "'": ("single", "either"),
}
# two-character marks, read before the one-character ones: '' closes or opens, `` opens
WIDE_MARKS = {"''": ("double", "either"), "``": ("double", "open")}
SINGLE = "single"
# Marks as a token's text (a tokenizer keeps '' and `` whole). The straight ' is left out: as a
# token it is mostly the possessive of a plural ("the voters ' call").
QUOTE_CHARS = frozenset(MARKS) - {"'"} | frozenset(WIDE_MARKS)
# Marks that may close a quotation, as a token's text (the single "’" is mostly an apostrophe)
CLOSING_CHARS = frozenset(c for c in QUOTE_CHARS if (MARKS.get(c) or WIDE_MARKS[c])[1] != "open") - {"’"}
# marks that always quote in running text ("’" and "'" are more often apostrophes)
PLAIN_MARKS = frozenset(c for c, (family, _) in MARKS.items() if family != SINGLE) | {"‘"}
OPENING_CONTEXT = set(" \t\n\u00a0\u202f\u2009([{—–-:;/,")
CLOSING_CONTEXT = set(" \t\n\u00a0\u202f\u2009)]}.,;:!?…—–-/")
INNER_SPACE = " \t\n\u00a0\u202f\u2009"
# families of double marks a straight " may pair with across styles
_MIXABLE = frozenset({"angle", "double"})
# pairs of double marks of one press style, left as printed by `typographic` (“ ” when nested)
_PRINTED_PAIRS = frozenset({"«»", "“”"})
# the Doc's user_data key of the offsets of marks that set a medium's title, no quotation
# (quoted_speakers.without_medium_titles: "a confié au « Monde » que …")
TITLE_MARKS = "ng_title_marks"
# what ends a paragraph whose quotation runs on into the next one
PARAGRAPH_ENDS = frozenset(".!?…")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A paired quotation: marks at open_at and close_at; the words between, trimmed."""
    open_at: int
    close_at: int         # index of the closing mark (or paragraph end when unclosed)
    start: int            # first character inside, after spaces
    end: int              # end of the words inside, before spaces and a trailing comma
    depth: int            # 0 = top level, 1 = nested inside another quotation
    closed: bool = True   # False when the paragraph ended before a closing mark
    close_width: int = 1  # characters of the closing mark ('' has two)
    runs_on: bool = False  # left open, and the next paragraph reopens it with a mark of its family

    @property
    def outer_end(self) -> int:
        """End of the span including its closing mark."""
        return self.close_at + self.close_width if self.closed else self.close_at


def has_quote_marks(text: str) -> bool:
    """Does the text hold a quotation mark (not an apostrophe)?"""
    return any(ch in PLAIN_MARKS for ch in text) or "''" in text or "``" in text


def _direction(text: str, i: int, direction: str, width: int = 1) -> str:
    """Opening or closing for a mark, from its declared direction and its flanks."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    left_open = before in OPENING_CONTEXT or before in QUOTE_CHARS or before == "'"
    right_close = after in CLOSING_CONTEXT or after in QUOTE_CHARS
    if direction != "either":
        return direction
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    return "either"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in INNER_SPACE:
        end -= 1
    if end > start and text[end - 1] == ",":  # a final comma belongs to the sentence
        end -= 1
        while end > start and text[end - 1] in INNER_SPACE:
            end -= 1
    return start, end


def find_quoted(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[QuotedSpan]:
    """All paired quotations of the text, sorted by opening position."""
    if paragraphs is None:
        paragraphs = [(0, len(text))]
    spans: list[QuotedSpan] = []
    broken: QuotedSpan | None = None  # the previous paragraph's quotation, broken off on a word
    for k, (p_start, p_end) in enumerate(paragraphs):
        following = _opening_family(text, *paragraphs[k + 1]) if k + 1 < len(paragraphs) else None
        found = _nest(_pair(text, p_start, p_end, following))
        if broken is not None:
            found = _run_on(text, broken, found, p_start, spans)
        if k > 0:
            found = _closed_over_paragraphs(text, spans, found, p_start, p_end) + found
        broken = _broken_off(text, found, p_end, following)
        spans += found
    spans.sort(key=lambda s: (s.open_at, -s.close_at))
    return spans


def _closed_over_paragraphs(text: str, spans: list[QuotedSpan], found: list[QuotedSpan], p_start: int,
                            p_end: int) -> list[QuotedSpan]:
    """The paragraph that closes a quotation opened at the start of the paragraph before it and
    left open there, when it does not reopen it ("… a expliqué :\n\n« Depuis mardi, … la ville.\n\n
    Nous lançons un appel. »"): its words up to the closing mark are the same quotation's."""
    before = [s for s in spans if s.depth == 0 and not s.closed and not s.runs_on]
    if not before or before[-1].close_at > p_start or text[before[-1].close_at:p_start].strip() or \
            not text[:before[-1].open_at].rstrip(" \t").endswith("\n") and before[-1].open_at > 0:
        return []
    family = MARKS.get(text[before[-1].open_at], (None,))[0]
    for i, width, mark_family, declared in _marks(text, p_start, p_end):
        if mark_family != family:
            continue
        if declared == "open" or any(q.open_at <= i <= q.close_at for q in found):
            return []  # the paragraph opens a quotation of its own: no run-on
        if _direction(text, i, declared, width) == "close":
            start, end = _trim(text, p_start, i)
            # (no opening mark: the paragraph break before the words stands for it)
            return [QuotedSpan(p_start - 1, i, start, end, depth=0, close_width=width)] if end > start else []
    return []


def _broken_off(text: str, found: list[QuotedSpan], p_end: int, following: str | None) -> QuotedSpan | None:
    """The quotation left open at a paragraph that ends on a word, no final mark, when the next
    paragraph reopens it: a sentence split by a line break inside the quotation (scraped copy,
    hard-wrapped text), one quotation over both paragraphs."""
    if following is None or not text[max(0, p_end - 8):p_end].rstrip()[-1:].isalnum():
        return None
    top = [s for s in found if s.depth == 0 and not s.closed and s.runs_on]
    return top[-1] if top else None


def _run_on(text: str, broken: QuotedSpan, found: list[QuotedSpan], p_start: int,
            spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Join the quotation that opens this paragraph to the broken-off one before it."""
    first = min(found, key=lambda s: s.open_at) if found else None
    # a lowercase word after the mark goes on with the sentence; a capital may open a new one
    # after a final mark was lost, and then each paragraph keeps its quotation
    if first is None or first.open_at > p_start or not text[first.start:first.start + 1].islower():
        return found
    spans.remove(broken)
    joined = QuotedSpan(broken.open_at, first.close_at, broken.start, first.end, depth=0,
                        closed=first.closed, close_width=first.close_width, runs_on=first.runs_on)
    return [joined if s is first else s for s in found]


def _apostrophe(text: str, i: int) -> bool:
    """A single mark inside a word ("don’t", "l'ONU") or before a digit ("’80s") is no quotation mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isalnum() and after.isalnum()) or after.isdigit()


# marks that stand as words of their own, spaced or not ("« mot »" and "«mot»" count alike)
_WORD_MARKS = re.compile("''|``|[" + "".join(re.escape(c) for c in sorted(PLAIN_MARKS)) + "]")


def words_with_marks(text: str) -> list[str]:
    """The text's words split on spaces, every quotation mark a word of its own whether the writer
    spaced it or not: a count of words does not change with typography (scraped text often
    drops the spaces inside guillemets)."""
    return _WORD_MARKS.sub(lambda m: f" {m.group()} ", text).split()


# Any mark, two-character ones first (leftmost match, so "''" is read whole as the scan did);
# a regular expression jumps over the text between marks, which is most of an article
_MARK_PATTERN = re.compile("|".join(re.escape(m) for m in WIDE_MARKS) + "|[" +
                           "".join(re.escape(c) for c in MARKS) + "]")


def _marks(text: str, p_start: int, p_end: int):
    """(position, width, family, declared direction) of each quotation mark of a paragraph."""
    for m in _MARK_PATTERN.finditer(text, p_start, p_end):  # a wide mark never crosses p_end
        i, mark = m.start(), m.group()
        if len(mark) == 2:
            yield i, 2, *WIDE_MARKS[mark]
        elif not (MARKS[mark][0] == SINGLE and _apostrophe(text, i)):
            yield i, 1, *MARKS[mark]


def _opening_family(text: str, p_start: int, p_end: int) -> str | None:
    """The family of the quotation mark that opens a paragraph, if one does."""
    for i, width, family, declared in _marks(text, p_start, p_end):
        if text[p_start:i].strip() or _direction(text, i, declared, width) == "close":
            return None
        return family
    return None


def _pair(text: str, p_start: int, p_end: int, following: str | None = None) -> list[QuotedSpan]:
    """The quotations of one paragraph (depth not yet set); `following` is the family of the
    mark that opens the next paragraph, if any."""
    spans: list[QuotedSpan] = []
    stack: list[tuple[int, str, int]] = []  # (position, family, width)
    for i, width, family, declared in _marks(text, p_start, p_end):
        direction = _direction(text, i, declared, width)
        if direction == "either":
            # undecidable flanks: close an open mark of the same family, else open
            direction = "close" if any(f == family for _, f, _ in stack) else "open"
        if direction == "open" and _reopened_after_lost_break(text, stack, i, family):
            # a quotation over two paragraphs whose break was lost ("…la ville. « Les habitants"):
            # the one left open ends where the next paragraph's reopens it, as at a paragraph's end
            open_at, _, open_width = stack.pop()
            start, end = _trim(text, open_at + open_width, i)
            if end > start:
                spans.append(QuotedSpan(open_at, i, start, end, depth=0, closed=False, runs_on=True))
        if direction == "open":
            if text[i] == "“" and stack and stack[-1][1] == family and (
                    text[i - 1:i] not in OPENING_CONTEXT  # some sites use “ on both sides
                    or text[stack[-1][0]] == "„" and not text[i + 1:i + 2].isalnum()):  # „…,“ said
                direction = "close"
            else:
                stack.append((i, family, width))
                continue
        # closing: pair with the innermost open mark of the same family, or else, for a straight
        # mark on either side, of the other family of double marks: scraped copy mixes styles
        # ('"Nous partirons.»', '« Nous partirons."': one side retyped, the other left)
        match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] == family), None)
        if match is None and family in _MIXABLE:
            match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][1] in _MIXABLE and
                          "\"" in (text[i], text[stack[k][0]])), None)
        if match is not None:
            open_at, _, open_width = stack[match]
            del stack[match:]  # inner marks left open were stray
            start, end = _trim(text, open_at + open_width, i)
            if end > start:
                spans.append(QuotedSpan(open_at, i, start, end, depth=0, close_width=width))
    # A quotation still open at the paragraph's end runs to it when it opened the
    # paragraph (the French convention for multi-paragraph quotes), or when the next paragraph
    # opens with a mark of its family (the convention of English and most presses: a quotation
    # running over paragraphs leaves each one open and reopens the next); otherwise the mark
    # was stray and is dropped. A paragraph left open that way ends its sentence with no mark
    # after it: a final mark may close a quotation whose opening mark was lost.
    last = text[p_start:p_end].rstrip()[-1:]
    # (or that breaks off on a word: a final mark lost, a sentence run over paragraphs)
    reopened = following is not None and (last in PARAGRAPH_ENDS or last.isalnum())
    for k, (open_at, family, width) in enumerate(stack):
        if k == 0 and family != SINGLE and (not text[p_start:open_at].strip() or (reopened and family == following)):
            start, end = _trim(text, open_at + width, p_end)
            if end > start:
                spans.append(QuotedSpan(open_at, p_end, start, end, depth=0, closed=False,
                                        runs_on=family == following))
    return spans


def _reopened_after_lost_break(text: str, stack: list[tuple[int, str, int]], i: int, family: str) -> bool:
    """Does the mark at `i`, opening, reopen the one quotation left open (of its family, double
    marks) after the final mark of a sentence, at a paragraph break a scraper lost? A quotation
    nested in another of the same marks after a full stop is rare; one over paragraphs is the
    French and English way of quoting a long statement."""
    if len(stack) != 1 or stack[0][1] != family or family not in _MIXABLE or text[i] in "“" and text[stack[0][0]] == "„":
        return False
    # opening on both flanks: a blank or the final mark before it, a word right after it (after
    # one blank for guillemets): a site that prints “ on both sides closes with it ('percent.“')
    after = text[i + 1:i + 3].lstrip(INNER_SPACE if family == "angle" else "")[:1]
    if not (text[i - 1:i] in INNER_SPACE or text[i - 1:i] in PARAGRAPH_ENDS) or not after.isalnum():
        return False
    before = text[stack[0][0] + stack[0][2]:i].rstrip(INNER_SPACE)
    return before[-1:] in PARAGRAPH_ENDS and len(before.split()) >= 3


def _nest(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Set each span's depth: the kept quotations around it, so a dropped stray mark does not
    leave its contents marked as nested. Quotations never cross a paragraph, so counting within
    one paragraph keeps this linear in the length of an article."""
    spans.sort(key=lambda s: (s.open_at, -s.close_at))
    return [
        QuotedSpan(s.open_at, s.close_at, s.start, s.end,
                   depth=sum(o.open_at < s.open_at and s.close_at < o.outer_end for o in spans),
                   closed=s.closed, close_width=s.close_width, runs_on=s.runs_on)
        for s in spans
    ]


def sentence_like(words: str) -> bool:
    """Do the words in marks read as a sentence of their own (a capital or a figure first and two words
    or more, or six words), not a fragment the clause around them holds as a scare quote or a title?"""
    split = words.split()
    first = words.lstrip("([ …-—")[:1]
    return (first.isupper() or first.isdigit()) and len(split) >= 2 or len(split) >= 6


def opening_between(spans: list[QuotedSpan], start: int, end: int) -> list[QuotedSpan]:
    """The spans (sorted by opening, as `find_quoted` returns them) whose mark opens in [start, end)."""
    first = bisect.bisect_left(spans, start, key=lambda s: s.open_at)
    last = bisect.bisect_left(spans, end, lo=first, key=lambda s: s.open_at)
    return spans[first:last]


def typographic(text: str, opening: str, closing: str, paragraphs: list[tuple[int, int]],
                singles: bool = False) -> str:
    """The text (cut into `paragraphs`) with each pair of straight double marks, and each pair of
    double marks of two styles or of a press that is not the language's ('"…”', '“…»', „…“), made
    the typographic pair of the language (`opening`, `closing`), same length: scraped copy turns
    « » and “ ” into " or retypes one side, and the rules downstream were written on, and tuned
    to, the marks presses print. A pair of one style is left as printed (« », and “ ” nested in
    another quotation); a top-level “ ” is the main quotation of a site that prints English marks.
    With `singles` (a language whose presses never quote in single marks at the top level), a
    top-level pair of straight single marks is one too: a site's "&#39;" references read back to
    "'" ("a rejeté des accusations 'sans fondement'"), whose quoted object no frame read, since a
    lone "'" is an apostrophe; the pairing already leaves out apostrophes inside a word ("l'ONU")."""
    chars = None
    for span in find_quoted(text, paragraphs):
        pair = text[span.open_at] + text[span.close_at] if span.closed and span.close_width == 1 else ""
        if singles and pair == "''" and span.depth == 0:
            chars = chars if chars is not None else list(text)
            chars[span.open_at], chars[span.close_at] = opening, closing
            continue
        retyped = pair not in _PRINTED_PAIRS or pair == "“”" and span.depth == 0
        if len(pair) == 2 and retyped and all(MARKS.get(c, ("", ""))[0] in _MIXABLE for c in pair):
            chars = chars if chars is not None else list(text)
            chars[span.open_at], chars[span.close_at] = opening, closing
    return text if chars is None else "".join(chars)

