"""The gazetteer scan (nlp/name_scan): one automaton, the same hits as the regex alternation it replaced."""
from __future__ import annotations

import json
import re

from conftest import ROOT
from newsgraph.gazetteer import load_gazetteer
from newsgraph.nlp.gazetteer_scan import gaz_scanner, scanned_forms
from newsgraph.nlp.name_scan import NameScanner
from newsgraph.textfold import fold_same_length


def regex_hits(forms, text):
    """The reference: every form, longest first, between word boundaries, left to right."""
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return [m.span(1) for m in re.finditer(rf"(?<![\w\-])({alternation})(?![\w\-])", text)]


def test_longest_name_first_word_boundaries_and_no_overlap():
    scanner = NameScanner(["corée", "corée du nord", "nord", "ue", "u.s."])
    text = "la corée du nord, l'ue et la queue; u.s.u.s. nord-est"
    assert scanner.find(text) == regex_hits(["corée", "corée du nord", "nord", "ue", "u.s."], text)
    # not "queue" nor "nord-est"; the second "u.s." of "u.s.u.s." follows a dot, not a letter
    assert [text[s:e] for s, e in scanner.find(text)] == ["corée du nord", "ue", "u.s."]
    assert NameScanner([]).find(text) == []


def test_the_scan_finds_what_the_regex_found_on_the_bundled_corpus():
    gaz = load_gazetteer()
    forms, scanner = scanned_forms(gaz), gaz_scanner(gaz)
    lines = (ROOT / "corpus" / "wikinews-fr-2016-2018" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [fold_same_length(json.loads(line)["text"]) for line in lines[:25]]
    assert texts
    for text in texts:
        assert scanner.find(text) == regex_hits(forms, text)
