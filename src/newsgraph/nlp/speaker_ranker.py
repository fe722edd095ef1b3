"""A learned second opinion on each quote's speaker: a logistic ranker over the actors named near it.

The rules (speakers.py) choose one speaker; this component lists the actors the text names in a
window around the quote (persons, organisations, media, states; names inside reported words left
out) and the rules' own choice, describes each by a few features (distance in sentences and
tokens, subject of the cue, same sentence and paragraph, the rules' pick, mention count, last
speaker, agreement with a pronoun, kind) and scores them with weights trained on the tuning parts
of the gold sets (`tools/train_speaker_ranker.py`; `data/speaker_ranker.json`). The model's
candidate replaces the rules' where the rules are unsure (no actor) and the model is confident,
or where it outscores the rules' pick by a high margin.

It is off unless the pack's `speaker_ranker` setting (or NEWSGRAPH_SPEAKER_RANKER=1) turns it on:
on the check halves it did not beat the rules (docs/speaker_ranker.md).
"""
from __future__ import annotations

import bisect
import json
import math
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import UsageError
from .attribution import AttributedQuote
from .context import pack_of
from .lexicon import pronoun_forms
from .resolved_speaker import ResolvedSpeaker
from .textutil import text_of

KINDS = ("person", "organization", "media", "country")
FEATURES = ("rules_pick", "rules_mention", "sentence_distance", "token_distance", "before", "same_sentence",
            "cue_subject", "in_cue", "mentions", "last_speaker", "pronoun_agrees", "pronoun_clashes",
            "same_paragraph", "paragraph_opening", "unnamed", "rules_unsure_pick", "continuation_pick",
            *(f"kind_{k}" for k in KINDS))
# the window of sentences around a quote where candidates are looked for
SENTENCES_BEFORE, SENTENCES_AFTER = 3, 1
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "obl:agent", "expl:subj")
# COLLECT, when a list, receives (doc, [(quote, [candidates])]) from every Doc: the training script's hook
COLLECT: list | None = None


@dataclass(slots=True)
class Candidate:
    """An actor (or the rules' unnamed choice) that may speak a quote, with its nearest mention."""
    actor: str | None
    name: str | None
    start: int | None
    end: int | None
    kind: str
    features: dict[str, float] = field(default_factory=dict)

    def vector(self) -> list[float]:
        return [self.features.get(name, 0.0) for name in FEATURES]


@dataclass(frozen=True)
class Ranker:
    weights: tuple[float, ...]
    bias: float
    unsure_threshold: float   # the model's probability needed to overrule unsure rules
    margin: float             # the lead over the rules' pick needed to overrule sure rules

    def probability(self, candidate: Candidate) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, candidate.vector()))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def ranker_from(data: dict) -> Ranker:
    """A ranker from its stored form: weights by feature name (a missing feature weighs nothing)."""
    weights = data.get("weights", {})
    return Ranker(tuple(float(weights.get(name, 0.0)) for name in FEATURES), float(data.get("bias", 0.0)),
                  float(data.get("unsure_threshold", 1.01)), float(data.get("margin", 1.01)))


def stored_ranker() -> Ranker | None:
    """The shipped weights (`data/speaker_ranker.json`; NEWSGRAPH_SPEAKER_RANKER_WEIGHTS names
    another file, for experiments), or None when there are none."""
    return _ranker_at(os.environ.get("NEWSGRAPH_SPEAKER_RANKER_WEIGHTS", ""))


@cache
def _ranker_at(path: str) -> Ranker | None:
    if path:
        try:
            with open(path, encoding="utf-8") as handle:
                return ranker_from(json.load(handle))
        except (OSError, ValueError, AttributeError) as error:
            # an experimenter's file: say which and why, never a traceback per article
            raise UsageError(f"NEWSGRAPH_SPEAKER_RANKER_WEIGHTS={path}: not a weights file "
                             f"({type(error).__name__}: {error})") from error
    shipped = resources.files("newsgraph.data").joinpath("speaker_ranker.json")
    if not shipped.is_file():
        return None
    return ranker_from(json.loads(shipped.read_text(encoding="utf-8")))


