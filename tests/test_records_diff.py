"""tools/records_diff.py: a changed record of a check-part article is counted, never printed."""
import importlib.util
import json
from pathlib import Path

from newsgraph.evaluate.gold import gold_sets

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("records_diff", ROOT / "tools" / "records_diff.py")
records_diff = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(records_diff)


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_a_hidden_record_shows_its_id_and_count_but_not_its_content(tmp_path, capsys):
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    _write(before, [{"id": "open", "quotes": ["la paix"]}, {"id": "held", "quotes": ["le secret"]}])
    _write(after, [{"id": "open", "quotes": ["la guerre"]}, {"id": "held", "quotes": ["le sésame"]}])
    status = records_diff.diff(str(before), str(after), 50, frozenset({"held"}))
    out = capsys.readouterr().out
    assert status == 1
    assert "la guerre" in out and "held: 1 field(s) differ" in out
    assert "sésame" not in out and "secret" not in out


def test_check_ids_hold_the_check_part_and_not_the_tuning_part():
    folder = str(ROOT / "eval" / "gold" / "dev-2016-2018")
    check = {str(g["id"]) for s in gold_sets(folder, part="check") for g in s.golds}
    tuning = {str(g["id"]) for s in gold_sets(folder, part="tuning") for g in s.golds}
    ids = records_diff.check_ids()
    assert check and check <= ids
    assert not tuning & ids


def test_a_copy_of_a_check_article_under_another_id_is_hidden_by_its_text(tmp_path, capsys):
    words = " ".join(f"mot{i}" for i in range(120))
    probes = records_diff.check_probes([{"id": "gold-7", "text": words}])
    copy = "Titre\n\n" + words.replace(" mot60 ", ",  mot60\n")  # (the bundled copy: other spaces)
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    _write(before, [{"id": "h1", "text": copy, "quotes": ["le secret"]},
                    {"id": "h2", "text": "autre chose " * 40, "quotes": ["la paix"]}])
    _write(after, [{"id": "h1", "text": copy, "quotes": ["le sésame"]},
                   {"id": "h2", "text": "autre chose " * 40, "quotes": ["la guerre"]}])
    status = records_diff.diff(str(before), str(after), 50, frozenset(), probes)
    out = capsys.readouterr().out
    assert status == 1
    assert "la guerre" in out and "h1: 1 field(s) differ" in out
    assert "sésame" not in out and "secret" not in out
