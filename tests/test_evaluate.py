"""The evaluation harness itself: the fixed split, floors, error categories, side-by-side sets."""
import json

import pytest

from newsgraph.errors import InputError
from newsgraph.evaluate import gold_sets, read_floors, speaker_error, split, split_part
from newsgraph.evaluate.scoring import Report, score_article
from newsgraph.model import Article, Cue, Quote, Source, Speaker

from conftest import ROOT


def test_split_rule_is_fixed_and_takes_a_third():
    assert [split_part(i) for i in range(6)] == ["tuning", "check", "tuning", "tuning", "check", "tuning"]
    golds = [{"id": f"a{i:02d}"} for i in range(48)]
    parts = split(list(reversed(golds)))  # the order of the files does not matter: ids do
    assert len(parts["check"]) == 16 and len(parts["tuning"]) == 32
    assert parts["check"][0]["id"] == "a01"


def test_the_2016_2018_split_is_the_committed_one():
    sets = {s.name: s for s in gold_sets(str(ROOT / "eval/gold/dev-2016-2018"))}
    assert set(sets) == {"dev-2016-2018/tuning", "dev-2016-2018/check"}
    check = sorted(g["id"] for g in sets["dev-2016-2018/check"].golds)
    # written down once: a change of the rule or of the files would silently mix the parts
    assert check == ["frwikinews-003", "frwikinews-006", "frwikinews-014", "frwikinews-018", "frwikinews-025",
                     "frwikinews-031", "frwikinews-035", "frwikinews-038", "frwikinews-041", "frwikinews-046",
                     "frwikinews-051", "frwikinews-056", "frwikinews-059", "frwikinews-066", "frwikinews-075",
                     "frwikinews-085"]


def test_small_sets_are_scored_whole_and_parts_can_be_asked(tmp_path):
    assert [s.name for s in gold_sets(str(ROOT / "eval/gold/dev"))] == ["dev"]
    assert [s.name for s in gold_sets(str(ROOT / "eval/gold/dev-2016-2018"), "check")] == ["dev-2016-2018/check"]
    with pytest.raises(InputError, match="unknown part"):
        gold_sets(str(ROOT / "eval/gold/dev"), "train")


def _gold_folder(path, ids, parts_rows=None):
    path.mkdir()
    for name in ids:
        (path / f"{name}.json").write_text(json.dumps({"id": name, "text": "Texte.", "quotes": []}))
    if parts_rows is not None:
        (path / "PARTS.tsv").write_text("# id\tpart\n" + "".join(f"{r}\n" for r in parts_rows))
    return str(path)


def test_a_declared_split_replaces_the_rule(tmp_path):
    # four articles: the rule would score them whole; the declaration splits them its own way
    folder = _gold_folder(tmp_path / "invented", ["q1", "q2", "q3", "q4"],
                          ["q1\ttuning", "q2\tcheck", "q3\ttuning", "q4\tcheck"])
    sets = {s.name: sorted(g["id"] for g in s.golds) for s in gold_sets(folder)}
    assert sets == {"invented/tuning": ["q1", "q3"], "invented/check": ["q2", "q4"]}
    assert [s.name for s in gold_sets(folder, "all")] == ["invented"]


def test_a_declared_split_may_have_no_check_part_and_must_cover_every_article(tmp_path):
    whole = _gold_folder(tmp_path / "fixed", ["a", "b"], ["a\ttuning", "b\ttuning"])
    assert [s.name for s in gold_sets(whole)] == ["fixed/tuning"]
    partial = _gold_folder(tmp_path / "partial", ["a", "b"], ["a\ttuning"])
    with pytest.raises(InputError, match="no part declared for b"):
        gold_sets(partial)
    wrong = _gold_folder(tmp_path / "wrong", ["a"], ["a\ttest"])
    with pytest.raises(InputError, match=r"PARTS.tsv:2"):
        gold_sets(wrong)


