"""The gold layout (GUIDELINES.md §8) as a JSON schema: every bundled gold file follows it, and it
refuses the mistakes an annotator makes (an unknown type, a two-letter country, a missing offset)."""
import copy
import json
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "src/newsgraph/schema/gold.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
GOLD_FILES = sorted((ROOT / "eval/gold").glob("*/*.json")) + sorted((ROOT / "eval/press").glob("*/*.json"))

GOOD = {
    "id": "x01", "lang": "fr", "published": "2024-03-05", "provenance": "invented",
    "text": "Selon Belga, la ministre a convoqué l'ambassadeur russe.",
    "quotes": [],
    "sources": [{"name": "Belga", "cue_text": "Selon Belga", "start": 0, "end": 11}],
    "countries": ["BEL", "RUS"],
    "events": [{"actor1": "BEL", "type": "protest", "actor2": "RUS", "where": None, "when": None,
                "evidence": "la ministre a convoqué l'ambassadeur russe", "start": 13, "end": 55}],
}


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_bundled_gold_file_follows_the_gold_layout():
    # only the file and the place of each fault are reported: a check file's content is never printed
    faults = [f"{path.relative_to(ROOT)} {error.json_path} ({error.validator})"
              for path in GOLD_FILES for error in VALIDATOR.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
    assert len(GOLD_FILES) > 500 and not faults, faults[:10]


def test_an_invented_file_in_the_layout_is_accepted():
    assert not list(VALIDATOR.iter_errors(GOOD))


@pytest.mark.parametrize("mistake", [
    lambda g: g["events"][0].update(type="invade"),
    lambda g: g["countries"].append("BE"),
    lambda g: g["sources"][0].pop("end"),
    lambda g: g["sources"][0].update(named=True),
    lambda g: g.update(published="5 mars 2024"),
    lambda g: g.pop("text"),
    lambda g: g.update(speakers=[]),
    lambda g: g["quotes"].append({"quote": "x", "start": 0, "end": 1, "type": "direct"}),
])
def test_a_file_with_an_annotators_mistake_is_refused(mistake):
    bad = copy.deepcopy(GOOD)
    mistake(bad)
    assert list(VALIDATOR.iter_errors(bad))
