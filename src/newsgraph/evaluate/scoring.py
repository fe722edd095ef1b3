"""Scoring one analyzed article against its gold file, layer by layer, into a Report.

Quotes match by span overlap (more than 30%, and separately 80%, of the gold span, one to one,
best mutual fit first); speakers are scored on matched quotes; sources, countries, persons and
events as `eval/README.md` describes. Every miss is kept with a category, so `newsgraph eval
--errors` can say where the work is:

- quotes: `missed cue` (no prediction touches the gold quote), `span boundary` (a prediction
  overlaps it but too little, or a prediction overlaps a gold quote it could not be matched to),
  `extra quote` (a prediction that touches no gold quote);
- speakers: `speaker unresolved` (no name, a pronoun, or a description left unresolved),
  `fragment speaker` (a cut or run-on name: a lone lower-case word, or a name sharing words with
  the right speaker without matching it), `wrong speaker`; where the gold speaker is a mention
  span (PolNeAR), a speaker is right when the predicted mention overlaps it (`wrong speaker
  mention`, or `speaker unresolved` when none was predicted);
- `missed source`, `extra source`; `missed event`, `extra event`, `wrong event type`;
  `missed country`, `extra country`, `missed person`, `role`, `person country`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model import QUAD_OF, Article
from .matching import (coverage, event_side, known_names, match_spans, name_words, same_name,
                       speaker_matches)

# gold event types (GUIDELINES §7) -> the PLOVER quad classes they may fall in: "statement"
# covers praise and requests alike; "protest" includes blocking a body's action (REJECT)
GOLD_EVENT_QUADS = {
    "visit": {"verbal_cooperation"}, "meet": {"verbal_cooperation"}, "negotiate": {"verbal_cooperation"},
    "agree": {"verbal_cooperation"}, "cooperate": {"material_cooperation", "verbal_cooperation"},
    "aid": {"material_cooperation"}, "statement": {"verbal_cooperation", "verbal_conflict"},
    "threaten": {"verbal_conflict"}, "accuse": {"verbal_conflict"},
    "protest": {"material_conflict", "verbal_conflict"}, "sanction": {"material_conflict"},
    "attack": {"material_conflict"},
}
QUOTE_TYPES = ("direct", "indirect", "mixed")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Report:
    articles: int = 0
    quotes30: Tally = field(default_factory=Tally)
    quotes80: Tally = field(default_factory=Tally)
    quote_speaker: Tally = field(default_factory=Tally)
    speakers: Ratio = field(default_factory=Ratio)
    speaker_mentions: Ratio = field(default_factory=Ratio)   # gold files with speaker spans (PolNeAR)
    quote_types: Ratio = field(default_factory=Ratio)        # predicted type = gold type, on matches
    by_type: dict[str, Tally] = field(default_factory=dict)  # recall by gold type
    predicted_by_type: dict[str, Tally] = field(default_factory=dict)  # precision by predicted type
    speakers_by_type: dict[str, Ratio] = field(default_factory=dict)
    sources: Tally = field(default_factory=Tally)
    countries: Tally = field(default_factory=Tally)
    persons: Ratio = field(default_factory=Ratio)
    roles: Ratio = field(default_factory=Ratio)
    person_countries: Ratio = field(default_factory=Ratio)
    events: Tally = field(default_factory=Tally)
    events_typed: Tally = field(default_factory=Tally)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        out = {
            "quote_f1_30": self.quotes30.f1, "quote_p_30": self.quotes30.precision,
            "quote_r_30": self.quotes30.recall, "quote_f1_80": self.quotes80.f1,
            "speaker_accuracy": self.speakers.value,
            "quote_speaker_f1": self.quote_speaker.f1,
            "quote_type_accuracy": self.quote_types.value,
            "source_f1": self.sources.f1, "source_p": self.sources.precision, "source_r": self.sources.recall,
            "country_f1": self.countries.f1, "country_p": self.countries.precision,
            "country_r": self.countries.recall,
            "persons_found": self.persons.value,
            "person_role_accuracy": self.roles.value,
            "person_country_accuracy": self.person_countries.value,
            "event_f1": self.events.f1, "event_p": self.events.precision, "event_r": self.events.recall,
            "event_typed_f1": self.events_typed.f1, "event_typed_p": self.events_typed.precision,
            "event_typed_r": self.events_typed.recall,
        }
        # layers a gold set does not annotate (PolNeAR: sources, persons, countries, events) are
        # left out rather than shown as zeros
        unscored = {"source": self.sources, "country": self.countries, "event": self.events,
                    "event_typed": self.events_typed}
        for prefix, tally in unscored.items():
            if not tally.tp + tally.fp + tally.fn:
                for key in [k for k in out if k.startswith(prefix + "_") and
                            (prefix == "event_typed" or not k.startswith("event_typed"))]:
                    del out[key]
        for key, ratio in (("persons_found", self.persons), ("person_role_accuracy", self.roles),
                           ("person_country_accuracy", self.person_countries)):
            if not ratio.total:
                del out[key]
        if self.speaker_mentions.total:
            out["speaker_mention_accuracy"] = self.speaker_mentions.value
        for kind in QUOTE_TYPES:
            gold, predicted = self.by_type.get(kind), self.predicted_by_type.get(kind)
            if gold is not None:
                out[f"quote_r_{kind}"] = gold.recall
            if predicted is not None:
                out[f"quote_p_{kind}"] = predicted.precision
            if gold is not None and predicted is not None:
                p, r = predicted.precision, gold.recall
                out[f"quote_f1_{kind}"] = 2 * p * r / (p + r) if p + r else 0.0
            if kind in self.speakers_by_type:
                out[f"speaker_accuracy_{kind}"] = self.speakers_by_type[kind].value
        return {k: round(v, 4) for k, v in out.items()}

    def error_counts(self) -> Counter:
        return Counter(e["kind"] for e in self.errors)

    def note(self, gold: dict[str, Any], kind: str, **details: Any) -> None:
        self.errors.append({"article": gold.get("id"), "kind": kind, **details})


# ------------------------------------------------------------------ quotes and speakers

def speaker_error(predicted_name: str | None, predicted_actor: str | None, gold_name: str | None) -> str:
    """The category of a wrong speaker (see the module docstring)."""
    if not predicted_name:
        return "speaker unresolved"
    words = predicted_name.split()
    named = any(w[:1].isupper() for w in words)
    if predicted_actor is None and not named:
        # "il", "qui", "la ministre": a pronoun or a description nobody resolved;
        # a lone longer lower-case word ("déclaré", "lundi") is a fragment
        if len(words) == 1 and len(words[0]) > 5:
            return "fragment speaker"
        return "speaker unresolved"
    if set(name_words(predicted_name)) & set(name_words(gold_name)):
        return "fragment speaker"
    return "wrong speaker"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _mention_matches(quote, gold_quote: dict[str, Any]) -> bool:
    """A predicted speaker mention against a gold mention span (None when the gold has no source)."""
    start, end = quote.speaker.start, quote.speaker.end
    if gold_quote.get("speaker_start") is None:
        return start is None
    return start is not None and end is not None and \
        _overlaps((start, end), (gold_quote["speaker_start"], gold_quote["speaker_end"]))


def _speaker_right(quote, gold_quote: dict[str, Any]) -> bool:
    if "speaker_start" in gold_quote:
        # the gold speaker is a mention (PolNeAR: "he", "the senator", not a resolved name):
        # right when the predicted mention overlaps it, or when neither side names one
        return _mention_matches(quote, gold_quote)
    return speaker_matches(quote.speaker.name, quote.speaker.actor, gold_quote.get("speaker"))


def _score_quotes(gold: dict[str, Any], article: Article, report: Report) -> None:
    gold_quotes = gold.get("quotes", [])
    gspans = [(q["start"], q["end"]) for q in gold_quotes]
    pspans = [(q.start, q.end) for q in article.quotes]
    def agree(i: int, j: int) -> bool:
        return _speaker_right(article.quotes[i], gold_quotes[j])

    pairs80 = match_spans(pspans, gspans, 0.8, agree)
    report.quotes80.add(len(pairs80), len(pspans) - len(pairs80), len(gspans) - len(pairs80))
    pairs = match_spans(pspans, gspans, 0.3, agree)
    report.quotes30.add(len(pairs), len(pspans) - len(pairs), len(gspans) - len(pairs))
    matched_gold = {j: i for i, j in pairs}
    matched_pred = {i for i, _ in pairs}
    right = 0
    for i, j in pairs:
        q, g = article.quotes[i], gold_quotes[j]
        gtype = g.get("type", "?")
        ok = _speaker_right(q, g)
        right += ok
        report.speakers.add(ok)
        report.speakers_by_type.setdefault(gtype, Ratio()).add(ok)
        report.quote_types.add(q.type == gtype)
        if g.get("speaker_start") is not None:
            report.speaker_mentions.add(q.speaker.start is not None and q.speaker.end is not None and
                                        _overlaps((q.speaker.start, q.speaker.end),
                                                  (g["speaker_start"], g["speaker_end"])))
        if not ok and "speaker_start" in g:
            mention = article.text[q.speaker.start:q.speaker.end] if q.speaker.start is not None else None
            report.note(gold, "wrong speaker mention" if mention else "speaker unresolved", type=gtype,
                        expected=g.get("speaker"), predicted=mention, quote=g["quote"][:80])
        elif not ok:
            report.note(gold, speaker_error(q.speaker.name, q.speaker.actor, g.get("speaker")),
                        type=gtype, expected=g.get("speaker"), predicted=q.speaker.name, quote=g["quote"][:80])
    report.quote_speaker.add(right, len(pspans) - right, len(gspans) - right)
    for j, g in enumerate(gold_quotes):
        gtype = g.get("type", "?")
        report.by_type.setdefault(gtype, Tally()).add(int(j in matched_gold), 0, int(j not in matched_gold))
        if j not in matched_gold:
            touching = [i for i, p in enumerate(pspans) if _overlaps(p, gspans[j])]
            kind = "span boundary" if touching else "missed cue"
            detail = {"predicted": article.text[pspans[touching[0]][0]:pspans[touching[0]][1]][:100]} \
                if touching else {}
            report.note(gold, kind, type=gtype, quote=g["quote"][:100], speaker=g.get("speaker"),
                        cue=g.get("cue"), **detail)
    for i, q in enumerate(article.quotes):
        report.predicted_by_type.setdefault(q.type, Tally()).add(int(i in matched_pred), int(i not in matched_pred), 0)
        if i not in matched_pred:
            touching = any(_overlaps(pspans[i], s) for s in gspans)
            if not touching:
                report.note(gold, "extra quote", type=q.type, quote=q.text[:100], speaker=q.speaker.name,
                            cue=q.cue.text if q.cue else None)


# ------------------------------------------------------------------ sources, countries, persons

def _annotates(gold: dict[str, Any], layer: str) -> bool:
    """Does the gold file annotate this layer? The French sets annotate every layer, even where an
    article has none; other sets leave the layers they do not annotate empty (PolNeAR's README)."""
    return layer in gold and (gold.get("lang", "fr") == "fr" or bool(gold[layer]))


def _score_sources(gold: dict[str, Any], article: Article, report: Report) -> None:
    if not _annotates(gold, "sources"):
        return
    gold_sources = gold.get("sources", [])
    used, tp = set(), 0
    for s in article.sources:
        for j, g in enumerate(gold_sources):
            if j in used:
                continue
            gspan = (g["start"], g["end"]) if "start" in g else None
            overlaps = gspan is None or _overlaps((s.start, s.end), gspan)
            if overlaps and (same_name(s.name, g.get("name")) or
                             any(same_name(n, g.get("name")) for n in known_names(s.actor))
                             or not g.get("named", True) or not s.named):
                used.add(j)
                tp += 1
                break
        else:
            report.note(gold, "extra source", name=s.name, text=article.text[s.start:s.end])
    for j, g in enumerate(gold_sources):
        if j not in used:
            report.note(gold, "missed source", name=g.get("name"), text=g.get("cue_text"))
    report.sources.add(tp, len(article.sources) - tp, len(gold_sources) - tp)


def predicted_countries(article: Article) -> set[str]:
    """States the article names as actors or places (the gold `countries` list)."""
    return {a.country for a in article.actors if a.kind == "country" and a.country}


def _score_countries(gold: dict[str, Any], article: Article, report: Report) -> None:
    if not _annotates(gold, "countries"):
        return  # gold sets that do not annotate countries (PolNeAR) leave them empty
    predicted, expected = predicted_countries(article), set(gold["countries"])
    report.countries.add(len(predicted & expected), len(predicted - expected), len(expected - predicted))
    for code in sorted(predicted - expected):
        report.note(gold, "extra country", country=code)
    for code in sorted(expected - predicted):
        report.note(gold, "missed country", country=code)


def _role_matches(predicted: str | None, gold: str) -> bool:
    p, g = set(name_words(predicted)), set(name_words(gold))
    return bool(p) and len(p & g) / len(g) >= 0.5


def _score_persons(gold: dict[str, Any], article: Article, report: Report) -> None:
    if not _annotates(gold, "persons"):
        return
    persons = [a for a in article.actors if a.kind == "person"]
    for g in gold.get("persons", []):
        # the same full name first, so "Souha Arafat" is not scored against "Yasser Arafat"
        found = next((a for a in persons if name_words(a.name) == name_words(g["name"])), None) or \
            next((a for a in persons if same_name(a.name, g["name"])), None)
        report.persons.add(found is not None)
        if found is None:
            report.note(gold, "missed person", name=g["name"])
            continue
        if g.get("role"):
            ok = _role_matches(found.role, g["role"])
            report.roles.add(ok)
            if not ok:
                report.note(gold, "role", name=g["name"], expected=g["role"], predicted=found.role)
        if g.get("country"):
            ok = found.country == g["country"]
            report.person_countries.add(ok)
            if not ok:
                report.note(gold, "person country", name=g["name"], expected=g["country"], predicted=found.country)


# ------------------------------------------------------------------ events

def _score_events(gold: dict[str, Any], article: Article, report: Report) -> None:
    if not _annotates(gold, "events"):
        return
    gold_events = []
    for g in gold["events"]:
        a, b = event_side(article, name=g.get("actor1")), event_side(article, name=g.get("actor2"))
        if a and b and a != b:
            gold_events.append((frozenset((a, b)), GOLD_EVENT_QUADS.get(g.get("type", ""), frozenset()), g))
    predicted = []
    for e in article.events:
        if e.recipient is None or e.negated:
            continue
        a = event_side(article, actor_id=e.actor.actor, name=e.actor.name)
        b = event_side(article, actor_id=e.recipient.actor, name=e.recipient.name)
        if a and b and a != b:
            predicted.append((frozenset((a, b)), QUAD_OF.get(e.type), e))
    outcome = {}
    for typed, tally in ((False, report.events), (True, report.events_typed)):
        edges = [[i for i, (pkey, quad, _) in enumerate(predicted) if pkey == key and (not typed or quad in quads)]
                 for key, quads, _ in gold_events]
        matched = _max_matching(edges, _overlapping_first(edges, gold_events, predicted))
        for k, i in matched.items():
            outcome[(typed, k)] = i
        tp = len(matched)
        tally.add(tp, len(predicted) - tp, len(gold_events) - tp)
        if typed:
            typed_used = set(matched.values())
    untyped_used = {i for (typed, _), i in outcome.items() if not typed}
    for k, (key, _, g) in enumerate(gold_events):
        if (True, k) in outcome:
            continue
        detail = {"gold_type": g.get("type"), "pair": sorted(key), "evidence": (g.get("evidence") or "")[:100]}
        if (False, k) in outcome:
            e = predicted[outcome[(False, k)]][2]
            report.note(gold, "wrong event type", predicted_type=e.type, **detail)
        else:
            report.note(gold, "missed event", **detail)
    for i, (key, _, e) in enumerate(predicted):
        if i not in typed_used and i not in untyped_used:
            report.note(gold, "extra event", predicted_type=e.type, pair=sorted(key),
                        evidence=article.text[e.start:e.end][:100])


def _overlapping_first(edges: list[list[int]], gold_events: list, predicted: list) -> list[tuple[int, int]]:
    """The (gold, prediction) edges whose spans overlap, the largest overlap first: with two events on
    one pair, the error listing must pair each gold event with the prediction found in its evidence,
    not with the first one on that pair (the counts do not depend on it, only which one is missed)."""
    def overlap(k: int, i: int) -> int:
        g, e = gold_events[k][2], predicted[i][2]
        return min(g.get("end") or 0, e.end) - max(g.get("start") or 0, e.start)
    pairs = [(overlap(k, i), k, i) for k, ids in enumerate(edges) for i in ids]
    return [(k, i) for size, k, i in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])) if size > 0]


