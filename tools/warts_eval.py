"""Gold figures of the tuning halves under each kind of wart alone (evaluate/warts.py), beside the
clean figures, the eval's default damage (KINDS together) and every kind together (ALL_KINDS):
which kinds cost quotes, speakers, sources, events. Tuning parts only (a folder of 30+ articles);
never a check article.

    python tools/warts_eval.py                              # dev, dev-2016-2018 and PolNeAR tuning
    python tools/warts_eval.py --kinds entity run_in        # some kinds only
    python tools/warts_eval.py eval/press/press-mixed-h     # other gold folders (their tuning half)
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = (ROOT / "eval/gold/dev", ROOT / "eval/gold/dev-2016-2018", ROOT.parent / "shared/gold/en-polnear")
METRICS = (("quote_f1_30", "q"), ("speaker_accuracy", "spk"), ("speaker_mention_accuracy", "spkm"),
           ("quote_speaker_f1", "qs"), ("source_f1", "src"), ("country_f1", "cty"), ("event_typed_f1", "ev"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", default=None)
    parser.add_argument("--kinds", nargs="*", default=None, help="kinds scored alone (default: every kind)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from newsgraph.evaluate import evaluate_sets
    from newsgraph.evaluate.gold import GoldSet, gold_sets, is_check
    from newsgraph.evaluate.warts import ALL_KINDS, KINDS, damaged

    base = []
    for directory in args.dirs or [str(d) for d in DEFAULT_DIRS if d.is_dir()]:
        part = "tuning" if len([n for n in os.listdir(directory) if n.endswith(".json")]) >= 30 \
            or os.path.exists(os.path.join(directory, "PARTS.tsv")) else "all"
        base += [s for s in gold_sets(directory, part) if not is_check(s.name)]
    runs = [("clean", None), ("+warts", KINDS), ("+all", ALL_KINDS)]
    runs += [(kind, (kind,)) for kind in (args.kinds or ALL_KINDS)]
    sets = [GoldSet(f"{s.name}|{label}", s.golds if kinds is None else tuple(damaged(g, kinds) for g in s.golds))
            for label, kinds in runs for s in base]
    reports = evaluate_sets(sets)
    for s in base:
        print(f"\n{s.name} ({len(s.golds)} articles)")
        print(f"{'':16}" + "".join(f"{short:>8}" for _, short in METRICS))
        clean = reports[f"{s.name}|clean"].metrics()
        for label, _ in runs:
            metrics = reports[f"{s.name}|{label}"].metrics()
            row = f"{label:16}"
            for key, _ in METRICS:
                value, was = metrics.get(key), clean.get(key)
                if value is None:
                    row += f"{'-':>8}"
                elif label == "clean" or abs(value - was) < 0.0005:
                    row += f"{value:>8.3f}"
                else:
                    row += f"{value - was:>+8.3f}"
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
