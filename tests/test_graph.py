"""The relations graph and the blocs, on hand-built event rows."""
from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest

from newsgraph.errors import InputError, NewsgraphError, UsageError
from newsgraph.graph import (
    TYPE_WEIGHTS, bloc_changes, blocs, build_graph, draw_blocs, write_graph,
)
from newsgraph.model import EVENT_TYPES, QUAD_OF

ACTORS = {
    "person:vladimir-poutine": ("Vladimir Poutine", "person", "RUS"),
    "person:sergueï-lavrov": ("Sergueï Lavrov", "person", "RUS"),
    "person:emmanuel-macron": ("Emmanuel Macron", "person", "FRA"),
    "org:otan": ("OTAN", "organization", None),
    "org:gazprom": ("Gazprom", "organization", "RUS"),
}
COUNTRY_NAMES = {
    "RUS": "Russie", "PRK": "Corée du Nord", "IRN": "Iran", "CHN": "Chine",
    "USA": "États-Unis", "FRA": "France", "GBR": "Royaume-Uni", "DEU": "Allemagne",
    "TUR": "Turquie", "UKR": "Ukraine",
}
EAST = ["country:CHN", "country:IRN", "country:PRK", "country:RUS"]
WEST = ["country:DEU", "country:FRA", "country:GBR", "country:USA"]


def _side(actor_id):
    if actor_id is None:
        return None, None, None
    if actor_id.startswith("country:"):
        code = actor_id.split(":")[1]
        return COUNTRY_NAMES[code], "country", code
    return ACTORS[actor_id]


def ev(article, actor, recipient, etype="CONSULT", published="2024-03-01", **flags):
    """One event row as the store hands it."""
    a_name, a_kind, a_country = _side(actor)
    r_name, r_kind, r_country = _side(recipient)
    return {
        "article_id": article, "published": published, "type": etype, "mode": None,
        "actor_id": actor, "actor_name": a_name, "actor_kind": a_kind,
        "actor_country": a_country,
        "recipient_id": recipient, "recipient_name": r_name, "recipient_kind": r_kind,
        "recipient_country": r_country,
        "negated": flags.get("negated", False), "hypothetical": flags.get("hypothetical", False),
        "future": flags.get("future", False),
    }


def two_camps(published="2024-03-01", prefix="a", east=EAST, west=WEST):
    """Cooperation inside each camp, conflict across, one article per event."""
    rows, n = [], 0
    for camp, etype in ((east, "COOPERATE"), (west, "AGREE")):
        for a, b in combinations(camp, 2):
            n += 1
            rows.append(ev(f"{prefix}{n}", a, b, etype, published))
    for a in east:
        for b in west:
            n += 1
            rows.append(ev(f"{prefix}{n}", a, b, "ACCUSE", published))
            n += 1
            rows.append(ev(f"{prefix}{n}", b, a, "SANCTION", published))
    return rows


# ---------------------------------------------------------------- counting and filtering

def test_same_pair_twice_in_one_article_counts_once():
    rows = [ev("a1", "country:FRA", "country:DEU"),
            ev("a1", "country:FRA", "country:DEU"),      # a second sentence, same article
            ev("a1", "country:DEU", "country:FRA")]      # and the reverse direction
    edge = build_graph(rows).edges["country:DEU", "country:FRA"]
    assert edge["articles"] == 1
    assert edge["n_CONSULT"] == 1 and edge["counts"] == {"CONSULT": 1, "verbal_cooperation": 1}
    assert edge["tail"] == "country:DEU" and edge["directed"]["country:FRA"] == {"CONSULT": 1}
    assert edge["n_tail_head"] == 1 and edge["n_head_tail"] == 1


def test_two_articles_count_two_and_types_count_per_article():
    rows = [ev("a1", "country:FRA", "country:DEU"),
            ev("a1", "country:FRA", "country:DEU", "AGREE"),
            ev("a2", "country:FRA", "country:DEU")]
    G = build_graph(rows)
    edge = G.edges["country:FRA", "country:DEU"]
    assert edge["articles"] == 2
    assert (edge["n_CONSULT"], edge["n_AGREE"], edge["n_verbal_cooperation"]) == (2, 1, 3)
    assert edge["score"] == pytest.approx((3 + 3 + 6) / 3)
    assert G.nodes["country:FRA"]["articles"] == 2
    assert G.graph["n_events"] == 3 and G.graph["n_articles"] == 2