def _max_matching(edges: list[list[int]], preferred: list[tuple[int, int]] = ()) -> dict[int, int]:
    """A largest one-to-one matching of gold events (index k) to the predictions each may match
    (edges[k]), by augmenting paths: a gold "statement" (verbal cooperation or conflict) must not
    take the one ACCUSE prediction a gold "accuse" needs when a SUPPORT prediction fits it too.
    The `preferred` edges are taken first where they are free; augmenting paths from the gold events
    left unmatched then still reach a largest matching, so its size never depends on them."""
    owner: dict[int, int] = {}  # prediction -> gold
    for k, i in preferred:
        if i not in owner and k not in owner.values():
            owner[i] = k

    def augment(k: int, seen: set[int]) -> bool:
        for i in edges[k]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = k
                return True
        return False

    for k in sorted(set(range(len(edges))) - set(owner.values())):
        augment(k, set())
    return {k: i for i, k in owner.items()}


def score_article(gold: dict[str, Any], article: Article, report: Report) -> None:
    report.articles += 1
    _score_quotes(gold, article, report)
    _score_sources(gold, article, report)
    _score_countries(gold, article, report)
    _score_persons(gold, article, report)
    _score_events(gold, article, report)


__all__ = ["GOLD_EVENT_QUADS", "Ratio", "Report", "Tally", "coverage", "predicted_countries", "score_article",
           "speaker_error"]