def ranker_enabled(doc: Doc) -> bool:
    if os.environ.get("NEWSGRAPH_SPEAKER_RANKER") in ("0", "1"):
        return os.environ["NEWSGRAPH_SPEAKER_RANKER"] == "1"
    return bool(pack_of(doc).setting("speaker_ranker", False))


class Layout:
    """Sentence and paragraph starts and token offsets of a Doc, for distances."""

    def __init__(self, doc: Doc):
        self.sentences = [s.start_char for s in doc.sents] or [0]
        self.paragraphs = [s for s, _ in (doc._.paragraphs or [(0, len(text_of(doc)))])]
        self.tokens = [t.idx for t in doc]

    def sentence(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sentences, char) - 1)

    def paragraph(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraphs, char) - 1)

    def token(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.tokens, char) - 1)


def _inside_words(start: int, end: int, spans: list[tuple[int, int]], own: set[tuple[int, int]]) -> bool:
    """Is a mention inside some quote's reported words (and no quote's speaker mention)?"""
    if (start, end) in own:
        return False
    return any(s <= start and end <= e for s, e in spans)


def _cue_subjects(doc: Doc, cue: tuple[int, int] | None) -> list[tuple[int, int]]:
    """Char spans of the grammatical subjects (and passive agents) of the cue's words."""
    if cue is None:
        return []
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None:
        return []
    out = []
    for token in span:
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                words = list(child.subtree)
                out.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def candidates_of(doc: Doc, index, quote, rule: ResolvedSpeaker, previous: ResolvedSpeaker | None,
                  layout: Layout, reported: list[tuple[int, int]], own: set[tuple[int, int]],
                  pronouns: dict[str, str | None]) -> list[Candidate]:
    """The candidates of one quote, each with its features."""
    found = quote.found
    first, last = layout.sentence(found.start), layout.sentence(max(found.start, found.end - 1))
    low, high = first - SENTENCES_BEFORE, last + SENTENCES_AFTER
    subjects = _cue_subjects(doc, found.cue)
    by_actor: dict[str, list] = {}
    for m in index.mentions:
        if m.kind not in KINDS or m.as_place or m.descriptive:
            continue
        if not low <= layout.sentence(m.start) <= high or _inside_words(m.start, m.end, reported, own):
            continue
        by_actor.setdefault(m.actor_id, []).append(m)
    rule_span = (rule.start, rule.end) if rule.start is not None else None
    rule_text = text_of(doc)[rule.start:rule.end].lower() if rule_span else ""
    gender = pronouns.get(rule_text.strip("-"), "?") if rule_text else "?"
    out = []
    for actor_id, mentions in by_actor.items():
        actor = index.actors[actor_id]
        nearest = min(mentions, key=lambda m: _gap(m.start, m.end, found.start, found.end))
        c = Candidate(actor_id, actor.name, nearest.start, nearest.end, actor.kind)
        _describe(c, mentions, nearest, found, layout, subjects, rule, rule_span, previous)
        c.features["mentions"] = math.log1p(len(actor.mentions))
        if gender != "?" and gender is not None and actor.kind == "person":
            agrees = index.agrees(actor_id, gender)
            c.features["pronoun_agrees" if agrees else "pronoun_clashes"] = 1.0
        out.append(c)
    if rule.name and rule.actor is None:
        c = Candidate(None, rule.name, rule.start, rule.end, "unnamed")
        c.features.update(rules_pick=1.0, unnamed=1.0)
        if rule_span:
            _place(c, rule.start, rule.end, found, layout)
        out.append(c)
    return out


def _gap(start: int, end: int, qstart: int, qend: int) -> int:
    return max(0, qstart - end, start - qend)


def _place(c: Candidate, start: int, end: int, found, layout: Layout) -> None:
    """Distance features of a mention to the quote."""
    here = layout.sentence(start)
    first, last = layout.sentence(found.start), layout.sentence(max(found.start, found.end - 1))
    c.features["sentence_distance"] = min(abs(here - first), abs(here - last))
    if start < found.start:
        tokens = max(0, layout.token(found.start) - layout.token(end))
    else:
        tokens = max(0, layout.token(start) - layout.token(max(found.start, found.end - 1)))
    c.features["token_distance"] = math.log1p(tokens)
    c.features["before"] = float(start < found.start)
    c.features["same_sentence"] = float(c.features["sentence_distance"] == 0)
    c.features["same_paragraph"] = float(layout.paragraph(start) == layout.paragraph(found.start))
    opening = layout.paragraphs[layout.paragraph(start)]
    c.features["paragraph_opening"] = float(layout.token(start) - layout.token(opening) < 5)


