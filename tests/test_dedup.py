"""Near-duplicates: syndicated copies of a wire story are linked to their original, stored, and
not counted twice; articles on the same topic are not copies."""
import json
import random

import pytest

from newsgraph import dedup
from newsgraph.ingest import read_paths
from newsgraph.ingestion import ingest_paths, update_index
from newsgraph.model import Actor, Article, Event, EventActor, Quote, Speaker
from newsgraph.store import Store

from conftest import ROOT


@pytest.fixture(scope="module")
def corpus():
    """The bundled articles by file name (and line, for JSON Lines)."""
    return {a.origin.rsplit("/", 1)[1]: a for a in read_paths([str(ROOT / "corpus")]) if not isinstance(a, Exception)}


@pytest.fixture(scope="module")
def story(corpus):
    """A long wire-style story: 20 paragraphs (Wikinews, November 2016)."""
    return corpus["articles.jsonl:35"].text


def copy_of(text, *, headline=None, dateline=None, drop=None, typos=0, seed=0):
    """A syndicated copy: another headline, a dateline, a paragraph cut, words mistyped."""
    paragraphs = text.split("\n\n")
    if headline:
        paragraphs[0] = headline
    if drop is not None:
        del paragraphs[drop]
    if dateline:
        paragraphs[1] = dateline + paragraphs[1]
    words = "\n\n".join(paragraphs).split(" ")
    rng = random.Random(seed)
    for _ in range(typos):
        k = rng.randrange(len(words))
        words[k] = words[k][:-2] + words[k][-1:] + words[k][-2:-1] if len(words[k]) > 3 else words[k] + "e"
    return " ".join(words)


def near(a, b):
    return dedup.is_near_duplicate(*dedup.similarity(dedup.signature(a), dedup.signature(b)))


def test_syndicated_copies_are_near_duplicates(story):
    assert near(story, copy_of(story, headline="Donald Trump élu président des États-Unis"))
    assert near(story, copy_of(story, dateline="WASHINGTON (AFP) - "))
    assert near(story, copy_of(story, drop=7))
    assert near(story, copy_of(story, typos=8))
    everything = copy_of(story, headline="Trump l'emporte", dateline="NEW YORK (Reuters) - ", drop=3, typos=5)
    assert near(story, everything) and near(everything, story)


def test_articles_on_the_same_topic_are_not(corpus):
    # two reports on the Vendée Globe race, two on Donald Trump's first days
    for a, b in (("45758.html", "45774.html"), ("articles.jsonl:35", "articles.jsonl:39")):
        jaccard, containment = dedup.similarity(dedup.signature(corpus[a].text), dedup.signature(corpus[b].text))
        assert containment < 0.3 and not dedup.is_near_duplicate(jaccard, containment)


def test_short_texts_are_not_compared():
    assert dedup.signature("Le sommet aura lieu demain à Paris, selon l'AFP.") is None


def test_bands_are_datasketch_choice():
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=0.3, num_perm=dedup.NUM_PERM)
    assert (lsh.b, lsh.r) == (dedup.BANDS, dedup.ROWS)


def record(ident, text, published, speaker="Kellyanne Conway"):
    """An analysed record with one quote, one actor and one event, as a copy would also have."""
    return Article(id=ident, text=text, lang="fr", published=published,
                   actors=[Actor("person:donald-trump", "Donald Trump", "person", "USA", None, [[0, 5]])],
                   quotes=[Quote(0, 20, text[:20], "direct", Speaker("person:x", speaker))],
                   events=[Event("CONSULT", None, EventActor("person:donald-trump", "Donald Trump"),
                                 EventActor("country:FRA", "France"), None, None, 0, 10, text=text[:10])])


@pytest.fixture()
def wire(story, corpus):
    """An original, three copies (one published the same day with a shorter headline: the longer
    text is the original) and an article on the same topic."""
    return [record("original", story, "2016-11-09"),
            record("copy-headline", copy_of(story, headline="Trump élu"), "2016-11-09"),
            record("copy-cut", copy_of(story, dateline="PARIS (AFP) - ", drop=5, typos=3), "2016-11-10"),
            record("copy-late", copy_of(story, typos=4, seed=2), "2016-11-12"),
            record("other", corpus["articles.jsonl:39"].text, "2017-01-25")]


