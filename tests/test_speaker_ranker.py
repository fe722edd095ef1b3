"""nlp/speaker_ranker.py: candidates and features of a quote's speaker, the override rule, the
stored weights; tools/train_speaker_ranker.py: the logistic fit."""
import importlib.util
from pathlib import Path

import numpy as np
import pytest

from newsgraph.nlp import speaker_ranker
from newsgraph.nlp.resolved_speaker import ResolvedSpeaker
from newsgraph.nlp.speaker_ranker import FEATURES, Candidate, choose, ranker_from, stored_ranker

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("train_speaker_ranker", ROOT / "tools" / "train_speaker_ranker.py")
trainer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(trainer)

TEXT = ("Le ministre Jean Dupont a rencontré lundi la présidente Marie Lambert à Paris.\n\n"
        "« Nous avons beaucoup avancé », a déclaré Jean Dupont. "
        "« Rien n'est encore signé », a-t-elle ajouté.")


def _candidate(actor, *, rule=False, **features):
    c = Candidate(actor, actor, 0, 1, "person" if actor else "unnamed")
    c.features.update(features, rules_pick=float(rule))
    return c


def test_stored_weights_name_known_features_and_read_back():
    ranker = stored_ranker()
    assert ranker is not None and len(ranker.weights) == len(FEATURES)
    assert 0.0 <= ranker.unsure_threshold <= 1.01 and 0.0 <= ranker.margin <= 1.01


def test_model_overrules_unsure_rules_only_when_confident():
    ranker = ranker_from({"weights": {"cue_subject": 4.0}, "bias": -2.0, "unsure_threshold": 0.8, "margin": 0.9})
    unsure = ResolvedSpeaker(None, "la ministre", 0, 10)
    rule, named = _candidate(None, rule=True), _candidate("person:dupont", cue_subject=1.0)
    assert choose(ranker, unsure, [rule, named]) is named          # p = 0.88 >= 0.8
    weak = _candidate("person:dupont", cue_subject=0.5)
    assert choose(ranker, unsure, [rule, weak]) is None            # p = 0.5


def test_sure_rules_need_a_high_margin():
    ranker = ranker_from({"weights": {"cue_subject": 4.0, "rules_pick": 1.0}, "bias": -2.0,
                          "unsure_threshold": 0.5, "margin": 0.5})
    sure = ResolvedSpeaker("person:lambert", "Marie Lambert", 0, 5)
    picked, other = _candidate("person:lambert", rule=True), _candidate("person:dupont", cue_subject=1.0)
    assert choose(ranker, sure, [picked, other]) is other          # 0.88 - 0.27 >= 0.5
    stricter = ranker_from({"weights": {"cue_subject": 4.0, "rules_pick": 1.0}, "bias": -2.0, "margin": 0.7})
    assert choose(stricter, sure, [picked, other]) is None         # 0.61 < 0.7


def test_the_rules_pick_ranked_first_is_kept():
    ranker = ranker_from({"weights": {"rules_pick": 5.0}, "bias": 0.0, "unsure_threshold": 0.0, "margin": 0.0})
    rule = ResolvedSpeaker("person:a", "A", 0, 1)
    assert choose(ranker, rule, [_candidate("person:a", rule=True), _candidate("person:b")]) is None


def test_candidates_of_a_cued_quote_name_the_cue_subject(analyze, monkeypatch):
    collected = []
    monkeypatch.setattr(speaker_ranker, "COLLECT", collected)
    analyze(TEXT, published="2024-05-02")
    (_, quotes), = collected
    first = quotes[0][1]
    by_name = {c.name: c for c in first}
    assert by_name["Jean Dupont"].features["cue_subject"] == 1.0
    assert by_name["Jean Dupont"].features["rules_pick"] == 1.0
    assert by_name["Marie Lambert"].features["cue_subject"] == 0.0
    second = {c.name: c for c in quotes[1][1]}
    # "elle" agrees with Marie Lambert, not with Jean Dupont
    assert second["Marie Lambert"].features.get("pronoun_agrees") == 1.0
    assert second["Jean Dupont"].features.get("pronoun_clashes") == 1.0
    assert second["Jean Dupont"].features["last_speaker"] == 1.0


def test_the_ranker_is_off_by_default(analyze, monkeypatch):
    monkeypatch.delenv("NEWSGRAPH_SPEAKER_RANKER", raising=False)
    calls = []
    monkeypatch.setattr(speaker_ranker, "rank_speakers", lambda doc, ranker: calls.append(doc) or doc._.ng_quotes)
    analyze(TEXT + " ", published="2024-05-02")
    assert calls == []


def test_logistic_fit_separates_what_a_feature_separates():
    x = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 0.0], [0.0, 1.0]] * 5)
    y = np.array([1.0, 1.0, 0.0, 0.0] * 5)
    w, b = trainer.fit(x, y, l2=0.1)
    assert w[0] > 2 and abs(w[1]) < 0.5 and b < 0


def test_outcome_follows_the_override_rule():
    row = {"rule_ok": False, "unsure": True,
           "candidates": [{"x": [], "y": False, "rule": True}, {"x": [], "y": True, "rule": False}]}
    assert trainer.outcome(row, [0.2, 0.9], 0.8, 1.01) is True
    assert trainer.outcome(row, [0.2, 0.7], 0.8, 1.01) is False


def test_a_weights_file_that_cannot_be_read_is_a_usage_error_naming_it(tmp_path):
    from newsgraph.errors import UsageError
    from newsgraph.nlp.speaker_ranker import _ranker_at

    bad = tmp_path / "weights.json"
    bad.write_text("{not json", encoding="utf-8")
    for path in (str(bad), str(tmp_path / "missing.json")):
        with pytest.raises(UsageError, match="NEWSGRAPH_SPEAKER_RANKER_WEIGHTS="):
            _ranker_at(path)
