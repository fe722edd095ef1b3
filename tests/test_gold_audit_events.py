"""The silver events set eval/gold/audit-events-2016-2018: its texts are the corpus articles, its
evidence spans are exact, its parts are the declared ones, and it annotates no quote (so only its
event and country rows mean anything)."""
import json

from newsgraph.evaluate import gold_sets

from conftest import ROOT

SET = ROOT / "eval/gold/audit-events-2016-2018"
CORPUS = ROOT / "corpus/wikinews-fr-2016-2018/articles.jsonl"
TYPES = {"visit", "meet", "agree", "cooperate", "aid", "threaten", "accuse", "sanction", "attack",
         "protest", "negotiate", "statement"}


def _golds():
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(SET.glob("*.json"))]


def test_texts_are_the_corpus_articles_and_evidence_is_exact():
    corpus = {a["id"]: a for a in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())}
    golds = _golds()
    assert len(golds) == 14
    for gold in golds:
        assert gold["text"] == corpus[gold["id"]]["text"]
        assert gold["quotes"] == [] and "sources" not in gold and "persons" not in gold
        starts = [e["start"] for e in gold["events"]]
        assert starts == sorted(starts)
        for event in gold["events"]:
            assert gold["text"][event["start"]:event["end"]] == event["evidence"]
            assert event["type"] in TYPES


def test_parts_are_the_declared_alternation():
    parts = {s.name.split("/")[-1]: sorted(g["id"] for g in s.golds) for s in gold_sets(str(SET))}
    ids = sorted(g["id"] for g in _golds())
    assert parts == {"tuning": ids[0::2], "check": ids[1::2]}