def test_negated_events_are_always_skipped():
    rows = [ev("a1", "country:FRA", "country:DEU", negated=True),
            ev("a2", "country:USA", "country:GBR", negated=True, hypothetical=True)]
    assert build_graph(rows).number_of_edges() == 0
    assert build_graph(rows, include_uncertain=True).number_of_edges() == 0


def test_hypothetical_and_future_only_with_include_uncertain():
    rows = [ev("a1", "country:FRA", "country:DEU", hypothetical=True),
            ev("a2", "country:USA", "country:GBR", "THREATEN", future=True)]
    assert build_graph(rows).number_of_edges() == 0
    G = build_graph(rows, include_uncertain=True)
    assert sorted(G.edges()) == [("country:DEU", "country:FRA"), ("country:GBR", "country:USA")]


def test_since_until_are_inclusive_and_drop_undated_events():
    rows = [ev("a1", "country:FRA", "country:DEU", published="2024-01-01"),
            ev("a2", "country:FRA", "country:USA", published="2024-01-31"),
            ev("a3", "country:FRA", "country:GBR", published="2024-02-01"),
            ev("a4", "country:FRA", "country:CHN", published=None)]
    assert build_graph(rows).number_of_edges() == 4
    G = build_graph(rows, since="2024-01-01", until="2024-01-31")
    assert sorted(G["country:FRA"]) == ["country:DEU", "country:USA"]
    assert (G.graph["first"], G.graph["last"]) == ("2024-01-01", "2024-01-31")


def test_events_without_a_resolved_recipient_give_no_edge():
    row = ev("a1", "country:FRA", None)
    assert len(build_graph([row])) == 0


def test_countries_level_maps_people_to_their_country_and_drops_self_loops():
    rows = [ev("a1", "person:vladimir-poutine", "person:emmanuel-macron"),
            ev("a2", "person:vladimir-poutine", "person:sergueï-lavrov"),   # RUS-RUS
            ev("a3", "org:gazprom", "country:RUS", "AID"),                 # RUS-RUS
            ev("a4", "org:otan", "country:RUS", "ACCUSE"),                 # no country: dropped
            ev("a5", "country:RUS", "country:FRA", "REJECT")]
    G = build_graph(rows, level="countries")
    assert sorted(G) == ["country:FRA", "country:RUS"]
    assert list(nx.selfloop_edges(G)) == []
    edge = G.edges["country:RUS", "country:FRA"]
    assert (edge["articles"], edge["n_CONSULT"], edge["n_REJECT"]) == (2, 1, 1)
    assert G.nodes["country:RUS"]["name"] == "Russie"   # taken from the country's own row
    assert G.nodes["country:RUS"]["kind"] == "country"


def test_a_country_never_named_takes_its_name_from_the_gazetteer_and_keeps_its_code():
    # Pinochet -> Chili: the country is reached only through people, no row names it
    rows = [ev("a1", "person:vladimir-poutine", "person:emmanuel-macron"),
            {**ev("a2", "person:emmanuel-macron", None), "recipient_id": "person:augusto-pinochet",
             "recipient_name": "Pinochet", "recipient_kind": "person", "recipient_country": "CHL"},
            {**ev("a3", "person:emmanuel-macron", None), "recipient_id": "person:nobody",
             "recipient_name": "Nobody", "recipient_kind": "person", "recipient_country": "ZZZ"}]
    G = build_graph(rows, level="countries")
    assert G.nodes["country:FRA"]["name"] == "France"
    assert G.nodes["country:CHL"]["name"] == "Chili"
    assert G.nodes["country:CHL"]["country"] == "CHL"      # the code stays available
    assert G.nodes["country:ZZZ"]["name"] == "ZZZ"         # unknown to the gazetteer: the code
    assert blocs(rows, level="countries")[0].names["country:CHL"] == "Chili"


def test_people_level_keeps_only_people():
    rows = [ev("a1", "person:vladimir-poutine", "person:emmanuel-macron"),
            ev("a2", "person:vladimir-poutine", "country:FRA"),
            ev("a3", "org:otan", "person:emmanuel-macron")]
    G = build_graph(rows, level="people")
    assert sorted(G) == ["person:emmanuel-macron", "person:vladimir-poutine"]
    assert G.number_of_edges() == 1


