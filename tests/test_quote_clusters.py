"""The same quote across articles: clusters with their first appearance, speakers and variants."""
import json

import duckdb
import pytest
from typer.testing import CliRunner

from newsgraph import clusters
from newsgraph.cli import app
from newsgraph.model import Article, Quote, Speaker
from newsgraph.ingestion import update_index
from newsgraph.store import Store

import test_dedup
from test_dedup import copy_of

corpus, story = test_dedup.corpus, test_dedup.story  # fixtures: the bundled corpus, a long wire story

SAID = "Nous ne céderons jamais devant la pression de Moscou sur ce dossier"
MISQUOTED = "Nous ne céderons pas devant la pression de Moscou sur ce dossier"
OTHER = "La pression de la rue ne changera rien à ce dossier, croyez-moi"


def words(text):
    return clusters.quote_words(text)


def test_same_quote_allows_changed_and_cut_words_but_not_shared_vocabulary():
    assert clusters.same_quote(words(SAID), words(SAID.lower() + "."))
    assert clusters.same_quote(words(SAID), words(MISQUOTED))
    assert clusters.same_quote(words(SAID), words("Nous ne céderons jamais devant la pression de Moscou"))
    assert not clusters.same_quote(words(SAID), words(OTHER))
    assert not clusters.same_quote(words("C'est inacceptable"), words("C'est inacceptable"))  # too short


def test_word_changes_name_what_a_variant_removes_and_adds():
    assert clusters.word_changes(words(SAID), words(MISQUOTED)) == {"removed": ["jamais"], "added": ["pas"]}
    cut = clusters.word_changes(words(SAID), words("Nous ne céderons jamais devant la pression"))
    assert cut == {"removed": ["de moscou sur ce dossier"], "added": []}


def quoted(ident, published, quotes, body=""):
    """A record whose text holds its quotes (each with its speaker), then an optional body."""
    text, found = "", []
    for said, speaker in quotes:
        start = len(text) + 1
        text += f"« {said} », a déclaré {speaker}. "
        found.append(Quote(start, start + len(said) + 2, said, "direct", Speaker(None, speaker)))
    return Article(id=ident, text=text + body, lang="fr", published=published, quotes=found)


@pytest.fixture()
def articles(story):
    return [quoted("a-first", "2012-03-01", [(SAID, "Jean Martin"), ("C'est inacceptable", "Jean Martin")], story),
            quoted("b-same", "2012-03-02", [(SAID, "Jean Martin"), (OTHER, "Paul Durand")]),
            quoted("c-misquote", "2012-03-03", [(MISQUOTED, "Pierre Petit"), ("C'est inacceptable", "Paul Durand")]),
            # a syndicated copy of the first article: stored, but no appearance of its own
            quoted("a-copy", "2012-03-04", [(SAID, "Jean Martin")], copy_of(story, headline="Reprise"))]


def clustered(records, *, one_by_one=False):
    store = Store(":memory:")
    for group in ([[r] for r in records] if one_by_one else [records]):
        store.add_articles(group)
        update_index(store)
    return store


def test_a_quote_in_three_articles_is_one_cluster_with_its_first_appearance(articles):
    with clustered(articles) as store:
        [cluster] = store.quote_clusters()
        assert (cluster["first_article"], cluster["first_published"], cluster["first_speaker"]) == \
            ("a-first", "2012-03-01", "Jean Martin")
        assert (cluster["articles"], cluster["appearances"], cluster["variants"]) == (3, 3, 1)
        assert cluster["speakers"] == "Jean Martin; Pierre Petit"
        rows = clusters.cluster_appearances(store, cluster["cluster_id"])
        assert [(r["article_id"], r["variant"]) for r in rows] == \
            [("a-first", False), ("b-same", False), ("c-misquote", True)]
        assert (rows[2]["speaker"], rows[2]["removed"], rows[2]["added"]) == ("Pierre Petit", "jamais", "pas")
        assert [q["article_id"] for q in store.quotes(cluster=cluster["cluster_id"])] == ["c-misquote", "b-same",
                                                                                         "a-first"]


def test_clusters_do_not_depend_on_the_order_articles_come_in(articles):
    def members(store):
        return sorted((r["article_id"], r["idx"], r["cluster_id"]) for r in
                      store._query("SELECT * FROM quote_clusters WHERE cluster_id IS NOT NULL", []))
    with clustered(articles) as together, clustered(list(reversed(articles)), one_by_one=True) as apart:
        assert members(together) == members(apart)
        assert len({c for _, _, c in members(together)}) == len(members(together)) - 3  # one cluster of 4


def test_a_reanalysed_quote_leaves_its_cluster(articles):
    with clustered(articles) as store:
        said = "Un tout autre propos, sans aucun rapport avec le sujet du jour"
        store.replace_articles([quoted("c-misquote", "2012-03-03", [(said, "Pierre Petit")])])
        update_index(store)
        [cluster] = store.quote_clusters()
        assert (cluster["articles"], cluster["variants"]) == (2, 0)
        [new] = store._query("SELECT c.cluster_id FROM quote_clusters c JOIN quotes q "
                             "ON q.article_id = c.article_id AND q.idx = c.idx WHERE q.text = ?", [said])
        assert new["cluster_id"] not in (None, cluster["cluster_id"])


def test_cli_and_export_expose_the_clusters(articles, tmp_path):
    db = str(tmp_path / "quotes.duckdb")
    with Store(db) as store:
        store.add_articles(articles)
        update_index(store)
    run = CliRunner().invoke
    listed = run(app, ["clusters", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    [cluster] = json.loads(listed.output)
    detail = run(app, ["clusters", "--db", db, "--cluster", cluster["cluster_id"], "--format", "json"])
    assert [r["article_id"] for r in json.loads(detail.output)] == ["a-first", "b-same", "c-misquote"]
    table = run(app, ["clusters", "--db", db, "--cluster", cluster["cluster_id"]])
    assert table.exit_code == 0 and "Pierre Petit" in table.output
    unknown = run(app, ["clusters", "--db", db, "--cluster", "qc-nothing"])
    assert unknown.exit_code == 2 and "no quote cluster" in unknown.output
    quotes = json.loads(run(app, ["quotes", "--db", db, "--cluster", cluster["cluster_id"], "--format", "json"]).output)
    assert {q["cluster_id"] for q in quotes} == {cluster["cluster_id"]} and len(quotes) == 3
    assert run(app, ["export", str(tmp_path / "out"), "--db", db]).exit_code == 0
    exported = duckdb.connect().execute(
        f"SELECT count(*) FROM '{tmp_path}/out/quote_clusters.parquet' WHERE cluster_id = ?",
        [cluster["cluster_id"]]).fetchone()[0]
    assert exported == 4  # the copy's appearance is in the table; queries leave it out
