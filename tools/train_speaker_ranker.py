"""Train the speaker ranker (nlp/speaker_ranker.py) on the tuning parts of the French gold sets.

    PYTHONPATH=src python tools/train_speaker_ranker.py collect features.jsonl   # runs the pipeline
    PYTHONPATH=src python tools/train_speaker_ranker.py train features.jsonl src/newsgraph/data/speaker_ranker.json

`collect` runs the pipeline (as `newsgraph eval` does) on every tuning part, never a check part
(`evaluate.gold.is_check`), of the Wikinews and press gold folders, and writes for each gold quote
the pipeline found (span overlap as the scorer matches) its candidate speakers, their features and
whether each is the gold speaker (`evaluate.speaker_matches`). `train` fits a logistic regression
(numpy, L2) on the candidates, chooses the two thresholds of the override (unsure rules, margin
over sure rules) by cross-validation over articles, prints the speaker accuracy of the rules and of
rules + ranker (cross-validated, on matched quotes), and writes the weights. English (PolNeAR,
whose gold speakers are mention spans) is left out: the ranker reads the French pack.
"""
from __future__ import annotations

import json
import os
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRESS = ["press-quotes-a", "press-quotes-b", "press-events"] + [f"press-mixed-{c}" for c in "cdefghijklmnopqrstuv"]
GOLD = ["dev", "dev-2016-2018", "audit-2016-2018", "audit-all-2016-2018",
        "audit-2012", "audit-2012-b", "audit-2012-c", "audit-2012-d"]
FOLDERS = [os.path.join(ROOT, "eval/gold", n) for n in GOLD] + [os.path.join(ROOT, "eval/press", n) for n in PRESS]
L2 = 1.0
FOLDS = 5


def tuning_golds(folder: str):
    """(set name, gold) of every article of the folder's tuning part (or the whole unsplit folder)."""
    from newsgraph.evaluate.gold import gold_sets, is_check
    for gold_set in gold_sets(folder):
        if is_check(gold_set.name):
            continue
        for gold in gold_set.golds:
            yield gold_set.name, gold


def collect_article(gold: dict) -> list[dict]:
    """Run the pipeline on one gold text; one row per gold quote matched by a found quote."""
    from newsgraph.evaluate import match_spans, speaker_matches
    from newsgraph.evaluate import _articles
    from newsgraph.nlp import speaker_ranker
    from newsgraph.process import process
    speaker_ranker.COLLECT = collected = []
    try:
        list(process(_articles([gold])))
    finally:
        speaker_ranker.COLLECT = None
    rows, offset, text = [], 0, gold["text"]
    found = []
    for doc, quotes in collected:
        at = text.find(doc.text[:200], offset) if len(collected) > 1 else 0
        offset = max(offset, at)
        found += [(at + q.start, at + q.end, q, cands) for q, cands in quotes] if at >= 0 else []
    gold_quotes = gold.get("quotes", [])
    pairs = match_spans([(s, e) for s, e, _, _ in found], [(g["start"], g["end"]) for g in gold_quotes], 0.3)
    for i, j in pairs:
        _, _, quote, cands = found[i]
        wanted = gold_quotes[j].get("speaker")
        rows.append({"rule_ok": bool(speaker_matches(quote.speaker.name, quote.speaker.actor, wanted)),
                     "unsure": quote.speaker.actor is None,
                     "candidates": [{"x": c.vector(), "y": bool(speaker_matches(c.name, c.actor, wanted)),
                                     "rule": bool(c.features.get("rules_pick"))} for c in cands]})
    return rows


def collect(out_path: str) -> None:
    with open(out_path, "w", encoding="utf-8") as out:
        for folder in FOLDERS:
            count = 0
            for name, gold in tuning_golds(folder):
                for row in collect_article(gold):
                    out.write(json.dumps({"set": name, "article": str(gold["id"]), **row}) + "\n")
                    count += 1
            print(f"{os.path.basename(folder)}: {count} quotes", file=sys.stderr)


# ------------------------------------------------------------------ training

def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 300) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method (weights, bias), L2 on the weights only."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w[:-1], float(w[-1])


def outcome(row: dict, probs: list[float], unsure_threshold: float, margin: float) -> bool:
    """Is the speaker right after the override rule (as speaker_ranker.choose decides)?"""
    cands = row["candidates"]
    if not cands:
        return row["rule_ok"]
    best = max(range(len(cands)), key=lambda k: probs[k])
    if cands[best]["rule"]:
        return row["rule_ok"]
    rule_p = max([probs[k] for k, c in enumerate(cands) if c["rule"]], default=0.0)
    if (row["unsure"] and probs[best] >= unsure_threshold) or probs[best] - rule_p >= margin:
        return cands[best]["y"]
    return row["rule_ok"]