def test_actors_level_keeps_everyone_apart():
    rows = [ev("a1", "person:vladimir-poutine", "org:otan", "THREATEN"),
            ev("a2", "person:vladimir-poutine", "person:sergueï-lavrov")]
    G = build_graph(rows)
    assert sorted(G) == ["org:otan", "person:sergueï-lavrov", "person:vladimir-poutine"]
    assert G.nodes["org:otan"]["country"] is None


def test_scores_and_signs():
    rows = [ev("a1", "country:FRA", "country:DEU", "AID"),
            ev("a2", "country:RUS", "country:UKR", "CONSULT"),
            ev("a3", "country:RUS", "country:UKR", "ASSAULT"),
            ev("a4", "country:USA", "country:GBR", "CONSULT"),
            ev("a5", "country:USA", "country:GBR", "REJECT"),
            ev("a6", "country:USA", "country:GBR", "RETREAT"),
            ev("a7", "country:USA", "country:GBR", "REQUEST")]
    G = build_graph(rows)
    aid = G.edges["country:FRA", "country:DEU"]
    assert (aid["score"], aid["sign"]) == (7.0, 1)
    assert G.edges["country:RUS", "country:UKR"]["score"] == pytest.approx(-3.5)
    assert G.edges["country:RUS", "country:UKR"]["sign"] == -1
    assert G.edges["country:USA", "country:GBR"]["score"] == 0.5
    assert G.edges["country:USA", "country:GBR"]["sign"] == 1


def test_weights_cover_every_type_and_follow_the_quad_class():
    assert set(TYPE_WEIGHTS) == set(EVENT_TYPES)
    for etype, weight in TYPE_WEIGHTS.items():
        assert -10 <= weight <= 10
        assert (weight > 0) == QUAD_OF[etype].endswith("cooperation"), etype


def test_bad_arguments_raise_newsgraph_errors():
    with pytest.raises(UsageError):
        build_graph([], level="cities")
    with pytest.raises(InputError):
        build_graph([ev("a1", "country:FRA", "country:DEU", "HUG")])
    with pytest.raises(UsageError):
        build_graph([], since="last spring")
    with pytest.raises(NewsgraphError):
        blocs([], window="6 months")


def test_graph_does_not_depend_on_row_order():
    rows = two_camps()
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    a, b = build_graph(rows), build_graph(shuffled)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(data=True)) == list(b.edges(data=True))


# ---------------------------------------------------------------- writing

def _sample_graph():
    rows = two_camps() + [ev("x1", "person:vladimir-poutine", "person:emmanuel-macron"),
                          ev("x2", "org:otan", "country:RUS", "THREATEN")]
    return build_graph(rows)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_round_trip_readable_by_networkx(tmp_path, fmt):
    G = _sample_graph()
    path = write_graph(G, tmp_path / f"graph.{fmt}")
    if fmt == "graphml":
        H = nx.read_graphml(path)
    elif fmt == "gexf":
        H = nx.read_gexf(path)
    else:
        H = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert sorted(H) == sorted(G)
    assert {frozenset(e) for e in H.edges()} == {frozenset(e) for e in G.edges()}
    edge = H.edges["country:RUS", "country:USA"]
    assert int(edge["n_ACCUSE"]) == 1 and int(edge["n_SANCTION"]) == 1
    assert int(edge["articles"]) == 2
    assert float(edge["score"]) == pytest.approx((-3 - 7) / 2)
    assert int(edge["n_verbal_conflict"]) == 1 and int(edge["n_material_conflict"]) == 1
    assert H.nodes["person:emmanuel-macron"]["name"] == "Emmanuel Macron"
    if fmt == "json":
        assert edge["counts"]["ACCUSE"] == 1
        assert H.graph["level"] == "actors"


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_drawings_are_written(tmp_path, fmt):
    path = write_graph(_sample_graph(), tmp_path / f"graph.{fmt}")
    data = path.read_bytes()
    assert len(data) > 20_000
    if fmt == "png":
        assert data.startswith(b"\x89PNG")
    else:
        assert b"<svg" in data[:2000]


def test_empty_graph_draws_a_placeholder(tmp_path):
    path = write_graph(build_graph([]), tmp_path / "empty.png")
    assert path.read_bytes().startswith(b"\x89PNG") and path.stat().st_size > 5_000


def test_drawing_leaves_no_pyplot_figure_open(tmp_path):
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    write_graph(_sample_graph(), tmp_path / "graph.png")
    assert plt.get_fignums() == before


