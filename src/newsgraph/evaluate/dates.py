"""Score the date normaliser against a gold table (eval/dates_fr.tsv).

The table is tab-separated with a header: published, sentence, expression, value, kind.
A row is right when find_dates(sentence, published) returns a date with exactly that
text, value and kind; a row whose expression is empty is right when nothing is found.
The table's language is named by its file (`dates_<lang>.tsv`) unless given.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from newsgraph.lang import load_pack
from newsgraph.nlp.dates import find_dates

COLUMNS = ("published", "sentence", "expression", "value", "kind")


def read_date_table(path: str | Path) -> list[dict[str, str]]:
    """The rows of a gold table, as dicts keyed by COLUMNS."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}")
        return [{k: (row[k] or "") for k in COLUMNS} for row in reader]


def table_language(path: str | Path) -> str:
    """The language code a gold table's name ends with ('dates_fr.tsv' -> 'fr')."""
    match = re.search(r"_([a-z]{2,3})$", Path(path).stem)
    if not match:
        raise ValueError(f"{path}: name the table dates_<lang>.tsv or give its language")
    return match.group(1)


def score_date_table(path: str | Path, lang: str | None = None) -> dict:
    """Accuracy of find_dates on the table, with one detail record per wrong row."""
    pack = load_pack(lang or table_language(path))
    rows = read_date_table(path)
    right = 0
    errors = []
    for line, row in enumerate(rows, start=2):
        refs = find_dates(row["sentence"], row["published"] or None, pack)
        if row["expression"]:
            ok = any(r.text == row["expression"] and (r.value or "") == row["value"]
                     and r.kind == row["kind"] for r in refs)
        else:
            ok = not refs
        if ok:
            right += 1
        else:
            errors.append({
                "line": line,
                "published": row["published"],
                "sentence": row["sentence"],
                "expected": (row["expression"], row["value"], row["kind"]),
                "found": [(r.text, r.value, r.kind) for r in refs],
            })
    n = len(rows)
    return {"rows": n, "right": right, "accuracy": right / n if n else 0.0, "errors": errors}


if __name__ == "__main__":  # python -m newsgraph.evaluate.dates eval/dates_fr.tsv
    import sys

    result = score_date_table(sys.argv[1] if len(sys.argv) > 1 else "eval/dates_fr.tsv")
    for error in result["errors"]:
        print(f"line {error['line']}: expected {error['expected']} found {error['found']}")
        print(f"    {error['sentence']} [{error['published']}]")
    print(f"{result['right']}/{result['rows']} = {result['accuracy']:.3f}")
