"""The CI quality gate: every gold set (the 2012 dev set, the tuning and check parts of the
2016-2018 set, those parts again on their text damaged as scrapers damage it, and, when ../shared
is beside the repository, the tuning and check parts of the English PolNeAR set, clean and
damaged) and the dates tables must stay above eval/floors.json.

A floor is only lowered on purpose, in a commit whose message says why.
"""
import pytest

from newsgraph.evaluate import read_floors
from newsgraph.evaluate.run import run_evaluation

from conftest import ROOT

FLOORS = read_floors(str(ROOT / "eval/floors.json"))
GOLD = [str(ROOT / "eval/gold/dev"), str(ROOT / "eval/gold/dev-2016-2018")]
DATES = [str(ROOT / "eval/dates_fr.tsv"), str(ROOT / "eval/dates_en.tsv")]
# research data that is not bundled (no licence to redistribute): scored when it is there
POLNEAR = ROOT.parent / "shared" / "gold" / "en-polnear"
ENGLISH_SETS = ("en-polnear/tuning", "en-polnear/check")
# the English parts again on text damaged as scrapers damage it
ENGLISH_WARTS_SETS = tuple(name + "+warts" for name in ENGLISH_SETS)


@pytest.fixture(scope="module")
def run():
    return run_evaluation(GOLD, floors_path=str(ROOT / "eval/floors.json"), dates_table=DATES, warts=True)


@pytest.fixture(scope="module")
def english_run():
    if not POLNEAR.is_dir():
        pytest.skip(f"the English PolNeAR gold set is not here ({POLNEAR}): it lives in ../shared, "
                    "which this checkout does not have, so the English floors are not checked")
    return run_evaluation([str(POLNEAR)], floors_path=str(ROOT / "eval/floors.json"), warts=True)


def test_floors_are_met(run):
    assert not run.failures, "quality fell below its floor:\n" + "\n".join(run.failures)


def test_english_floors_are_met(english_run):
    assert not english_run.failures, "quality fell below its floor:\n" + "\n".join(english_run.failures)
    assert set(ENGLISH_SETS + ENGLISH_WARTS_SETS) <= set(english_run.metrics)


def test_every_floored_set_was_scored(run):
    english = set(ENGLISH_SETS + ENGLISH_WARTS_SETS)
    assert set(FLOORS) - english <= set(run.metrics), set(FLOORS) - set(run.metrics)


def test_floors_cover_the_issue_targets():
    for gold_set in ("dev", "dev-2016-2018/tuning", "dev-2016-2018/check"):
        for name in ("quote_f1_30", "speaker_accuracy", "quote_speaker_f1", "source_f1", "country_f1",
                     "persons_found", "person_role_accuracy", "person_country_accuracy", "event_f1"):
            assert name in FLOORS[gold_set], (gold_set, name)
    for gold_set in ENGLISH_SETS + ENGLISH_WARTS_SETS:
        for name in ("quote_f1_30", "speaker_mention_accuracy", "quote_f1_direct", "quote_f1_mixed",
                     "quote_f1_indirect"):
            assert name in FLOORS[gold_set], (gold_set, name)
    assert "date_table_accuracy" in FLOORS["dates"]
    assert "date_table_accuracy" in FLOORS["dates-en"]