def test_unknown_format_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError):
        write_graph(_sample_graph(), tmp_path / "graph.docx")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "png"])
def test_write_graph_to_a_binary_stream_gives_the_bytes_of_the_file(tmp_path, fmt):
    G = _sample_graph()
    path = write_graph(G, tmp_path / f"graph.{fmt}")
    stream = io.BytesIO()
    assert write_graph(G, stream, fmt) is stream
    assert stream.getvalue() == path.read_bytes()


def test_write_graph_to_text_streams_and_named_streams(tmp_path):
    G = _sample_graph()
    text = io.StringIO()
    write_graph(G, text, "json")
    assert sorted(nx.node_link_graph(json.loads(text.getvalue()), edges="edges")) == sorted(G)
    with pytest.raises(UsageError, match="binary"):
        write_graph(G, io.StringIO(), "png")
    with pytest.raises(UsageError, match="format"):
        write_graph(G, io.BytesIO())            # a stream has no suffix to read the format from
    with open(tmp_path / "named.graphml", "wb") as handle:  # ... but a named file does
        write_graph(G, handle)
    assert nx.read_graphml(tmp_path / "named.graphml").number_of_nodes() == len(G)


def test_draw_blocs_to_a_stream():
    stream = io.BytesIO()
    draw_blocs(blocs(two_camps()), stream, "png")
    assert stream.getvalue().startswith(b"\x89PNG")


# ---------------------------------------------------------------- the package