def test_the_invented_press_sets_keep_their_declared_halves():
    names = [s.name for d in ("press-quotes-a", "press-quotes-b", "press-events")
             for s in gold_sets(str(ROOT / "eval/press" / d))]
    assert names == ["press-quotes-a/tuning", "press-quotes-b/tuning", "press-quotes-b/check",
                     "press-events/tuning", "press-events/check"]
    check = {s.name: s for s in gold_sets(str(ROOT / "eval/press/press-events"), "check")}["press-events/check"]
    assert all(int(g["id"][1:]) % 2 == 0 for g in check.golds) and len(check.golds) == 12


@pytest.mark.parametrize("folder, per_half", [("press-mixed-d", 12), ("press-mixed-e", 10),
                                               ("press-mixed-f", 10), ("press-mixed-g", 10),
                                               ("press-mixed-h", 10), ("press-mixed-i", 10),
                                               ("press-mixed-j", 10), ("press-mixed-k", 10),
                                               ("press-mixed-l", 10), ("press-mixed-m", 10),
                                               ("press-mixed-n", 10), ("press-mixed-o", 10),
                                               ("press-mixed-p", 10), ("press-mixed-q", 10),
                                               ("press-mixed-r", 10), ("press-mixed-s", 10),
                                               ("press-mixed-t", 10), ("press-mixed-u", 10),
                                               ("press-mixed-v", 10), ("press-mixed-w", 10),
                                               ("press-mixed-x", 10), ("press-mixed-y", 10),
                                               ("press-mixed-z", 10), ("press-mixed-aa", 10),
                                               ("press-mixed-ab", 10), ("press-mixed-ac", 10),
                                               ("press-mixed-ad", 10),
                                               ("press-mixed-ae", 10),
                                               ("press-mixed-af", 10),
                                               ("press-mixed-ag", 10),
                                               ("press-mixed-ah", 10),
                                               ("press-mixed-ai", 10),
                                               ("press-mixed-aj", 10),
                                               ("press-mixed-ak", 10),
                                               ("press-mixed-al", 10),
                                               ("press-mixed-am", 10),
                                               ("press-mixed-an", 10),
                                               ("press-mixed-ao", 10)])
def test_blind_press_sets_declare_odd_tuning_and_even_check_with_offsets_that_hold(folder, per_half):
    parts = {s.name: s for s in gold_sets(str(ROOT / "eval/press" / folder))}
    assert sorted(parts) == [f"{folder}/check", f"{folder}/tuning"]
    for half, parity in (("tuning", 1), ("check", 0)):
        golds = parts[f"{folder}/{half}"].golds
        # ids are the set's letters then a number ("z07", "aa12"): the number gives the half
        assert len(golds) == per_half and all(int(g["id"].lstrip("abcdefghijklmnopqrstuvwxyz")) % 2 == parity
                                              for g in golds)
    for gold in parts[f"{folder}/tuning"].golds + parts[f"{folder}/check"].golds:
        text = gold["text"]
        assert all(text[q["start"]:q["end"]] == q["quote"] for q in gold["quotes"])
        assert all(text[s["start"]:s["end"]] == s["cue_text"] for s in gold["sources"])
        assert all(text[e["start"]:e["end"]] == e["evidence"] for e in gold["events"])


@pytest.mark.parametrize("folder", ["audit-all-2016-2018", "audit-2012", "audit-2012-b",
                                    "audit-2012-c", "audit-2012-d"])
def test_the_silver_sets_of_every_layer_declare_alternating_halves_with_offsets_that_hold(folder):
    parts = {s.name: s for s in gold_sets(str(ROOT / "eval/gold" / folder))}
    assert sorted(parts) == [f"{folder}/check", f"{folder}/tuning"]
    ids = sorted(g["id"] for s in parts.values() for g in s.golds)
    for half, first in (("tuning", 0), ("check", 1)):
        assert sorted(g["id"] for g in parts[f"{folder}/{half}"].golds) == ids[first::2]
    for gold in parts[f"{folder}/tuning"].golds + parts[f"{folder}/check"].golds:
        text = gold["text"]
        assert all(text[q["start"]:q["end"]] == q["quote"] for q in gold["quotes"])
        assert all(text[s["start"]:s["end"]] == s["cue_text"] for s in gold["sources"])
        assert all(text[e["start"]:e["end"]] == e["evidence"] for e in gold["events"])