def links(store):
    return sorted((d["article_id"], d["duplicate_of"]) for d in store.duplicates())


def test_copies_link_to_the_earliest_longest_original_whatever_the_order(wire):
    expected = [("copy-cut", "original"), ("copy-headline", "original"), ("copy-late", "original")]
    with Store(":memory:") as store:
        store.add_articles(wire)
        update_index(store)
        assert links(store) == expected
    # one at a time, copies first: the original arrives last and takes the group over
    with Store(":memory:") as store:
        for article in reversed(wire):
            store.add_articles([article])
            update_index(store)
        assert links(store) == expected


def test_the_index_persists_across_ingests(tmp_path, wire):
    db = str(tmp_path / "wire.duckdb")
    with Store(db) as store:
        store.add_articles(wire[:1])
        update_index(store)
    with Store(db) as store:
        store.add_articles(wire[1:2])
        report = update_index(store)
        assert (report.signed, report.compared) == (1, 1)  # only the new article is signed and compared
        assert links(store) == [("copy-headline", "original")]


def test_copies_are_stored_but_not_counted(wire):
    with Store(":memory:") as store:
        store.add_articles(wire)
        update_index(store)
        assert store.counts()["articles"] == 5  # every copy is stored, with its rows
        summary = store.summary()
        assert summary["counts"]["articles"] == 2 and summary["counts"]["duplicates"] == 3
        assert summary["counts"]["quotes"] == 2 and summary["counts"]["events"] == 2
        assert summary["speakers"][0]["quotes"] == 2 and summary["speakers"][0]["articles"] == 2
        [trump] = store.actors(search="Trump")
        assert (trump["articles"], trump["mentions"]) == (2, 2)
        assert sorted(q["article_id"] for q in store.quotes()) == ["original", "other"]
        assert sorted(e["article_id"] for e in store.events()) == ["original", "other"]
        # the relations graph and the blocs read event_rows: one event per story
        assert sorted(r["article_id"] for r in store.event_rows()) == ["original", "other"]


@pytest.mark.slow
def test_ingest_links_a_copy_and_the_cli_lists_it(tmp_path, story):
    from typer.testing import CliRunner
    from newsgraph.cli import app
    lines = [{"id": "depeche", "text": story, "published": "2016-11-09"},
             {"id": "reprise", "text": copy_of(story, headline="Trump élu", drop=4), "published": "2016-11-10"}]
    source = tmp_path / "wire.jsonl"
    source.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "wire.duckdb")
    with Store(db) as store:
        report = ingest_paths([str(source)], store)
    assert (report.added, report.duplicates) == (2, 1)
    listed = CliRunner().invoke(app, ["duplicates", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    [row] = json.loads(listed.output)
    assert (row["article_id"], row["duplicate_of"]) == ("reprise", "depeche") and row["containment"] > 0.9
    digest = json.loads(CliRunner().invoke(app, ["summary", "--db", db, "--format", "json"]).output)
    assert digest["counts"]["articles"] == 1 and digest["counts"]["duplicates"] == 1


@pytest.mark.slow
def test_articles_posted_to_the_server_are_linked_too(tmp_path, story):
    from fastapi.testclient import TestClient
    from newsgraph.api import create_app
    body = {"articles": [{"id": "depeche", "text": story, "published": "2016-11-09"},
                         {"id": "reprise", "text": copy_of(story, headline="Trump élu", typos=3),
                          "published": "2016-11-10"}]}
    with TestClient(create_app(str(tmp_path / "posted.duckdb"), token="t0k3n-t0k3n")) as client:
        answer = client.post("/api/articles", json=body, headers={"Authorization": "Bearer t0k3n-t0k3n"}).json()
        assert answer["added"] == 2
        store = client.app.state.newsgraph.store
        assert [(r["article_id"], r["duplicate_of"]) for r in store.duplicates()] == [("reprise", "depeche")]
        assert store.original_counts()["articles"] == 1