def _describe(c: Candidate, mentions: list, nearest, found, layout: Layout, subjects, rule: ResolvedSpeaker,
              rule_span, previous: ResolvedSpeaker | None) -> None:
    _place(c, nearest.start, nearest.end, found, layout)
    spans = [(m.start, m.end) for m in mentions]
    c.features["cue_subject"] = float(any(_overlaps(s, t) for s in spans for t in subjects))
    c.features["in_cue"] = float(found.cue is not None and any(_overlaps(s, found.cue) for s in spans))
    c.features["rules_pick"] = float(rule.actor == c.actor)
    c.features["rules_mention"] = float(rule_span is not None and any(_overlaps(s, rule_span) for s in spans))
    c.features["last_speaker"] = float(previous is not None and previous.actor == c.actor)
    c.features[f"kind_{c.kind}"] = 1.0
    unsure = rule.actor is None
    c.features["rules_unsure_pick"] = float(unsure and c.features["rules_mention"] > 0)
    c.features["continuation_pick"] = float(found.continuation and rule.actor == c.actor)


def choose(ranker: Ranker, rule: ResolvedSpeaker, candidates: list[Candidate]) -> Candidate | None:
    """The model's candidate where it overrules the rules, else None (the rules' speaker stays)."""
    if not candidates:
        return None
    scored = [(ranker.probability(c), c) for c in candidates]
    best_p, best = max(scored, key=lambda pc: pc[0])
    if best.features.get("rules_pick"):
        return None
    picked = [p for p, c in scored if c.features.get("rules_pick")]
    rule_p = max(picked) if picked else 0.0
    unsure = rule.actor is None
    if unsure and best_p >= ranker.unsure_threshold:
        return best
    if best_p - rule_p >= ranker.margin:
        return best
    return None


def pronoun_genders(doc: Doc) -> dict[str, str | None]:
    """Third-person singular subject pronouns by form, with their gender ("il" -> "m")."""
    pack = pack_of(doc)
    out = {}
    for gender in ("m", "f"):
        for form in pronoun_forms(pack, person="3", number="s", gender=gender, kind="personal"):
            out[form.strip("-").removeprefix("t-")] = gender
    return out


def rank_speakers(doc: Doc, ranker: Ranker | None) -> list:
    """The Doc's attributed quotes, each speaker overruled where the ranker is confident."""
    quotes = doc._.ng_quotes or []
    index = doc._.ng_actors
    if not quotes or index is None:
        return quotes
    layout = Layout(doc)
    reported = sorted((q.start, q.end) for q in quotes)
    own = {q.found.speaker for q in quotes if q.found.speaker is not None}
    pronouns = pronoun_genders(doc)
    out, previous, collected = [], None, []
    for quote in quotes:
        rule = quote.speaker
        candidates = candidates_of(doc, index, quote, rule, previous, layout, reported, own, pronouns)
        collected.append((quote, candidates))
        chosen = choose(ranker, rule, candidates) if ranker is not None else None
        if chosen is not None:
            quote = AttributedQuote(quote.found, ResolvedSpeaker(chosen.actor, chosen.name, chosen.start, chosen.end))
        out.append(quote)
        previous = quote.speaker if quote.speaker.name else previous
    if COLLECT is not None:
        COLLECT.append((doc, collected))
    return out


@Language.component("newsgraph_speaker_ranker", assigns=["doc._.ng_quotes"],
                    requires=["doc._.ng_actors", "doc._.ng_quotes"])
def speaker_ranker_component(doc: Doc) -> Doc:
    if COLLECT is not None:
        rank_speakers(doc, None)
    elif ranker_enabled(doc):
        doc._.ng_quotes = rank_speakers(doc, stored_ranker())
    return doc


__all__ = ["COLLECT", "FEATURES", "Candidate", "Ranker", "candidates_of", "choose", "rank_speakers", "ranker_from",
           "stored_ranker"]
