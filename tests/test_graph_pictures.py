"""Pictures of the graph and of the blocs stay readable: names, labels, ticks, columns."""
from __future__ import annotations

import io
import math
from datetime import date, timedelta
from itertools import combinations

import pytest

from newsgraph.errors import UsageError
from newsgraph.graph import blocs, build_graph, draw_blocs, write_graph
from test_graph import ev, two_camps


# ---------------------------------------------------------------- readable pictures

def _country_rows(codes, pairs, published="2024-03-01", etype="CONSULT"):
    """One article per pair of ISO3 codes, the countries named as the gazetteer names them."""
    from newsgraph.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    rows = []
    for i, (a, b) in enumerate(pairs):
        row = ev(f"c{i}", None, None, etype, published)
        for side, code in (("actor", codes[a]), ("recipient", codes[b])):
            row.update({f"{side}_id": f"country:{code}", f"{side}_kind": "country",
                        f"{side}_name": gaz.country_by_iso3(code).name_fr,
                        f"{side}_country": code})
        rows.append(row)
    return rows


def _crowded_graph():
    """A dense core of 12 countries with long names, and 30 more hanging off three hubs."""
    from newsgraph.gazetteer import load_gazetteer
    codes = sorted(c.iso3 for c in load_gazetteer().countries)[:42]
    pairs = list(combinations(range(12), 2)) + [(i % 3, i) for i in range(12, 42)]
    return build_graph(_country_rows(codes, pairs), level="countries")


def _overlaps(a, b, pad=0.0):
    return a.x0 < b.x1 - pad and b.x0 < a.x1 - pad and a.y0 < b.y1 - pad and b.y0 < a.y1 - pad


def test_graph_labels_touch_no_other_label_and_no_disc():
    from matplotlib.text import Text

    from newsgraph.graph.drawing import graph_figure, render

    G = _crowded_graph()
    fig = graph_figure(G)
    render(fig, "png")  # a full draw, as when saving
    renderer = fig.canvas.get_renderer()
    (ax,) = fig.axes
    labels = [t for t in ax.texts if t.get_visible()]
    # the text's own box: an Annotation's window extent also covers its leader line
    boxes = [Text.get_window_extent(t, renderer) for t in labels]
    assert len(labels) >= 35  # most of the 42 are named (the rest in the tooltips)
    for i, j in combinations(range(len(boxes)), 2):
        assert not _overlaps(boxes[i], boxes[j]), (labels[i].get_text(), labels[j].get_text())
    discs = [c for c in ax.collections if (c.get_gid() or "").startswith("newsgraph-node-")]
    assert len(discs) == len(G)
    for disc in discs:
        (x, y), = ax.transData.transform(disc.get_offsets())
        r = math.sqrt(disc.get_sizes()[0]) / 2 * fig.dpi / 72
        for label, box in zip(labels, boxes):
            nx_, ny_ = min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1)
            assert (x - nx_) ** 2 + (y - ny_) ** 2 >= (r - 1) ** 2, label.get_text()
    figure_box = fig.bbox
    assert all(figure_box.x0 <= b.x0 and b.x1 <= figure_box.x1 for b in boxes)


def test_graph_pictures_name_countries_and_keep_codes_in_tooltips():
    from newsgraph.graph.drawing import graph_figure

    rows = [ev("a1", "person:vladimir-poutine", "person:emmanuel-macron"),
            {**ev("a2", "person:emmanuel-macron", None), "recipient_id": "person:augusto-pinochet",
             "recipient_name": "Pinochet", "recipient_kind": "person", "recipient_country": "CHL"}]
    G = build_graph(rows, level="countries")
    (ax,) = graph_figure(G).axes
    names = {t.get_text() for t in ax.texts}
    assert {"Chili", "France", "Russie"} <= names and not names & {"CHL", "FRA", "RUS"}
    stream = io.BytesIO()
    write_graph(G, stream, "svg")
    import xml.etree.ElementTree as ET
    svg = "{http://www.w3.org/2000/svg}"
    tips = [t.text for t in ET.fromstring(stream.getvalue()).iter(f"{svg}title")]
    assert "Chili (country:CHL): 1 article" in tips


