"""The CI quality gate: every gold set (the 2012 dev set, the tuning and check parts of the
2016-2018 set) and the French dates table must stay above eval/floors.json.

A floor is only lowered on purpose, in a commit whose message says why.
"""
import pytest

from newsgraph.evaluate import read_floors
from newsgraph.evaluate.run import run_evaluation

from conftest import ROOT

FLOORS = read_floors(str(ROOT / "eval/floors.json"))
GOLD = [str(ROOT / "eval/gold/dev"), str(ROOT / "eval/gold/dev-2016-2018")]


@pytest.fixture(scope="module")
def run():
    return run_evaluation(GOLD, floors_path=str(ROOT / "eval/floors.json"),
                          dates_table=str(ROOT / "eval/dates_fr.tsv"))


def test_floors_are_met(run):
    assert not run.failures, "quality fell below its floor:\n" + "\n".join(run.failures)


def test_every_floored_set_was_scored(run):
    assert set(FLOORS) <= set(run.metrics), set(FLOORS) - set(run.metrics)


def test_floors_cover_the_issue_targets():
    for gold_set in ("dev", "dev-2016-2018/tuning", "dev-2016-2018/check"):
        for name in ("quote_f1_30", "speaker_accuracy", "quote_speaker_f1", "source_f1", "country_f1",
                     "persons_found", "person_role_accuracy", "person_country_accuracy", "event_f1"):
            assert name in FLOORS[gold_set], (gold_set, name)
    assert "date_table_accuracy" in FLOORS["dates"]
