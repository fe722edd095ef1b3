"""Score the pipeline against gold files (eval/gold/dev/*.json, the format of shared/gold).

One scoring function per layer, one table of results, and floors that a CI gate
checks: quotes (overlap > 30% and > 80% of the gold span, one-to-one), speakers on
matched quotes, quote+speaker, sources, countries, persons (found, role, country),
and events (actor pair in either order, with and without the quad class).
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError
from .gazetteer import fold, load_gazetteer
from .model import QUAD_OF, Article

STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "un", "une"}
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
class Report:
    articles: int = 0
    quotes30: Tally = field(default_factory=Tally)
    quotes80: Tally = field(default_factory=Tally)
    quote_speaker: Tally = field(default_factory=Tally)
    speaker_right: int = 0
    speaker_total: int = 0
    by_type: dict[str, Tally] = field(default_factory=dict)
    sources: Tally = field(default_factory=Tally)
    countries: Tally = field(default_factory=Tally)
    persons_found: int = 0
    persons_total: int = 0
    roles_right: int = 0
    roles_total: int = 0
    person_country_right: int = 0
    person_country_total: int = 0
    events: Tally = field(default_factory=Tally)
    events_typed: Tally = field(default_factory=Tally)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
        out = {
            "quote_f1_30": self.quotes30.f1, "quote_p_30": self.quotes30.precision,
            "quote_r_30": self.quotes30.recall, "quote_f1_80": self.quotes80.f1,
            "speaker_accuracy": ratio(self.speaker_right, self.speaker_total),
            "quote_speaker_f1": self.quote_speaker.f1,
            "source_f1": self.sources.f1, "source_p": self.sources.precision, "source_r": self.sources.recall,
            "country_f1": self.countries.f1, "country_p": self.countries.precision,
            "country_r": self.countries.recall,
            "persons_found": ratio(self.persons_found, self.persons_total),
            "person_role_accuracy": ratio(self.roles_right, self.roles_total),
            "person_country_accuracy": ratio(self.person_country_right, self.person_country_total),
            "event_f1": self.events.f1, "event_p": self.events.precision, "event_r": self.events.recall,
            "event_typed_f1": self.events_typed.f1,
        }
        for kind, tally in sorted(self.by_type.items()):
            out[f"quote_recall_{kind}"] = tally.recall
        return {k: round(v, 4) for k, v in out.items()}


# ------------------------------------------------------------------ reading gold

def read_gold(directory: str) -> list[dict[str, Any]]:
    """Gold files of a folder (or one file), checked for the fields scoring needs."""
    if not os.path.exists(directory):
        raise InputError(directory, "no such gold file or folder", "E050")
    paths = [directory] if os.path.isfile(directory) else sorted(
        os.path.join(directory, n) for n in os.listdir(directory) if n.endswith(".json"))
    if not paths:
        raise InputError(directory, "no .json gold file here", "E050")
    golds = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                gold = json.load(handle)
        except (OSError, json.JSONDecodeError) as error:
            raise InputError(path, f"unreadable gold file ({error})", "E050") from None
        if "text" not in gold or "quotes" not in gold:
            raise InputError(path, 'gold file lacks "text" or "quotes"', "E050")
        golds.append(gold)
    return golds


# ------------------------------------------------------------------ matching helpers

def _words(name: str | None) -> list[str]:
    return [w for w in re.findall(r"[\w]+", fold(name or "")) if w not in STOP]


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Accent- and case-folded names match; a surname (last word) match counts."""
    p, g = _words(predicted), _words(gold)
    if not p or not g:
        return False
    if p == g or p[-1] == g[-1]:
        return True
    return set(p) <= set(g) or set(g) <= set(p)


def _country_of_name(name: str | None) -> str | None:
    """Institutions, capitals and states to one code, to compare speakers leniently (GUIDELINES §9)."""
    if not name:
        return None
    gaz = load_gazetteer()
    entry = gaz.country(name)
    if entry is not None:
        return entry.iso3
    for word in _words(name):
        iso = gaz.demonym(word)
        if iso:
            return iso
    return None


def _known_names(actor_id: str | None) -> list[str]:
    """Every name the gazetteer knows for a canonical actor id (AFP = Agence France-Presse)."""
    if not actor_id:
        return []
    gaz = load_gazetteer()
    for entry in (*gaz.media_outlets, *gaz.organizations):
        if entry.id == actor_id:
            return [entry.name, *entry.aliases, *([entry.acronym] if getattr(entry, "acronym", None) else [])]
    person = gaz.people.get(actor_id)
    return [person.name, *person.aliases] if person else []


