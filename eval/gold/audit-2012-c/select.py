"""Select the 20 articles of the audit-2012-c set (stdlib only).

Rule: the same ranking as ../audit-2012/select.py. Among corpus/wikinews-fr-2012/*.html whose id
is not annotated in ../dev/ (wikinews-NNNNN.json), build each text with html_to_text
(headline + "\\n\\n" + paragraphs) and score it by
    score = count("«") + count(" selon ") + count("déclar") + count("estim") + count("affirm")
(plain, case-sensitive substring counts on the text). Sort by score (descending), ties broken by
id (ascending). ../audit-2012/ holds ranks 1-20 and ../audit-2012-b/ ranks 21-40; this set takes
the next 20 (ranks 41-60), i.e. the 20 highest of the same ranking once the ids of ../dev/,
../audit-2012/ and ../audit-2012-b/ are excluded. Only pages with a non-zero score are taken.

Usage (from this folder):
    python3 select.py /work/shared/gold/html_to_text.py
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev")
AUDIT = os.path.join(HERE, "..", "audit-2012")
AUDIT_B = os.path.join(HERE, "..", "audit-2012-b")
SKIP = 40   # ranks held by ../audit-2012/ (1-20) and ../audit-2012-b/ (21-40)
N = 20


def _first_set_rule():
    """../audit-2012/select.py, whose score and page reader this ranking shares (loaded by path:
    a module named "select" would be the standard library's)."""
    spec = importlib.util.spec_from_file_location("audit_2012_select", os.path.join(AUDIT, "select.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RULE = _first_set_rule()


def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    held = RULE.ids_in(AUDIT) | RULE.ids_in(AUDIT_B)
    rows = RULE.ranking(RULE.load_html_to_text(argv[1]), RULE.ids_in(DEV))
    # ranks 1-40 must be exactly the ids of ../audit-2012/ and ../audit-2012-b/ (a consistency check)
    first = {aid for _, aid in rows[:SKIP]}
    if first != held:
        sys.exit(f"ranks 1-{SKIP} differ from ../audit-2012/ + ../audit-2012-b/: {sorted(first ^ held)}")
    rest = [(neg, aid) for neg, aid in rows if aid not in held and neg < 0]
    if len(rest) < N:
        print(f"# only {len(rest)} pages left with a non-zero score", file=sys.stderr)
    for neg, aid in rest[:N]:
        print(f"{aid}\t{-neg}")


if __name__ == "__main__":
    main(sys.argv)