def test_build_and_blocs_do_not_import_matplotlib():
    """A server builds graphs and blocs (and writes them as data) without loading matplotlib."""
    code = ("import sys, io\n"
            "import newsgraph.graph.build, newsgraph.graph.blocs\n"
            "from newsgraph.graph import blocs, build_graph, write_graph\n"
            "write_graph(build_graph([]), io.BytesIO(), 'json')\n"
            "blocs([])[:0]\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_no_graph_module_is_over_600_lines():
    import newsgraph.graph

    folder = Path(newsgraph.graph.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.py")}
    assert {"build.py", "blocs.py", "drawing.py"} <= set(sizes)
    assert max(sizes.values()) <= 600, sizes


# ---------------------------------------------------------------- blocs

def test_two_camps_give_exactly_two_blocs():
    rows = two_camps()
    # France aids China in three articles: the FRA-CHN edge turns cooperative on balance
    # ((-3 - 7 + 3 * 7) / 5 = +2.2) and is the heaviest positive edge, yet must not merge camps
    rows += [ev(f"bridge{i}", "country:FRA", "country:CHN", "AID") for i in range(3)]
    (window,) = blocs(rows, window="6M")
    assert sorted(window.blocs) == [EAST, WEST]
    assert (window.start, window.end, window.label) == ("2024-01-01", "2024-06-30", "2024-H1")
    assert window.n_events == len(rows)
    # the only frustrated edge is the bridge: 5 articles x +2.2 / 10
    assert window.graph.edges["country:FRA", "country:CHN"]["score"] == pytest.approx(2.2)
    assert window.frustration == pytest.approx(1.1)
    assert 0 < window.frustration_ratio < 0.1


def test_blocs_are_deterministic_under_row_order():
    rows = two_camps() + two_camps("2024-09-01", "b")
    shuffled = rows[:]
    random.Random(11).shuffle(shuffled)
    assert [w.blocs for w in blocs(rows)] == [w.blocs for w in blocs(shuffled)]


def test_local_moves_take_an_enemy_out_of_a_bloc():
    rows = two_camps()
    # Turkey visits Russia once, but threatens three of the eastern camp in many articles:
    # Louvain (which only sees cooperation) puts it with the east; frustration must not.
    rows.append(ev("t0", "country:TUR", "country:RUS", "CONSULT"))
    for i, other in enumerate(["country:CHN", "country:IRN", "country:PRK"]):
        for j in range(3):
            rows.append(ev(f"t{i}{j}", "country:TUR", other, "THREATEN"))
    (window,) = blocs(rows)
    assert EAST in window.blocs and WEST in window.blocs
    assert ["country:TUR"] in window.blocs


def test_people_are_counted_with_their_country():
    rows = two_camps()
    rows.append(ev("p1", "person:vladimir-poutine", "person:emmanuel-macron", "ACCUSE"))
    (window,) = blocs(rows, level="countries")
    assert sorted(window.blocs) == [EAST, WEST]
    assert window.names["country:FRA"] == "France"


def test_windows_align_to_calendar_starts():
    rows = [ev("a1", "country:FRA", "country:DEU", published="2024-02-10"),
            ev("a2", "country:FRA", "country:DEU", published="2024-08-20")]
    quarters = blocs(rows, window="3M")
    assert [(w.start, w.end, w.label) for w in quarters] == [
        ("2024-01-01", "2024-03-31", "2024-Q1"), ("2024-04-01", "2024-06-30", "2024-Q2"),
        ("2024-07-01", "2024-09-30", "2024-Q3")]
    assert [w.n_events for w in quarters] == [1, 0, 1]   # empty windows are kept
    assert [w.label for w in blocs(rows, window="1Y")] == ["2024"]
    days = blocs(rows, window="30D", since="2024-02-01", until="2024-03-15")
    assert [(w.start, w.end) for w in days] == [("2024-02-01", "2024-03-01"),
                                                ("2024-03-02", "2024-03-15")]
    assert blocs([ev("a1", "country:FRA", "country:DEU", published=None)]) == []


def test_bloc_changes_reports_the_actor_that_switches():
    first = two_camps("2024-03-01", "h1")
    east2 = EAST + ["country:FRA"]
    west2 = [c for c in WEST if c != "country:FRA"]
    second = two_camps("2024-09-01", "h2", east=east2, west=west2)
    windows = blocs(first + second, window="6M")
    assert [w.label for w in windows] == ["2024-H1", "2024-H2"]
    assert sorted(windows[1].blocs) == [sorted(east2), sorted(west2)]
    (change,) = bloc_changes(windows)
    assert (change.actor, change.name) == ("country:FRA", "France")
    assert (change.before, change.after) == ("2024-01-01", "2024-07-01")
    assert change.from_bloc == tuple(WEST) and change.to_bloc == tuple(sorted(east2))
    assert change.from_track != change.to_track


def test_bloc_windows_and_changes_as_plain_data():
    first = two_camps("2024-03-01", "h1")
    second = two_camps("2024-09-01", "h2", east=EAST + ["country:FRA"],
                       west=[c for c in WEST if c != "country:FRA"])
    windows = blocs(first + second, window="6M")
    data = json.loads(json.dumps([w.to_dict() for w in windows]))
    assert [d["label"] for d in data] == ["2024-H1", "2024-H2"]
    assert data[0]["events"] == len(first) and data[0]["articles"] == len(first)
    assert data[0]["blocs"][0] == [{"id": c, "name": COUNTRY_NAMES[c.split(":")[1]]}
                                   for c in sorted(EAST)]
    assert data[1]["frustration_ratio"] == windows[1].frustration_ratio
    (change,) = [c.to_dict() for c in bloc_changes(windows)]
    assert change["actor"] == "country:FRA" and change["from"] == WEST
    assert json.loads(json.dumps(change)) == change


def test_no_changes_when_the_camps_hold():
    windows = blocs(two_camps("2024-03-01", "h1") + two_camps("2024-09-01", "h2"))
    assert len(windows) == 2 and bloc_changes(windows) == []


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_draw_blocs(tmp_path, fmt):
    first = two_camps("2024-03-01", "h1")
    second = two_camps("2024-09-01", "h2", east=EAST + ["country:FRA"],
                       west=[c for c in WEST if c != "country:FRA"])
    path = draw_blocs(blocs(first + second, window="6M"), tmp_path / f"blocs.{fmt}")
    assert path.stat().st_size > 10_000


def test_draw_blocs_without_windows_draws_a_placeholder(tmp_path):
    path = draw_blocs([], tmp_path / "blocs.png")
    assert path.read_bytes().startswith(b"\x89PNG")


def test_cli_blocs_and_graph_give_clean_errors_and_write_to_stdout(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import Store
    from test_store import make_article

    db = str(tmp_path / "events.duckdb")
    with Store(db) as store:
        store.add_articles([make_article("a1", "2023-01-10"), make_article("a2", "2023-08-10")])
    runner = CliRunner()
    result = runner.invoke(app, ["blocs", "--db", db, "--window", "999999999M"])
    assert result.exit_code == 2 and "1 to 1,200 months" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["graph", "-", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["edges"]
    result = runner.invoke(app, ["graph", "-", "--db", db])
    assert result.exit_code == 2 and "--format" in result.output
