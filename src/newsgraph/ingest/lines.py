"""Line breaks that end no paragraph, read as spaces (at the same length): text wrapped at a width
(a plain-text page, a mail, a copy from a PDF) and breaks inside a sentence (a <br> kept). Split
from mend.py, which reads the rest of the scraping warts; the parser reads every line break as a
paragraph's end (nlp/paragraphs.py), so a wrapped paragraph is a run of broken sentences.
Punctuation, letter case and line lengths only; the only words are the language pack's words no
line ends on, given by the caller.
"""
from __future__ import annotations

import re

LOWER = "a-zß-öø-ÿ"
UPPER = "A-ZÀ-ÖØ-Þ"
# a line break inside a sentence (text wrapped at a width, a <br> turned into a break): one break
# between a small letter or a comma and a small letter, or after a comma (no heading or paragraph
# ends with one); read as a space, at the same length (a paragraph, a heading or a list item never
# goes on with a small letter)
# (or after a line of prose cut inside its sentence: a sentence ended inside it and the next one
# goes on to its end with no final mark; no heading or caption holds a sentence's end)
# (and a small word at its end: an attribution line "”― Jane Doe" ends on a name)
_PROSE_LINE = re.compile(rf"[^\W\d_]{{2}}[.!?…][»”\"]? [«“\"]?[{UPPER}][{LOWER}]+ (?:\S+ ){{2,}}[{LOWER}]\S*$")
WRAPPED_COMMA_LINE = 20  # characters: a salutation is shorter ("Chers amis,", "Dear Sir,")
# (or after a word of the language no line ends on, before anything: "a annoncé que\n95
# soldats", "a reçu le\nPrésident", "a dénoncé la\n« dérive »")
# (the blanks a line ends with are no word: "rurales \net", a double space the width cut in two)
_WRAPPED_LINE = re.compile(rf"(?<=[{LOWER},;])[ \u00a0]*\n(?=[{LOWER}])|(?<=[^\W\d_],)[ \u00a0]*\n(?=[^\W\d_])"
                           rf"|(?<=[{LOWER}])[ \u00a0]*\n(?=\S)")
# a text wrapped at a width: its lines (those a line follows, not a blank one) are no longer than
# the width, which plain-text pages set between these, and the first word of the next line would
# not have fitted on most (a wrapper breaks a line only there; a paragraph, a heading or a list
# item ends anywhere), and many go on with a small letter (a width cuts sentences anywhere; the
# items of a list or the paragraphs of a text open with a capital). The width is read as a high
# share of the lines' lengths, not the longest: a line holding a character reference or a long
# word may pass it
HARD_WRAP_WIDTHS = (40, 110)
HARD_WRAP_LINES = 6        # lines followed by a line, at least (fewer tell no width)
HARD_WRAP_SMALL_SHARE = 0.4  # of the lines whose next line opens with a small letter
HARD_WRAP_WIDTH_SHARE = 0.9  # of the lines no longer than the width read
HARD_WRAP_SHARE = 0.6      # of the lines whose next word would not have fitted


def unwrapped(text: str, unfinished: frozenset[str] = frozenset(), given: list[int] | None = None) -> str:
    """`text` with each line break inside a paragraph read as a space, at the same length: every
    break a width made in a wrapped text, and a break inside a sentence (`_wrapped`). `given` maps
    each offset of `text` to the text as given (None: the same), whose lines the width was set on."""
    return _WRAPPED_LINE.sub(lambda m: m.group()[:-1] + _wrapped(m, unfinished), _hard_unwrapped(text, given))


def _hard_unwrapped(text: str, given: list[int] | None = None) -> str:
    """A text wrapped at a width with its wrapping breaks read as spaces: the break after a line
    the next line's first word would not have fitted on (a line that ends a paragraph before a
    longer line's width stays broken, as a blank line does). Lengths are those of the lines as
    given (`given`): a page was wrapped before its character references were read ("d&#39;un"
    counts 8 characters in the width, 4 once read; counted read, the lines holding one looked
    short of the width and stayed broken)."""
    if text.count("\n") < HARD_WRAP_LINES:
        return text
    lines = text.split("\n")
    followed = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if len(followed) < HARD_WRAP_LINES:
        return text
    if sum(lines[i + 1].lstrip()[:1].islower() for i in followed) < HARD_WRAP_SMALL_SHARE * len(followed):
        return text
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)

    def length(start: int, end: int) -> int:  # as given
        return end - start if given is None else given[end] - given[start]

    def line(i: int) -> int:  # a line's length, without its trailing blanks
        return length(starts[i], starts[i] + len(lines[i].rstrip()))

    def first_word(i: int) -> int:
        start = starts[i] + len(lines[i]) - len(lines[i].lstrip())
        return length(start, start + len(lines[i].split()[0]))

    lengths = sorted(line(i) for i in followed)
    width = lengths[int(HARD_WRAP_WIDTH_SHARE * (len(lengths) - 1))]
    if not HARD_WRAP_WIDTHS[0] <= width <= HARD_WRAP_WIDTHS[1]:
        return text
    full = {i for i in followed if line(i) + 1 + first_word(i + 1) > width}
    if len(full) < HARD_WRAP_SHARE * len(followed):
        return text
    return "".join(line + ("" if i == len(lines) - 1 else " " if i in full else "\n") for i, line in enumerate(lines))


def word_start(text: str, at: int) -> int:
    """Where the word that ends at `at` starts (letters, hyphens, apostrophes and stops)."""
    while at > 0 and (text[at - 1].isalpha() or text[at - 1] in "-'’."):
        at -= 1
    return at


def _wrapped(match: re.Match[str], unfinished: frozenset[str]) -> str:
    """A space for a line break inside a sentence, unless the line before is a short one of its
    own: a salutation ("Chers amis,", "Dear Sir,") or a one-word list item ("introduction"); before
    no small letter, only after a word no line ends on (`unfinished`: a heading or a paragraph may
    end on any other)."""
    text = match.string
    line_start = text.rfind("\n", 0, match.start()) + 1
    line = text[line_start:match.start()]
    following = text[match.end():match.end() + 1]
    last = line[word_start(line, len(line)):]
    if not (following.islower() or line.endswith((",", ";"))) and \
            last.lower() not in unfinished and not _PROSE_LINE.search(line):
        return "\n"
    if line.endswith((",", ";")):
        return " " if len(line) >= WRAPPED_COMMA_LINE else "\n"
    if len(line.split()) >= 2:
        return " "
    # one word between two breaks inside a sentence ("vous avez\naffaire\nà un groupe"): the line
    # before it is prose cut inside its sentence (a list's items have one word each)
    previous = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
    if line_start and len(previous.split()) >= 2 and (previous[-1:].islower() or previous.endswith((",", ";"))):
        return " "  # (or a clause before it: "« … »,\na\nindiqué son porte-parole")
    # (or a capitalised word opening its paragraph, cut from the small words of its sentence that
    # go on for a line of prose: "Washington\na toutefois réaffirmé", "Dans\nl'opposition"; not
    # a heading over a list of one-word items, "Sommaire\nintroduction\nméthode")
    opens_paragraph = not previous.strip()
    next_line = text[match.end():text.find("\n", match.end()) % (len(text) + 1)]
    return " " if opens_paragraph and line[:1].isupper() and line[1:].rstrip(",").isalpha() and \
        len(next_line.split()) >= 3 else "\n"
