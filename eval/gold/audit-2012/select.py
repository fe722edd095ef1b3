"""Select the 20 articles of the audit-2012 set (stdlib only).

Rule: among corpus/wikinews-fr-2012/*.html whose id is not annotated in ../dev/
(wikinews-NNNNN.json), build each text with html_to_text (headline + "\\n\\n" + paragraphs)
and score it by
    score = count("«") + count(" selon ") + count("déclar") + count("estim") + count("affirm")
(plain, case-sensitive substring counts on the text). Take the 20 highest scores; ties are
broken by id (ascending).

Usage (from this folder):
    python3 select.py /work/shared/gold/html_to_text.py
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus", "wikinews-fr-2012")
DEV = os.path.join(HERE, "..", "dev")
N = 20


def load_html_to_text(path):
    spec = importlib.util.spec_from_file_location("html_to_text", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.html_to_text


def score(text):
    return (text.count("«") + text.count(" selon ") + text.count("déclar")
            + text.count("estim") + text.count("affirm"))


def ids_in(folder):
    """The article ids a gold folder annotates (its wikinews-NNNNN.json files)."""
    return {n[len("wikinews-"):-len(".json")] for n in os.listdir(folder)
            if n.startswith("wikinews-") and n.endswith(".json")}


def ranking(html_to_text, excluded):
    """(-score, id) of every corpus page whose id is not excluded, best first, ties by id."""
    rows = []
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".html"):
            continue
        aid = name[:-len(".html")]
        if aid in excluded:
            continue
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            rows.append((-score(html_to_text(f.read())), aid))
    return sorted(rows)


def next_ranks(html_to_text_path, held_folders, n=N, positive_only=False):
    """The n pages ranked right after those the held gold folders annotate (the later audit-2012-*
    sets), as (-score, id). The held folders must be exactly the first ranks: a consistency check
    of the rule, which exits with the difference otherwise."""
    held = set().union(*(ids_in(folder) for folder in held_folders))
    rows = ranking(load_html_to_text(html_to_text_path), ids_in(DEV))
    first = {aid for _, aid in rows[:len(held)]}
    if first != held:
        sys.exit(f"ranks 1-{len(held)} differ from the held sets: {sorted(first ^ held)}")
    rest = [(neg, aid) for neg, aid in rows[len(held):] if neg < 0 or not positive_only]
    if len(rest) < n:
        print(f"# only {len(rest)} pages left", file=sys.stderr)
    return rest[:n]


def print_next(argv, usage, held_folders, n=N, positive_only=False):
    """The command of the later audit-2012-* sets: print the n pages ranked after the held sets."""
    if len(argv) != 2:
        sys.exit(usage)
    for neg, aid in next_ranks(argv[1], held_folders, n=n, positive_only=positive_only):
        print(f"{aid}\t{-neg}")


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    for neg, aid in ranking(load_html_to_text(argv[1]), ids_in(DEV))[:N]:
        print(f"{aid}\t{-neg}")


if __name__ == "__main__":
    main(sys.argv)