def test_floors_file_is_validated(tmp_path):
    bad = tmp_path / "floors.json"
    bad.write_text(json.dumps({"dev": {"quote_f1_30": "high"}}))
    with pytest.raises(InputError, match="E051"):
        read_floors(str(bad))
    bad.write_text("[1, 2]")
    with pytest.raises(InputError, match="E051"):
        read_floors(str(bad))


@pytest.mark.parametrize("predicted, actor, gold, kind", [
    (None, None, "Beata Szydło", "speaker unresolved"),
    ("il", None, "Beata Szydło", "speaker unresolved"),
    ("la ministre", None, "Beata Szydło", "speaker unresolved"),
    ("déclaré", None, "Beata Szydło", "fragment speaker"),
    ("Beata Szydło et Andrzej", None, "Andrzej Duda Szydło-Kowalski", "fragment speaker"),
    ("Donald Tusk", "person:donald-tusk", "Beata Szydło", "wrong speaker"),
])
def test_speaker_errors_are_categorised(predicted, actor, gold, kind):
    assert speaker_error(predicted, actor, gold) == kind


def _quote(start, end, text, speaker=None):
    return Quote(start=start, end=end, text=text[start:end], type="indirect", speaker=Speaker(None, speaker),
                 cue=Cue("dit", 0, 3))


def test_quote_errors_are_categorised():
    text = "Marie dit que la pluie tombe. Paul pense que le soleil brille. Le chat dort ici ce matin."
    gold = {"id": "g", "text": text, "quotes": [
        {"quote": "la pluie tombe", "start": 14, "end": 28, "speaker": "Marie", "type": "indirect"},
        {"quote": "le soleil brille", "start": 45, "end": 61, "speaker": "Paul", "type": "indirect"}],
        "sources": [{"name": "AFP", "cue_text": "AFP", "start": 0, "end": 3}]}
    article = Article(id="g", text=text, quotes=[
        _quote(14, 28, text, "Paul"),      # right span, wrong speaker
        _quote(58, 61, text, "Paul"),      # touches the second quote, too little of it
        _quote(63, 80, text, "Le chat")],  # touches no gold quote
        sources=[Source("Reuters", None, 70, 75)])
    report = Report()
    score_article(gold, article, report)
    counts = report.error_counts()
    assert counts["wrong speaker"] == 1 and counts["span boundary"] == 1 and counts["extra quote"] == 1
    assert counts["missed source"] == 1 and counts["extra source"] == 1
    metrics = report.metrics()
    assert metrics["quote_r_30"] == 0.5 and metrics["speaker_accuracy"] == 0.0


def test_two_speakers_of_one_span_are_paired_with_the_entries_they_agree_with():
    # a minister's words relayed by an agency: the gold writes two entries on the same span
    # (GUIDELINES §2.5), and so does the prediction, listed in the other order
    text = "Le ministre a jugé la mesure injuste, selon l'agence Tass."
    gold = {"id": "s", "text": text, "quotes": [
        {"quote": "la mesure injuste", "start": 19, "end": 36, "speaker": "Le ministre", "type": "indirect"},
        {"quote": "la mesure injuste", "start": 19, "end": 36, "speaker": "Tass", "type": "indirect"}]}
    article = Article(id="s", text=text, quotes=[_quote(19, 36, text, "Tass"), _quote(19, 36, text, "Le ministre")])
    report = Report()
    score_article(gold, article, report)
    metrics = report.metrics()
    assert metrics["quote_f1_30"] == 1.0 and metrics["speaker_accuracy"] == 1.0
    # a prediction with one wrong speaker still scores one wrong speaker
    article = Article(id="s", text=text, quotes=[_quote(19, 36, text, "Tass"), _quote(19, 36, text, "Paul")])
    report = Report()
    score_article(gold, article, report)
    assert report.metrics()["speaker_accuracy"] == 0.5


