"""The article record: serialisation round trip and the JSON Schema it promises."""
import json
from importlib import resources

import jsonschema

from newsgraph.model import SCHEMA_ID, Article


def test_record_matches_schema_and_round_trips(seed_article):
    record = seed_article.to_dict()
    schema = json.loads(resources.files("newsgraph.schema").joinpath("article.schema.json").read_text())
    jsonschema.validate(record, schema)
    assert record["schema"] == SCHEMA_ID
    again = Article.from_dict(json.loads(json.dumps(record, ensure_ascii=False)))
    assert again.to_dict() == record


def test_every_offset_points_into_the_text(seed_article):
    text = seed_article.text
    for quote in seed_article.quotes:
        assert text[quote.start:quote.end] == quote.text
        if quote.cue:
            assert text[quote.cue.start:quote.cue.end] == quote.cue.text
        if quote.speaker.start is not None:
            assert 0 <= quote.speaker.start < quote.speaker.end <= len(text)
    for actor in seed_article.actors:
        for start, end in actor.mentions:
            assert 0 <= start < end <= len(text)
    for date in seed_article.dates:
        assert text[date.start:date.end] == date.text
