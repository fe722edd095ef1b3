"""Snapshot the records of a set of texts, and diff two snapshots: the guard of behaviour-neutral
refactors ("the same records before and after").

    python tools/records_diff.py snapshot before.jsonl            # bundled corpus + ../shared gold texts
    python tools/records_diff.py snapshot after.jsonl
    python tools/records_diff.py snapshot after-2.jsonl --workers 2   # the same through 2 worker processes
    python tools/records_diff.py diff before.jsonl after.jsonl     # prints every changed field; exit 1 if any

The texts are every article of `corpus/` and, when `../shared` is beside the repository, the
2016-2018 Wikinews corpus and the texts of every French gold set there. Records are written one
per line, keyed by id, with the fields that depend on analysis only (no origin).

A changed record of an article in a gold set's check part is counted, never printed: the check
part is read for its figures only, as `newsgraph eval --errors` never prints its errors. A check
article is known by its id and by its text, since the bundled corpus holds copies of gold
articles under ids of its own.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def articles():
    """Every text to snapshot, as Article records, in a stable order."""
    from newsgraph.ingest import read_paths
    from newsgraph.ingest.text import make_article
    from newsgraph.model import Article

    seen = set()
    paths = [str(ROOT / "corpus")]
    extra = SHARED / "corpus" / "wikinews-fr-2016-2018" / "articles.jsonl"
    if extra.exists():
        paths.append(str(extra))
    for item in read_paths(paths):
        if isinstance(item, Article) and item.id not in seen:
            seen.add(item.id)
            yield item
    for gold_dir in sorted((SHARED / "gold").glob("*/")):
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if "text" not in gold or gold.get("id") in seen:
                continue
            seen.add(gold.get("id"))
            article = make_article(gold["text"], str(path), id=gold.get("id"),
                                   published=gold.get("published"), lang=gold.get("lang"))
            yield article


def check_golds() -> list[dict]:
    """Every check-part article of the gold folders beside and inside the repository
    (../shared/gold, eval/gold, eval/press), by the split each folder declares or the fixed rule."""
    from newsgraph.errors import InputError
    from newsgraph.evaluate.gold import gold_sets

    golds: list[dict] = []
    folders = [*(SHARED / "gold").glob("*/"), *(ROOT / "eval" / "gold").glob("*/"), *(ROOT / "eval" / "press").glob("*/")]
    for folder in sorted(folders):
        if not any(folder.glob("*.json")):
            continue
        try:
            parts = gold_sets(str(folder), part="check")
        except InputError:
            continue  # (a folder that is no gold set: nothing of it is check)
        golds.extend(gold for part in parts for gold in part.golds)
    return golds


def check_ids() -> frozenset[str]:
    """The ids of every check-part article (check_golds)."""
    return frozenset(str(gold["id"]) for gold in check_golds())


def _letters(text: str) -> str:
    """A text's words in lower case, one space apart: copies of one article read from HTML and
    from JSON differ in spaces, line breaks and punctuation, not in their words."""
    return " ".join(re.findall(r"\w+", text.lower()))


def check_probes(golds: list[dict] | None = None) -> frozenset[str]:
    """Three runs of 60 letters from the middle of every check article's text: a record whose
    text holds one of them is a copy of a check article (under another id, as the corpus has)."""
    probes = set()
    for gold in check_golds() if golds is None else golds:
        words = _letters(gold.get("text") or "")
        if len(words) < 240:
            continue
        probes.update(words[int(len(words) * f):][:60] for f in (0.25, 0.5, 0.75))
    return frozenset(probes)


def is_check_copy(record: dict, probes: frozenset[str]) -> bool:
    words = _letters(record.get("text") or "")
    return any(probe in words for probe in probes)


def snapshot(output: str, workers: int = 1) -> None:
    from newsgraph.process import BATCH_SIZE, process
    from newsgraph.workers import process_in_workers
    count = 0
    with open(output, "w", encoding="utf-8") as handle:
        def failed(error) -> None:  # (with one process a failure stays in its record's warnings)
            handle.write(json.dumps({"id": error.article_id, "error": str(error)}, ensure_ascii=False) + "\n")
        records = process(articles()) if workers == 1 else \
            process_in_workers(articles(), workers, batch_size=BATCH_SIZE, on_error=failed)
        for record in records:
            data = record.to_dict()
            data.pop("origin", None)
            handle.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"wrote {count} records to {output}")


def _load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        return {r["id"]: r for r in map(json.loads, handle)}


def diff(before: str, after: str, limit: int, hidden: frozenset[str] = frozenset(),
         probes: frozenset[str] = frozenset()) -> int:
    """Print what changed between two snapshots, record by record (a record in `hidden`, or whose
    text holds one of `probes`, only by its id and the number of fields that changed); the exit
    status is 1 if any record differs."""
    old, new = _load(before), _load(after)
    changed = 0
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        changed += 1
        if changed > limit:
            continue
        if a is None or b is None:
            print(f"{key}: only in {'after' if a is None else 'before'}")
            continue
        if key in hidden or is_check_copy(a, probes) or is_check_copy(b, probes):
            fields = sum(a.get(f) != b.get(f) for f in set(a) | set(b))
            print(f"{key}: {fields} field(s) differ (a check-part article: not shown)")
            continue
        for field in sorted(set(a) | set(b)):
            if a.get(field) != b.get(field):
                va, vb = a.get(field), b.get(field)
                if isinstance(va, list) and isinstance(vb, list):
                    gone = [x for x in va if x not in vb]
                    came = [x for x in vb if x not in va]
                    print(f"{key} {field}: -{len(gone)} +{len(came)}")
                    for x in gone[:3]:
                        print(f"   - {json.dumps(x, ensure_ascii=False)[:200]}")
                    for x in came[:3]:
                        print(f"   + {json.dumps(x, ensure_ascii=False)[:200]}")
                else:
                    print(f"{key} {field}: {va!r:.80} -> {vb!r:.80}")
    print(f"{len(old)} records before, {len(new)} after, {changed} differ")
    return 1 if changed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="analyze every text and write the records")
    snap.add_argument("output")
    snap.add_argument("--workers", type=int, default=1, help="analysis processes (default 1)")
    cmp_ = sub.add_parser("diff", help="compare two snapshots")
    cmp_.add_argument("before")
    cmp_.add_argument("after")
    cmp_.add_argument("--limit", type=int, default=50, help="records to detail (default 50)")
    args = parser.parse_args()
    if args.command == "snapshot":
        snapshot(args.output, args.workers)
    else:
        golds = check_golds()
        hidden = frozenset(str(gold["id"]) for gold in golds)
        sys.exit(diff(args.before, args.after, args.limit, hidden, check_probes(golds)))


if __name__ == "__main__":
    main()
