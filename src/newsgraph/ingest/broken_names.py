"""A line break inside a listed name ("Selon Radio\\nOkapi", "au Burkina\\nFaso"), read as a space.

A scraper keeps a page's <br> or a wrapped line as a line break, and the parser reads every line
break as a paragraph's end (nlp/paragraphs.py): the name is cut in two, and only its second half
is found ("Okapi" for Radio Okapi). lines.py joins a line that goes on with a small letter or
after a word no line ends on; a break between two capitalised words it leaves, as a heading or a
paragraph may end on any name. Here a single break (no blank line, no blank beside it) whose
words on both sides, read together, are a name the gazetteer lists is read as a space, at the
same length: no heading ends on the first half of a listed name whose second half opens the next
line. The names are given by the caller, folded as `fold_same_length` folds (lower case, no
accents), with their spaced and hyphenated variants.
"""
from __future__ import annotations

import functools
import re

from ..textfold import fold_same_length

# one line break between two letters: a blank line or a blank beside the break is layout
_BREAK = re.compile(r"(?<=[^\W\d_])\n(?=[^\W\d_])")
# the words read on each side of a break (a listed name is shorter)
NAME_WORDS = 6
# marks around a name's words that are no part of it ("(Radio", "Okapi),")
_AROUND = "«»“”\"'(),.;:!?[]"


def unbroken_names(text: str, names: frozenset[str]) -> str:
    """`text` with each line break inside one of `names` read as a space (same length)."""
    for start, end, space in name_break_edits(text, names):
        text = text[:start] + space + text[end:]
    return text


def name_break_edits(text: str, names: frozenset[str]) -> list[tuple[int, int, str]]:
    """Edits (start, end, " ") for each line break of `text` inside one of `names` (folded)."""
    if not names or "\n" not in text:
        return []
    pairs = _pairs(names)
    edits = []
    for match in _BREAK.finditer(text):
        at = match.start()
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at + 1) % (len(text) + 1)
        before = [_word(w) for w in fold_same_length(text[line_start:at]).split()[-NAME_WORDS:]]
        after = [_word(w) for w in fold_same_length(text[at + 1:line_end]).split()[:NAME_WORDS]]
        if before and after and _spans_name(before, after, pairs.get((before[-1], after[0]), ())):
            edits.append((at, at + 1, " "))
    return edits


def _word(word: str) -> str:
    """A word without the marks around it, nor an elided article before it ("l'onu" -> "onu")."""
    word = word.strip(_AROUND)
    cut = word.find("'")
    return word[cut + 1:] if 0 < cut <= 2 else word


def _spans_name(before: list[str], after: list[str], candidates: tuple[tuple[tuple[str, ...], int], ...]) -> bool:
    """Whether one of `candidates` (a name's words and where the break falls in them) ends the
    words `before` the break with its first part and opens the words `after` it with the rest."""
    return any(tuple(before[len(before) - cut:]) == words[:cut] and tuple(after[:len(words) - cut]) == words[cut:]
               for words, cut in candidates if cut <= len(before) and len(words) - cut <= len(after))


@functools.cache
def _pairs(names: frozenset[str]) -> dict[tuple[str, str], tuple[tuple[tuple[str, ...], int], ...]]:
    """For each two words next to each other in a name of several words: the names that hold them
    and where the break between them falls."""
    found: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = {}
    for name in names:
        words = tuple(_word(w) for w in name.split())
        for cut in range(1, len(words)):
            found.setdefault((words[cut - 1], words[cut]), []).append((words, cut))
    return {pair: tuple(found_) for pair, found_ in found.items()}
