"""Article markup and SVG charts of the web pages, on hand-built records (no model, no server)."""
from newsgraph.model import Actor, Article, Cue, DateRef, Quote, Source, Speaker
from newsgraph.web import charts, markup


def record():
    text = "Selon l'AFP, Anne Delizée a estimé <mardi> que « la Russie cherche des alliés »."
    q0 = text.index("la Russie")
    return Article(
        id="a", text=text,
        actors=[Actor("country:RUS", "Russie", "country", "RUS", mentions=[[q0 + 3, q0 + 9]])],
        quotes=[Quote(q0, q0 + 28, text[q0:q0 + 28], "direct",
                      Speaker("person:anne-delizee", "Anne Delizée", 13, 25), Cue("a estimé", 26, 34))],
        sources=[Source("AFP", "media:afp", 8, 11)],
        dates=[DateRef("mardi", 36, 41, "2023-09-12", "day")])


def test_every_fact_is_marked_and_the_text_is_kept_exactly():
    article = record()
    html = str(markup.article_html(article))
    for anchor in ("q0", "s0", "c0", "src0", "d0", "a0"):
        assert f'id="{anchor}"' in html
    assert "&lt;mardi&gt;" not in html and "&lt;" in html   # text is escaped, never markup
    import re
    plain = re.sub(r"<[^>]+>", "", html)
    import html as html_lib
    assert html_lib.unescape(plain) == article.text
    # the mention of Russie inside the quote carries both ids, with the speaker's colour
    inner = re.search(r'<span class="mk mention quote" data-ids="q0 a0"[^>]*style="--speaker:(#[0-9a-f]+)"', html)
    assert inner and inner.group(1) == markup.speaker_colours(article)["person:anne-delizee"]


def test_search_terms_are_marked_accent_blind():
    marked = str(markup.highlight_terms("Anne Delizée et l'ÉTAT", "delizee etat"))
    assert marked == "Anne <mark>Delizée</mark> et l&#39;<mark>ÉTAT</mark>"
    assert str(markup.highlight_terms("a < b", "zzz")) == "a &lt; b"


def test_score_colours_run_from_conflict_to_cooperation():
    red, grey, green = charts.score_colour(-10), charts.score_colour(0), charts.score_colour(10)
    assert int(red[1:3], 16) > int(red[3:5], 16) and int(green[3:5], 16) > int(green[1:3], 16)
    assert grey == "#868e96"


def test_graph_svg_links_every_node_and_labels_without_overlap():
    graph = {"nodes": [{"id": f"country:{c}", "name": f"Pays {c}", "kind": "country", "country": c, "articles": i + 1}
                       for i, c in enumerate(("AAA", "BBB", "CCC", "DDD"))],
             "edges": [{"source": "country:AAA", "target": "country:BBB", "score": -6.0, "sign": -1, "articles": 2,
                        "counts": {"THREATEN": 2}},
                       {"source": "country:CCC", "target": "country:DDD", "score": 4.0, "sign": 1, "articles": 1,
                        "counts": {"SUPPORT": 1}}]}
    svg = str(charts.graph_svg(graph))
    assert svg.count('<a href="/actors/country:') == 4 and svg.count("<line") == 2
    assert charts.score_colour(-6.0) in svg and "Pays AAA" in svg


def test_bloc_colours_follow_a_bloc_across_windows():
    def window(*blocs):
        return {"events": 1, "blocs": [[{"id": m, "name": m} for m in b] for b in blocs]}
    tracks = charts.bloc_tracks([window("ab", "cd"), window("cd", "ab"), window("abx", "e")])
    assert tracks[0] == [0, 1] and tracks[1] == [1, 0] and tracks[2][0] == 0


def test_timeline_fills_missing_months():
    svg = str(charts.timeline_svg([{"month": "2023-01", "articles": 2, "quotes": 1, "events": 0},
                                   {"month": "2023-04", "articles": 1, "quotes": 0, "events": 1}], "person:x"))
    assert "2023-01" in svg and svg.count("<a href=") == 2 and "month=2023-04" in svg