def test_speaker_mention_is_scored_when_gold_gives_its_span():
    text = "He said the plan works."
    gold = {"id": "e", "lang": "en", "text": text, "quotes": [
        {"quote": "the plan works", "start": 8, "end": 22, "speaker": "He", "speaker_start": 0, "speaker_end": 2,
         "type": "indirect"}], "countries": [], "events": []}
    article = Article(id="e", text=text, quotes=[
        Quote(8, 22, "the plan works", "indirect", Speaker(None, "He", 0, 2), Cue("said", 3, 7))])
    report = Report()
    score_article(gold, article, report)
    metrics = report.metrics()
    assert metrics["speaker_mention_accuracy"] == 1.0
    # the speaker is a mention ("He"): the overlapping span is right, whatever name it resolves to
    assert metrics["speaker_accuracy"] == 1.0
    # layers the set does not annotate are left out, not shown as zeros
    assert report.countries.tp + report.countries.fp == 0
    assert not {"country_f1", "source_f1", "event_f1", "persons_found"} & set(metrics)


def test_a_wrong_speaker_mention_is_an_error_of_its_own():
    text = "He said the plan works, Ann replied."
    gold = {"id": "e", "lang": "en", "text": text, "quotes": [
        {"quote": "the plan works", "start": 8, "end": 22, "speaker": "He", "speaker_start": 0, "speaker_end": 2,
         "type": "indirect"}], "sources": [], "persons": [], "countries": [], "events": []}
    article = Article(id="e", text=text, quotes=[
        Quote(8, 22, "the plan works", "indirect", Speaker(None, "Ann", 24, 27), Cue("said", 3, 7))])
    report = Report()
    score_article(gold, article, report)
    assert report.metrics()["speaker_mention_accuracy"] == 0.0
    assert report.error_counts()["wrong speaker mention"] == 1


def test_a_state_named_only_as_a_place_is_still_an_event_side():
    # the record leaves "Liban" out of its actors (only "à Beyrouth"), but a visit's side is Lebanon
    from newsgraph.model import Actor, Event, EventActor
    text = "François Fillon s'est rendu à Beyrouth."
    gold = {"id": "v", "text": text, "quotes": [], "events": [
        {"actor1": "François Fillon", "type": "visit", "actor2": "LBN", "evidence": text, "start": 0, "end": 38}]}
    article = Article(id="v", text=text, actors=[Actor("person:francois-fillon", "François Fillon", "person", "FRA")],
                      events=[Event("CONSULT", "visit", EventActor("person:francois-fillon", "François Fillon"),
                                    EventActor("country:LBN", "Liban"), None, None, 0, 38)])
    report = Report()
    score_article(gold, article, report)
    assert report.events_typed.tp == 1 and report.events_typed.fp == 0


def test_typed_events_are_matched_one_to_one_at_best():
    # a gold "statement" fits ACCUSE and SUPPORT, a gold "accuse" only ACCUSE: both must be matched
    from newsgraph.model import Actor, Event, EventActor
    text = "La France accuse la Russie. La France salue la Russie."
    france, russia = EventActor("country:FRA", "France"), EventActor("country:RUS", "Russie")
    gold = {"id": "t", "text": text, "quotes": [], "events": [
        {"actor1": "FRA", "type": "statement", "actor2": "RUS", "evidence": text[28:], "start": 28, "end": 54},
        {"actor1": "FRA", "type": "accuse", "actor2": "RUS", "evidence": text[:27], "start": 0, "end": 27}]}
    article = Article(id="t", text=text, actors=[Actor("country:FRA", "France", "country", "FRA"),
                                                 Actor("country:RUS", "Russie", "country", "RUS")],
                      events=[Event("ACCUSE", None, france, russia, None, None, 0, 27),
                              Event("SUPPORT", None, france, russia, None, None, 28, 54)])
    report = Report()
    score_article(gold, article, report)
    assert report.events_typed.tp == 2 and report.events_typed.fp == 0


