"""Answers of an interview laid out as questions and answers (Q/R): direct quotes of the person
interviewed, with no quotation marks and no cue of their own.

The lead announces the interview ("X répond à nos questions", "entretien avec X") and names who
answers; each answer is a paragraph after a question (a paragraph ending with "?", or opened by a
question label), or opened by the dialogue dash ("— Il faut …") or an answer label ("R : …"),
also after a question in the same paragraph ("— Question ? — Answer."). The dash and the labels
play the part of quotation marks (GUIDELINES 2: a quote needs a speaker and marks or a reporting
expression; the lead is the expression). Only articles whose lead announces an interview and
whose layout shows at least one marked answer, or two answers after questions, are read.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .context import pack_of
from .reports import FoundQuote
from .textutil import text_of

# paragraphs read for the lead: the title and the first two of the body
LEAD_PARAGRAPHS = 3
DASHES = "—–"
_DASH = re.compile(rf"[{DASHES}][ \u00a0\u202f]+")
# a question closed in the same paragraph before the dash of its answer
_INLINE = re.compile(rf"\?[ \u00a0\u202f]+[{DASHES}][ \u00a0\u202f]+(?=\S)")


@cache
def _layout(pack: LanguagePack) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {"lead": set(), "title": set(), "question": set(), "answer": set()}
    for row in pack.table("interview_layout", ("form", "kind")):
        kinds.setdefault(row["kind"], set()).add(row["form"].lower())
    return {kind: frozenset(forms) for kind, forms in kinds.items()}


@cache
def _label(forms: frozenset[str]) -> re.Pattern[str] | None:
    if not forms:
        return None
    words = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(rf"(?i)(?:{words})[ \u00a0\u202f]?[:.][ \u00a0\u202f]+(?=\S)")


def find_interview_answers(doc: Doc, taken: list[FoundQuote]) -> list[FoundQuote]:
    """The answers of the Doc's interview, as direct quotes of the person interviewed (none when
    the Doc is no interview, or a found quote already covers an answer)."""
    text = text_of(doc)
    paragraphs = doc._.paragraphs or [(0, len(text))]
    layout = _layout(pack_of(doc))
    lead = _lead(doc, paragraphs, layout["lead"], layout["title"])
    if lead is None:
        return []
    k, speaker = lead
    answers, marked, after_question = [], 0, 0
    question = False
    asks, says = _label(layout["question"]), _label(layout["answer"])
    for p_start, p_end in paragraphs[k + 1:]:
        line = text[p_start:p_end].rstrip()
        if not line.strip():
            continue
        opened = _DASH.match(line) or (says.match(line) if says else None)
        inline = _INLINE.search(line)
        if inline is not None and (_DASH.match(line) or (asks and asks.match(line))):
            answers.append((p_start + inline.end(), p_start + len(line)))  # "— Question ? — Answer."
            marked += 1
            question = False
        elif opened is not None and not line.endswith("?"):
            answers.append((p_start + opened.end(), p_start + len(line)))
            marked += 1
            after_question += question
            question = False
        elif line.endswith("?") or (asks and asks.match(line)):
            question = True
        elif question and not any(c in line for c in "«»“”\""):
            answers.append((p_start, p_start + len(line)))  # an answer with no mark, after its question
            after_question += 1
            question = False
        else:
            question = False
    if not marked and after_question < 2:
        return []
    found = []
    for start, end in answers:
        if end - start < 2 or any(q.start < end and start < q.end and not (start <= q.start and q.end <= end)
                                  for q in taken):
            continue  # (a quote the finders read across the answer's edge: theirs)
        found.append(FoundQuote(start, end, "direct", None, speaker, 0.6))
    return found


def _lead(doc: Doc, paragraphs: list[tuple[int, int]], cues: frozenset[str],
          titles: frozenset[str]) -> tuple[int, tuple[int, int]] | None:
    """The paragraph of the lead that announces the interview and the person it names (the first
    person named in the first paragraph that holds a cue and a person), or None. A title word
    ("Entretien", "Interview") announces one only when it opens a paragraph: inside a sentence it
    is a news item's channel or a meeting ("dans un entretien au Monde", "un entretien
    téléphonique"), and the subheadings of an explainer would then be read as questions."""
    text = text_of(doc)
    lowered = [text[s:e].lower().replace("’", "'") for s, e in paragraphs[:LEAD_PARAGRAPHS]]
    cued = [k for k, para in enumerate(lowered)
            if any(_has_phrase(para, cue.replace("’", "'")) for cue in cues)
            or any(para.lstrip().startswith(t) and _has_phrase(para.lstrip()[:len(t) + 1], t) for t in titles)]
    if not cued:
        return None
    persons = [e for e in doc.ents if e.label_ == "PER"]
    for k in range(min(cued), min(len(paragraphs), LEAD_PARAGRAPHS)):
        start, end = paragraphs[k]
        named = [e for e in persons if start <= e.start_char and e.end_char <= end]
        if named:
            return k, (named[0].start_char, named[0].end_char)
    return None


def _has_phrase(text: str, phrase: str) -> bool:
    at = text.find(phrase)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(phrase):at + len(phrase) + 1]
        if not before.isalnum() and not after.isalnum():
            return True
        at = text.find(phrase, at + 1)
    return False
