"""The full pipeline over every text we have: the bundled corpus and, beside the repository, the
gold sets of ../shared (French and English). Not one article may fail, and every offset of every
record must point into its text. This is the test that would have caught frwikinews-014.

It runs whole (no sampling): about 700 KB of text. In CI (CI=true) ../shared must be there, so
the shared part can never be skipped silently.
"""
import json
import os
from importlib import resources

import jsonschema
import pytest

from newsgraph.ingest import read_paths
from newsgraph.ingest.text import make_article
from newsgraph.model import Article
from newsgraph.process import process

from conftest import ROOT, SHARED, offset_problems

SCHEMA = json.loads(resources.files("newsgraph.schema").joinpath("article.schema.json").read_text())
GOLD_SETS = sorted(p.name for p in (SHARED / "gold").glob("*/")) if (SHARED / "gold").is_dir() else []


def bundled_articles() -> list[Article]:
    items = list(read_paths([str(ROOT / "corpus")]))
    assert all(isinstance(a, Article) for a in items), [str(e) for e in items if not isinstance(e, Article)]
    return items


def gold_articles(name: str) -> list[Article]:
    articles = []
    for path in sorted((SHARED / "gold" / name).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "text" in gold:
            articles.append(make_article(gold["text"], str(path), id=gold.get("id") or path.stem,
                                         published=gold.get("published"), lang=gold.get("lang")))
    return articles


def check_all(articles: list[Article]) -> None:
    assert articles
    errors = []
    records = list(process(articles, on_error=errors.append))
    assert not errors, "\n".join(map(str, errors))
    assert len(records) == len(articles)
    for record in records:
        assert not offset_problems(record), (record.id, offset_problems(record)[:5])
        jsonschema.validate(record.to_dict(), SCHEMA)


@pytest.mark.corpus
def test_every_bundled_article_is_analysed_whole():
    check_all(bundled_articles())


def test_shared_gold_sets_are_there_in_ci():
    if os.environ.get("CI") and not GOLD_SETS:
        pytest.fail(f"CI must have the shared gold sets beside the clone ({SHARED / 'gold'})")


@pytest.mark.corpus
@pytest.mark.parametrize("name", GOLD_SETS or [pytest.param("(none)", marks=pytest.mark.skip(
    reason=f"no shared gold sets at {SHARED / 'gold'}"))])
def test_every_shared_gold_text_is_analysed_whole(name):
    check_all(gold_articles(name))
