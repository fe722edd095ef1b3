"""Select the 25 articles of the audit-2012-d set (stdlib only).

Rule: the same ranking as ../audit-2012/select.py. Among corpus/wikinews-fr-2012/*.html whose id
is not annotated in ../dev/ (wikinews-NNNNN.json), build each text with html_to_text
(headline + "\\n\\n" + paragraphs) and score it by
    score = count("«") + count(" selon ") + count("déclar") + count("estim") + count("affirm")
(plain, case-sensitive substring counts on the text). Sort by score (descending), ties broken by
id (ascending). ../audit-2012/ holds ranks 1-20, ../audit-2012-b/ ranks 21-40 and
../audit-2012-c/ ranks 41-60; this set takes all the rest (ranks 61-85, n=25), zero scores
included (positive_only=False): with it, every page of the corpus is annotated.

Usage (from this folder):
    python3 select.py /work/shared/gold/html_to_text.py
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 25

if __name__ == "__main__":
    # ../audit-2012/select.py holds the score, the ranking and the command (loaded by path: a
    # module named "select" would be the standard library's)
    spec = importlib.util.spec_from_file_location("rule", os.path.join(HERE, "..", "audit-2012", "select.py"))
    rule = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rule)
    held = [os.path.join(HERE, "..", d) for d in ["audit-2012", "audit-2012-b", "audit-2012-c"]]
    rule.print_next(sys.argv, __doc__, held, n=N, positive_only=False)
