"""WARC input: HTML responses become articles (URL, date, language kept), what is no article is
passed over, an unreadable record is an E080 line and reading goes on at the next record."""
import gzip

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest import expand_paths, read_path, read_paths
from newsgraph.ingestion import ingest_paths
from newsgraph.store import Store

import test_isolation
from warc_files import CORPUS_PAGES, Archive, corpus_archive

exploding_events = test_isolation.exploding_events  # fixture: the events component fails on BOOM

ENGLISH = ("<html><head><title>Council meets</title></head><body><article><h1>Council meets</h1>"
           "<p>The city council met on Tuesday evening to discuss the new budget, which the mayor said "
           "would fund three more schools and a library in the northern districts of the town.</p>"
           "<p>Several members of the opposition voted against the plan, saying that taxes would have to "
           "rise next year to pay for it, and asked for an independent review of the accounts.</p>"
           "</article></body></html>")
UNDATED = ("<html><head><title>Réunion du conseil</title></head><body><article><h1>Réunion du conseil</h1>"
           "<p>Le conseil municipal s'est réuni mardi soir pour examiner le nouveau budget, qui doit financer "
           "trois écoles et une bibliothèque dans les quartiers du nord de la ville, a expliqué le maire.</p>"
           "<p>Plusieurs élus de l'opposition ont voté contre ce projet, estimant que les impôts devraient "
           "augmenter l'an prochain, et ont demandé un audit indépendant des comptes de la commune.</p>"
           "</article></body></html>")


def items(path):
    return list(read_path(str(path)))


def test_html_responses_become_the_same_articles_as_the_pages(tmp_path):
    archive = corpus_archive(3)
    archive.page("logo", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
    archive.page("moved", "<html><body>Moved</body></html>", status="301 Moved Permanently")
    archive.page("english", ENGLISH)
    path = tmp_path / "news.warc.gz"
    offsets = archive.write(path)
    found = items(path)
    assert not [x for x in found if isinstance(x, InputError)]
    # no request, warcinfo, image or redirect; the English page is an English article
    assert [a.lang for a in found] == ["fr", "fr", "fr", "en"]
    for article, page in zip(found, CORPUS_PAGES[:3]):
        [alone] = items(page)
        assert (article.id, article.text, article.title) == (alone.id, alone.text, alone.title)
        assert article.url == f"https://fr.wikinews.org/wiki/{page.stem}"
        assert article.origin == f"{path}:{offsets[page.stem]}"
        assert article.lang == "fr" and article.published


def test_date_falls_back_to_last_modified_then_to_the_crawl(tmp_path):
    archive = Archive()
    archive.page("modified", UNDATED, date="2013-05-03T08:00:00Z", extra="Last-Modified: Thu, 02 May 2013 17:00:00 GMT\r\n")
    archive.page("later", UNDATED.replace("mardi", "lundi"), date="2013-05-03T08:00:00Z",
                 extra="Last-Modified: Sat, 04 May 2013 17:00:00 GMT\r\n")  # after the crawl: not believed
    archive.page("crawled", UNDATED.replace("mardi", "jeudi"), date="2013-05-07T08:00:00Z")
    path = tmp_path / "dates.warc.gz"
    archive.write(path)
    assert [a.published for a in items(path)] == ["2013-05-02", "2013-05-03", "2013-05-07"]


def test_lang_keeps_only_pages_in_that_language(tmp_path):
    archive = Archive().page("fr", UNDATED).page("en", ENGLISH)
    path = tmp_path / "mixed.warc.gz"
    archive.write(path)
    assert [a.url.rsplit("/", 1)[1] for a in read_path(str(path), lang="fr")] == ["fr"]
    assert [a.lang for a in read_path(str(path), lang="en")] == ["en"]


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_corrupt_record_is_reported_and_the_rest_kept(tmp_path, gzipped):
    archive = corpus_archive(4)
    path = tmp_path / ("bad.warc.gz" if gzipped else "bad.warc")
    bad = CORPUS_PAGES[1].stem
    offsets = archive.write(path, gzipped=gzipped, corrupt=bad)
    found = items(path)
    errors = [x for x in found if isinstance(x, InputError)]
    good = [x for x in found if not isinstance(x, InputError)]
    assert [p.stem for p in CORPUS_PAGES[:4] if p.stem != bad] == [a.url.rsplit("/", 1)[1] for a in good]
    assert len(errors) == 1 and errors[0].code == "E080"
    assert errors[0].origin == f"{path}:{offsets[bad]}"


def test_compressed_and_chunked_bodies_are_decoded(tmp_path):
    import zlib
    page = CORPUS_PAGES[0].read_bytes()
    deflated = zlib.compress(page)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(page[i:i + 700]), page[i:i + 700])
                       for i in range(0, len(page), 700)) + b"0\r\n\r\n"
    archive = (Archive().page("gzip", gzip.compress(page), extra="Content-Encoding: gzip\r\n")
               .page("deflate", deflated, extra="Content-Encoding: deflate\r\n")
               .page("chunked", chunked, extra="Transfer-Encoding: chunked\r\n"))
    path = tmp_path / "encoded.warc.gz"
    archive.write(path)
    [alone] = items(CORPUS_PAGES[0])
    found = items(path)
    assert [a.text for a in found] == [alone.text] * 3


def test_a_truncated_archive_keeps_what_came_before(tmp_path):
    path = tmp_path / "cut.warc.gz"
    corpus_archive(3).write(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 500])
    found = items(path)
    assert len([a for a in found if not isinstance(a, InputError)]) == 2
    [error] = [e for e in found if isinstance(e, InputError)]
    assert error.code == "E080" and "cut short" in error.reason


def test_a_file_that_is_no_warc_is_one_clear_error(tmp_path):
    plain = tmp_path / "notes.warc"
    plain.write_text("Des notes, pas une archive.", encoding="utf-8")
    packed = tmp_path / "notes.warc.gz"
    packed.write_bytes(gzip.compress(b"Des notes compressees, pas une archive."))
    [error] = items(plain)
    assert error.code == "E080" and "not a WARC file" in error.reason
    found = items(packed)
    assert found and all(isinstance(e, InputError) and e.code == "E080" for e in found)


def test_folders_and_globs_find_warc_archives(tmp_path):
    corpus_archive(1).write(tmp_path / "a.warc.gz")
    corpus_archive(1).write(tmp_path / "b.warc", gzipped=False)
    (tmp_path / "c.gz").write_bytes(b"")  # no WARC suffix: not read
    assert [p.rsplit("/", 1)[1] for p in expand_paths([str(tmp_path)])] == ["a.warc.gz", "b.warc"]
    assert len([a for a in read_paths([str(tmp_path / "*.warc*")])]) == 2


@pytest.mark.slow
def test_ingest_isolates_a_failing_article_and_a_corrupt_record(tmp_path, exploding_events):
    archive = corpus_archive(3)
    archive.page("boom", UNDATED.replace("Le conseil", "BOOM Le conseil"))
    path = tmp_path / "mixed.warc.gz"
    archive.write(path, corrupt=CORPUS_PAGES[1].stem)
    errors = []
    with Store(str(tmp_path / "warc.duckdb")) as store:
        report = ingest_paths([str(path)], store, on_error=errors.append)
        stored = {row["url"] for row in store._query("SELECT url FROM articles", [])}
    assert sorted(e.code for e in errors) == ["E071", "E080"]
    assert report.added == 2 and report.skipped == 2
    assert stored == {f"https://fr.wikinews.org/wiki/{p.stem}" for p in (CORPUS_PAGES[0], CORPUS_PAGES[2])}
