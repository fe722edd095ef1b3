"""The CI quality gate: the dev gold set and the French dates table must stay above eval/floors.json.

A floor is only lowered on purpose, in a commit whose message says why.
"""
import json

import pytest

from newsgraph.eval_dates import score_date_table
from newsgraph.evaluate import check_floors, evaluate, read_gold

from conftest import ROOT

FLOORS = json.loads((ROOT / "eval/floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def metrics():
    report = evaluate(read_gold(str(ROOT / "eval/gold/dev")))
    values = report.metrics()
    values["date_table_accuracy"] = score_date_table(str(ROOT / "eval/dates_fr.tsv"))["accuracy"]
    return values


def test_floors_are_met(metrics):
    failed = check_floors(metrics, FLOORS)
    assert not failed, "quality fell below its floor:\n" + "\n".join(failed)


def test_floors_cover_the_issue_targets():
    for name in ("quote_f1_30", "quote_f1_80", "speaker_accuracy", "quote_speaker_f1", "source_f1",
                 "country_f1", "persons_found", "person_role_accuracy", "person_country_accuracy",
                 "event_f1", "date_table_accuracy"):
        assert name in FLOORS, name