def matrix(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    xs = [c["x"] for r in rows for c in r["candidates"]]
    ys = [float(c["y"]) for r in rows for c in r["candidates"]]
    return np.array(xs, dtype=float).reshape(len(xs), -1), np.array(ys)


RULE_FEATURES = ("rules_pick", "rules_mention", "rules_unsure_pick", "continuation_pick", "unnamed")


def without_rules(rows: list[dict]) -> list[dict]:
    """The rows with the features that read the rules' choice zeroed (a model of its own), the
    rules' unnamed candidate dropped."""
    from newsgraph.nlp.speaker_ranker import FEATURES
    drop = [FEATURES.index(n) for n in RULE_FEATURES]
    return [{**r, "candidates": [{**c, "x": [0.0 if k in drop else v for k, v in enumerate(c["x"])]}
                                 for c in r["candidates"] if not c["x"][FEATURES.index("unnamed")]]}
            for r in rows]


def probabilities(rows: list[dict], w: np.ndarray, b: float) -> list[list[float]]:
    return [[float(1 / (1 + np.exp(-np.clip(np.dot(w, c["x"]) + b, -30, 30)))) for c in r["candidates"]] for r in rows]


THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01]
MARGINS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]


def best_thresholds(rows: list[dict], probs: list[list[float]]) -> tuple[float, float]:
    """The (unsure threshold, margin) that right the most speakers; the most cautious on a tie."""
    scored = [(sum(outcome(r, p, t, m) for r, p in zip(rows, probs)), t, m) for t in THRESHOLDS for m in MARGINS]
    return max(scored, key=lambda s: (s[0], s[1], s[2]))[1:]


def cross_validate(rows: list[dict], fixed: tuple[float, float] | None = None) -> tuple[int, int, int]:
    """(rules right, rules + ranker right, quotes) with the model and thresholds of each fold fitted
    on the other folds' articles (or the `fixed` thresholds: (0, 0) is the model alone)."""
    articles = sorted({(r["set"], r["article"]) for r in rows})
    fold_of = {a: k % FOLDS for k, a in enumerate(articles)}
    rules = ranked = 0
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of[(r["set"], r["article"])] != fold]
        test = [r for r in rows if fold_of[(r["set"], r["article"])] == fold]
        w, b = fit(*matrix(train))
        t, m = fixed or best_thresholds(train, probabilities(train, w, b))
        rules += sum(r["rule_ok"] for r in test)
        ranked += sum(outcome(r, p, t, m) for r, p in zip(test, probabilities(test, w, b)))
    return rules, ranked, len(rows)


def train(features_path: str, out_path: str) -> None:
    from newsgraph.nlp.speaker_ranker import FEATURES
    with open(features_path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    rules, ranked, total = cross_validate(rows)
    alone = cross_validate(rows, (0.0, 0.0))[1]
    unsure = cross_validate(rows, (0.5, 1.01))[1]
    own = cross_validate(without_rules(rows), (0.0, 0.0))[1]
    print(f"tuning parts, {total} matched quotes, {FOLDS}-fold by article: rules {rules / total:.3f}, "
          f"rules + ranker {ranked / total:.3f}, model alone {alone / total:.3f}, model where the rules are "
          f"unsure (p >= .5) {unsure / total:.3f}, model blind to the rules' choice {own / total:.3f}; "
          f"gold speaker among the candidates {sum(any(c['y'] for c in r['candidates']) for r in rows) / total:.3f}")
    w, b = fit(*matrix(rows))
    t, m = best_thresholds(rows, probabilities(rows, w, b))
    data = {"note": "tools/train_speaker_ranker.py on the tuning parts; logistic regression, L2 %g" % L2,
            "weights": {name: round(float(v), 4) for name, v in zip(FEATURES, w)}, "bias": round(b, 4),
            "unsure_threshold": t, "margin": m,
            "cross_validated": {"quotes": total, "rules": round(rules / total, 4), "ranked": round(ranked / total, 4),
                                "model_alone": round(alone / total, 4), "unsure_only": round(unsure / total, 4),
                                "blind_to_rules": round(own / total, 4)}}
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=1, ensure_ascii=False)
        out.write("\n")
    print(json.dumps(data, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "collect":
        collect(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "train":
        train(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