def test_a_three_letter_organisation_is_no_country_code():
    # the gold writes "CIA" and "ONU": organisations, not ISO codes
    from newsgraph.model import Actor, Event, EventActor
    text = "La CIA accuse la Russie."
    gold = {"id": "c", "text": text, "quotes": [], "events": [
        {"actor1": "CIA", "type": "accuse", "actor2": "RUS", "evidence": text, "start": 0, "end": 24}]}
    article = Article(id="c", text=text, actors=[Actor("org:cia", "CIA", "organization", "USA"),
                                                 Actor("country:RUS", "Russie", "country", "RUS")],
                      events=[Event("ACCUSE", None, EventActor("org:cia", "CIA"), EventActor("country:RUS", "Russie"),
                                    None, None, 0, 24)])
    report = Report()
    score_article(gold, article, report)
    assert report.events_typed.tp == 1


def test_a_side_written_as_in_the_text_is_the_actor_that_mention_stands_for():
    # "Bruxelles" for the EU institutions (GUIDELINES §7.2): the actor that mention stands for,
    # not another actor the gazetteer also knows as "Bruxelles" (the Commission)
    from newsgraph.model import Actor, Event, EventActor
    text = "Bruxelles a salué la Grèce."
    gold = {"id": "b", "text": text, "quotes": [], "events": [
        {"actor1": "Bruxelles", "type": "statement", "actor2": "GRC", "evidence": text, "start": 0, "end": 26}]}
    article = Article(id="b", text=text, actors=[Actor("org:commission-europeenne", "Commission européenne",
                                                       "organization", None),
                                                 Actor("org:ue", "Union européenne", "organization", None,
                                                       mentions=[[0, 9]]),
                                                 Actor("country:GRC", "Grèce", "country", "GRC", mentions=[[21, 26]])],
                      events=[Event("SUPPORT", None, EventActor("org:ue", "Union européenne"),
                                    EventActor("country:GRC", "Grèce"), None, None, 0, 26)])
    report = Report()
    score_article(gold, article, report)
    assert report.events_typed.tp == 1


def test_make_eval_press_scores_every_press_and_audit_set():
    # a set left out of PRESS_SETS is scored by nobody: `make eval-press` and `make eval-press-warts`
    # both read that one list
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    listed = makefile.split("PRESS_SETS :=", 1)[1].split("\n\n", 1)[0].replace("\\", " ").split()
    on_disk = sorted(f"eval/press/{p.name}" for p in (ROOT / "eval/press").iterdir() if p.is_dir())
    on_disk += sorted(f"eval/gold/{p.name}" for p in (ROOT / "eval/gold").glob("audit-*") if p.is_dir())
    assert sorted(listed) == sorted(on_disk)


def test_a_missed_event_is_the_gold_one_no_prediction_overlaps():
    # two gold events on one pair, one found in the second sentence: the first is the one missed
    from newsgraph.model import Actor, Event, EventActor
    text = "La France accuse la Russie. La France accuse encore la Russie."
    france, russia = EventActor("country:FRA", "France"), EventActor("country:RUS", "Russie")
    gold = {"id": "m", "text": text, "quotes": [], "events": [
        {"actor1": "FRA", "type": "accuse", "actor2": "RUS", "evidence": text[:27], "start": 0, "end": 27},
        {"actor1": "FRA", "type": "accuse", "actor2": "RUS", "evidence": text[28:], "start": 28, "end": 62}]}
    article = Article(id="m", text=text, actors=[Actor("country:FRA", "France", "country", "FRA"),
                                                 Actor("country:RUS", "Russie", "country", "RUS")],
                      events=[Event("ACCUSE", None, france, russia, None, None, 28, 62)])
    report = Report()
    score_article(gold, article, report)
    assert report.events_typed.tp == 1 and report.events_typed.fn == 1
    missed = [e for e in report.errors if e["kind"] == "missed event"]
    assert [e["evidence"] for e in missed] == [text[:27]]
