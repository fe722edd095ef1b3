"""JSON Lines from other scrapers: the article's address under their key ("source" in trafilatura's
JSON output, "canonical_link", "link") is read as its `url`, which names its own outlet; a key
that holds no web address is not. Invented records."""
import json

from newsgraph.ingest.jsonl import parse_record

TEXT = "« Les pêcheurs ne sortent plus », a confié à Radio Okapi un habitant de Kalemie."


def record(**fields) -> str:
    return json.dumps({"id": "a1", "text": TEXT, **fields})


def test_trafilatura_source_key_is_the_address():
    article = parse_record(record(source="https://www.radiookapi.net/2024/03/05/x",
                                  **{"source-hostname": "Radio Okapi"}), "x.jsonl:1")
    assert article.url == "https://www.radiookapi.net/2024/03/05/x"


def test_url_wins_and_other_keys_are_read_in_turn():
    assert parse_record(record(url="https://a.example/1", link="https://b.example/2"), "x:1").url == "https://a.example/1"
    assert parse_record(record(canonical_link="https://c.example/3"), "x:1").url == "https://c.example/3"


def test_a_source_that_is_no_address_is_not_one():
    assert parse_record(record(source="AFP"), "x:1").url is None
    assert parse_record(record(link=["https://a.example"]), "x:1").url is None


def test_the_address_leaves_out_the_own_outlet(analyze):
    article = parse_record(record(source="https://www.radiookapi.net/2024/03/05/x"), "x:1")
    assert analyze(TEXT, url=article.url).sources == []
    assert [s.name for s in analyze(TEXT).sources] == ["Radio Okapi"]