def _daily_rows(days, start="2016-01-04", every=1):
    """Two cooperating pairs on `days` days, one every `every` days."""
    first = date.fromisoformat(start)
    rows = []
    for i in range(days):
        day = (first + timedelta(days=i * every)).isoformat()
        rows += [ev(f"d{i}a", "country:FRA", "country:DEU", "AGREE", day),
                 ev(f"d{i}b", "country:RUS", "country:CHN", "COOPERATE", day)]
    return rows


def test_blocs_picture_thins_tick_labels_until_none_touch():
    from newsgraph.graph.drawing import render
    from newsgraph.graph.timeline import MAX_COLUMNS, blocs_figure

    fig = blocs_figure(blocs(_daily_rows(MAX_COLUMNS), window="1D"))  # 80 one-day columns
    render(fig, "png")
    renderer = fig.canvas.get_renderer()
    (ax,) = fig.axes
    shown = [t for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
    assert 10 <= len(shown) <= MAX_COLUMNS
    boxes = [t.get_window_extent(renderer) for t in shown]
    for a, b in zip(boxes, boxes[1:]):
        assert not _overlaps(a, b), "tick labels touch"


def test_blocs_picture_merges_runs_of_empty_windows():
    from newsgraph.graph.timeline import blocs_figure

    rows = (two_camps("2012-09-01", "a") + two_camps("2016-03-01", "b")
            + two_camps("2016-09-01", "c") + two_camps("2023-09-01", "d"))
    windows = blocs(rows, window="6M")
    assert len(windows) == 23
    (ax,) = blocs_figure(windows).axes
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "2012-H2", "2013-H1 … 2015-H2", "2016-H1", "2016-H2", "2017-H1 … 2023-H1", "2023-H2"]


def test_too_many_columns_are_refused_with_a_longer_window_and_nothing_written(tmp_path):
    from newsgraph.graph.timeline import columns_of

    rows = _daily_rows(400, every=2)   # an event every other day for two years
    target = tmp_path / "blocs.png"
    with pytest.raises(UsageError, match=r"799 columns .* longer window such as 2W \(58 columns\)"):
        draw_blocs(blocs(rows, window="1D"), target)
    assert not target.exists()
    windows = blocs(rows, window="2W")                   # the advice is right ...
    assert len(columns_of(windows)) == 58
    draw_blocs(windows, target)                          # ... and works
    assert target.read_bytes().startswith(b"\x89PNG")


def test_window_lengths_are_bounded_with_the_accepted_range():
    rows = [ev("a1", "country:FRA", "country:DEU")]
    with pytest.raises(UsageError, match=r"1 to 1,200 months"):
        blocs(rows, window="999999999M")
    with pytest.raises(UsageError, match=r"1 to 36,525 days"):
        blocs(rows, window="40000D")
    assert len(blocs(rows, window="1200M")) == 1 and len(blocs(rows, window="100Y")) == 1


def test_windows_stop_at_the_end_of_the_calendar():
    rows = [ev("a1", "country:FRA", "country:DEU", published="9999-06-01"),
            ev("a2", "country:FRA", "country:DEU", published="0001-01-02")]
    for window in ("1Y", "5Y", "100Y", "12M", "6M", "2W", "30D"):
        last = blocs(rows, window=window, since="9999-01-01")[-1]
        assert last.n_events == 1 and last.start <= "9999-06-01" <= last.end, window
        if window in ("1Y", "5Y", "100Y", "12M"):  # their next window would start in 10000
            assert last.end == "9999-12-31", window
    assert blocs(rows[1:], window="2W")[0].start == "0001-01-01"