def speaker_matches(predicted_name: str | None, predicted_actor: str | None, gold: str | None) -> bool:
    if same_name(predicted_name, gold) or any(same_name(n, gold) for n in _known_names(predicted_actor)):
        return True
    if predicted_actor and predicted_actor.startswith("country:"):
        return _country_of_name(gold) == predicted_actor.split(":", 1)[1]
    gold_country = _country_of_name(gold)
    return gold_country is not None and gold_country == _country_of_name(predicted_name)


def _coverage(pred: tuple[int, int], gold: tuple[int, int]) -> float:
    overlap = max(0, min(pred[1], gold[1]) - max(pred[0], gold[0]))
    return overlap / max(1, gold[1] - gold[0])


def match_spans(predicted: list[tuple[int, int]], gold: list[tuple[int, int]],
                threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) whose overlap covers more than `threshold` of the gold span."""
    def jaccard(p, g):
        overlap = max(0, min(p[1], g[1]) - max(p[0], g[0]))
        return overlap / max(1, max(p[1], g[1]) - min(p[0], g[0]))
    # best mutual fit first: a nested gold quote does not steal the prediction of its outer quote
    candidates = sorted(
        ((jaccard(p, g), _coverage(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)
         if _coverage(p, g) > threshold), reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


# ------------------------------------------------------------------ scoring one article

def score_article(gold: dict[str, Any], article: Article, report: Report) -> None:
    report.articles += 1
    gid = gold.get("id")
    gold_quotes = gold.get("quotes", [])
    gspans = [(q["start"], q["end"]) for q in gold_quotes]
    pspans = [(q.start, q.end) for q in article.quotes]
    for threshold, tally in ((0.3, report.quotes30), (0.8, report.quotes80)):
        pairs = match_spans(pspans, gspans, threshold)
        tally.add(len(pairs), len(pspans) - len(pairs), len(gspans) - len(pairs))
    pairs = match_spans(pspans, gspans, 0.3)
    matched_gold = {j for _, j in pairs}
    right = 0
    for i, j in pairs:
        q, g = article.quotes[i], gold_quotes[j]
        ok = speaker_matches(q.speaker.name, q.speaker.actor, g.get("speaker"))
        right += ok
        if not ok:
            report.errors.append({"article": gid, "kind": "speaker", "gold": g.get("speaker"),
                                  "predicted": q.speaker.name, "quote": g["quote"][:80]})
    report.speaker_right += right
    report.speaker_total += len(pairs)
    report.quote_speaker.add(right, len(pspans) - right, len(gspans) - right)
    for j, g in enumerate(gold_quotes):
        tally = report.by_type.setdefault(g.get("type", "?"), Tally())
        tally.add(int(j in matched_gold), 0, int(j not in matched_gold))
        if j not in matched_gold:
            report.errors.append({"article": gid, "kind": "missed quote", "type": g.get("type"),
                                  "quote": g["quote"][:100], "speaker": g.get("speaker")})
    matched_pred = {i for i, _ in pairs}
    for i, q in enumerate(article.quotes):
        if i not in matched_pred:
            report.errors.append({"article": gid, "kind": "extra quote", "type": q.type, "quote": q.text[:100],
                                  "speaker": q.speaker.name})
    _score_sources(gold, article, report)
    _score_countries(gold, article, report)
    _score_persons(gold, article, report)
    _score_events(gold, article, report)


def _score_sources(gold: dict[str, Any], article: Article, report: Report) -> None:
    gold_sources = gold.get("sources", [])
    used, tp = set(), 0
    for s in article.sources:
        for j, g in enumerate(gold_sources):
            if j in used:
                continue
            gspan = (g["start"], g["end"]) if "start" in g else None
            overlaps = gspan is None or (min(s.end, gspan[1]) > max(s.start, gspan[0]))
            if overlaps and (same_name(s.name, g.get("name")) or any(same_name(n, g.get("name")) for n in _known_names(s.actor))
                             or not g.get("named", True) or not s.named):
                used.add(j)
                tp += 1
                break
        else:
            report.errors.append({"article": gold.get("id"), "kind": "extra source", "name": s.name,
                                  "text": article.text[s.start:s.end]})
    for j, g in enumerate(gold_sources):
        if j not in used:
            report.errors.append({"article": gold.get("id"), "kind": "missed source", "name": g.get("name"),
                                  "text": g.get("cue_text")})
    report.sources.add(tp, len(article.sources) - tp, len(gold_sources) - tp)


def predicted_countries(article: Article) -> set[str]:
    """States the article names as actors or places (the gold `countries` list)."""
    return {a.country for a in article.actors if a.kind == "country" and a.country}


def _score_countries(gold: dict[str, Any], article: Article, report: Report) -> None:
    if "countries" not in gold:
        return
    predicted, expected = predicted_countries(article), set(gold["countries"])
    tp = len(predicted & expected)
    report.countries.add(tp, len(predicted - expected), len(expected - predicted))
    for code in sorted(predicted - expected):
        report.errors.append({"article": gold.get("id"), "kind": "extra country", "country": code})
    for code in sorted(expected - predicted):
        report.errors.append({"article": gold.get("id"), "kind": "missed country", "country": code})


def _role_matches(predicted: str | None, gold: str) -> bool:
    p, g = set(_words(predicted)), set(_words(gold))
    return bool(p) and len(p & g) / len(g) >= 0.5


def _score_persons(gold: dict[str, Any], article: Article, report: Report) -> None:
    persons = [a for a in article.actors if a.kind == "person"]
    for g in gold.get("persons", []):
        report.persons_total += 1
        # the same full name first, so "Souha Arafat" is not scored against "Yasser Arafat"
        found = next((a for a in persons if _words(a.name) == _words(g["name"])), None) or \
            next((a for a in persons if same_name(a.name, g["name"])), None)
        if found is None:
            report.errors.append({"article": gold.get("id"), "kind": "missed person", "name": g["name"]})
            continue
        report.persons_found += 1
        if g.get("role"):
            report.roles_total += 1
            if _role_matches(found.role, g["role"]):
                report.roles_right += 1
            else:
                report.errors.append({"article": gold.get("id"), "kind": "role", "name": g["name"],
                                      "gold": g["role"], "predicted": found.role})
        if g.get("country"):
            report.person_country_total += 1
            if found.country == g["country"]:
                report.person_country_right += 1
            else:
                report.errors.append({"article": gold.get("id"), "kind": "person country", "name": g["name"],
                                      "gold": g["country"], "predicted": found.country})


def _event_side(article: Article, *, name: str | None = None, actor_id: str | None = None) -> str | None:
    """An event participant as a comparable key: states and persons by their country code
    (as the guidelines score), other actors by id; gold names are first matched to the
    article's actors, through the gazetteer's names of their ids ("CEDEAO" = org:cedeao)."""
    if actor_id:
        actor = next((a for a in article.actors if a.id == actor_id), None)
        if actor is not None and actor.kind in ("country", "person") and actor.country:
            return actor.country
        return actor_id
    if not name:
        return None
    if re.fullmatch(r"[A-Z]{3}", name):
        return name
    for actor in article.actors:
        if same_name(actor.name, name) or any(same_name(n, name) for n in _known_names(actor.id)):
            return _event_side(article, actor_id=actor.id)
    return _country_of_name(name) or " ".join(_words(name))


def _score_events(gold: dict[str, Any], article: Article, report: Report) -> None:
    if "events" not in gold:
        return
    gold_events = []
    for g in gold["events"]:
        a, b = _event_side(article, name=g.get("actor1")), _event_side(article, name=g.get("actor2"))
        if a and b and a != b:
            gold_events.append((frozenset((a, b)), GOLD_EVENT_QUADS.get(g.get("type", ""), frozenset())))
    predicted = []
    for e in article.events:
        if e.recipient is None or e.negated:
            continue
        a = _event_side(article, actor_id=e.actor.actor, name=e.actor.name)
        b = _event_side(article, actor_id=e.recipient.actor, name=e.recipient.name)
        if a and b and a != b:
            predicted.append((frozenset((a, b)), QUAD_OF.get(e.type)))
    for typed, tally in ((False, report.events), (True, report.events_typed)):
        used, tp = set(), 0
        for key, quads in gold_events:
            for i, (pkey, quad) in enumerate(predicted):
                if i not in used and pkey == key and (not typed or quad in quads):
                    used.add(i)
                    tp += 1
                    break
        tally.add(tp, len(predicted) - tp, len(gold_events) - tp)


# ------------------------------------------------------------------ the harness

def evaluate(golds: Iterable[dict[str, Any]], analyze_fn=None) -> Report:
    """Analyze each gold text (with its publication date) and score it."""
    from .ingest.text import make_article
    from .process import process
    golds = list(golds)
    articles = [make_article(g["text"], g.get("id", "gold"), id=g.get("id"), published=g.get("published"),
                             lang=g.get("lang")) for g in golds]
    # gold offsets index the gold text exactly: make_article must not have changed it
    for g, a in zip(golds, articles):
        if a.text != g["text"]:
            a.text = g["text"]
    analyzed = list(process(articles)) if analyze_fn is None else [analyze_fn(a) for a in articles]
    report = Report()
    for gold, article in zip(golds, analyzed):
        score_article(gold, article, report)
    return report


def check_floors(metrics: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Metrics that fell below their stored floor."""
    return [f"{name}: {metrics.get(name, 0.0):.3f} < floor {floor:.3f}"
            for name, floor in floors.items() if not name.startswith("_") and metrics.get(name, 0.0) < floor]
