"""An article record as HTML: its text with every extracted fact marked at its exact offsets.

Spans nest and overlap (a date inside a quote, a source inside a cue's clause), so the text is cut
at every span boundary and each piece is one <span> carrying the ids of all the facts that cover
it (`data-ids="q3 d1"`). A fact's first piece gets its anchor (`id="q3"`), so the side panel
and other pages link straight to the evidence. Everything is escaped; no record text is markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import Article
from ..store import fold, search_terms

# Light speaker colours (background) that keep black text readable; ordered so that neighbours
# differ in hue. A speaker keeps its colour across the page (text, panel, legend).
SPEAKER_COLOURS = ("#ffe08a", "#b5e3f7", "#c8f0c0", "#f9c7d8", "#dccaf7", "#ffd1a8", "#c3ebe1",
                   "#e9e3a6", "#d2dcf9", "#f3c9f0")
UNKNOWN_SPEAKER = "#e9ecef"


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    id: str          # anchor id, e.g. q3
    kind: str        # quote, speaker, cue, source, date, event, mention
    label: str       # tooltip line
    colour: str | None = None


def speaker_key(quote) -> str:
    return quote.speaker.actor or quote.speaker.name or "?"


def speaker_colours(article: Article) -> dict[str, str]:
    """One colour per speaker, in order of first quote."""
    colours: dict[str, str] = {}
    for quote in article.quotes:
        key = speaker_key(quote)
        if key == "?":
            colours[key] = UNKNOWN_SPEAKER
        elif key not in colours:
            colours[key] = SPEAKER_COLOURS[sum(1 for k in colours if k != "?") % len(SPEAKER_COLOURS)]
    return colours


def marks_of(article: Article, colours: dict[str, str]) -> list[Mark]:
    """Every span of the record worth marking, with its anchor id and tooltip."""
    marks = []
    for i, q in enumerate(article.quotes):
        who = q.speaker.name or "unknown speaker"
        colour = colours.get(speaker_key(q), UNKNOWN_SPEAKER)
        marks.append(Mark(q.start, q.end, f"q{i}", "quote", f"{q.type} quote — {who}", colour))
        if q.speaker.start is not None and q.speaker.end is not None:
            marks.append(Mark(q.speaker.start, q.speaker.end, f"s{i}", "speaker", f"speaker: {who}", colour))
        if q.cue is not None:
            marks.append(Mark(q.cue.start, q.cue.end, f"c{i}", "cue", f"cue of quote {i + 1}: {q.cue.text}"))
    for i, s in enumerate(article.sources):
        marks.append(Mark(s.start, s.end, f"src{i}", "source", f"source: {s.name}"))
    for i, d in enumerate(article.dates):
        marks.append(Mark(d.start, d.end, f"d{i}", "date", f"date: {d.value or 'unresolved'} ({d.kind})"))
    for i, e in enumerate(article.events):
        parties = " → ".join(p for p in (e.actor.name, e.recipient.name if e.recipient else None) if p)
        marks.append(Mark(e.start, e.end, f"e{i}", "event", f"event {e.type}: {parties}"))
    for i, a in enumerate(article.actors):
        for start, end in a.mentions:
            marks.append(Mark(start, end, f"a{i}", "mention", f"{a.kind}: {a.name}"))
    size = len(article.text)
    return [m for m in marks if 0 <= m.start < m.end <= size]


def article_html(article: Article) -> Markup:
    """The article text, every fact marked; newlines stay (the page shows it with pre-wrap)."""
    text = article.text
    colours = speaker_colours(article)
    marks = marks_of(article, colours)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    anchored: set[str] = set()
    out, covering = [], []
    for a, b in zip(cuts, cuts[1:]):  # a sweep: the marks covering [a, b) are those open at a
        covering = [m for m in covering if m.end > a]
        for m in starting.get(a, ()):
            covering.append(m)
            if m.id not in anchored:  # one anchor per fact (mentions of one actor share an id)
                anchored.add(m.id)
                out.append(f'<a class="anchor" id="{m.id}"></a>')
        piece = escape(text[a:b])
        if not covering:
            out.append(str(piece))
            continue
        kinds = sorted({m.kind for m in covering})
        quote = next((m for m in covering if m.kind == "quote"), None)
        speaker = next((m for m in covering if m.kind == "speaker"), None)
        colour = (quote or speaker).colour if (quote or speaker) else None
        style = f' style="--speaker:{colour}"' if colour else ""
        ids = " ".join(dict.fromkeys(m.id for m in covering))
        title = escape("\n".join(dict.fromkeys(m.label for m in covering)))
        out.append(f'<span class="mk {" ".join(kinds)}" data-ids="{ids}" title="{title}"{style}>{piece}</span>')
    return Markup("".join(out))


def highlight_terms(text: str | None, query: str | None) -> Markup:
    """TEXT escaped, with the search terms (accent- and case-folded) in <mark>."""
    if not text:
        return Markup("")
    terms = search_terms(query)
    if not terms:
        return escape(text)
    folded, origin = [], []
    for i, ch in enumerate(text):  # fold char by char, remembering where each folded char came from
        for f in fold(ch):
            folded.append(f)
            origin.append(i)
    folded_text = "".join(folded)
    hits = [False] * len(text)
    for term in terms:
        at = folded_text.find(term)
        while term and at >= 0:
            for k in range(at, at + len(term)):
                hits[origin[k]] = True
            at = folded_text.find(term, at + len(term))
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and hits[j] == hits[i]:
            j += 1
        piece = escape(text[i:j])
        out.append(f"<mark>{piece}</mark>" if hits[i] else str(piece))
        i = j
    return Markup("".join(out))
