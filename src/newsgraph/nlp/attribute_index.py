"""The model's attribute ruler, matched through an index on each pattern's first token.

spaCy's `AttributeRuler` sets POS, morphology and a few lemmas from token patterns (180 of them
in the English model, 23 in the French one) with a `Matcher`, which tries every pattern at every
token: on English news it cost as much CPU as the parser. Almost every pattern asks for an exact
value of its first token (`{"TAG": "NN"}`, `{"LOWER": "wo", "TAG": "MD"}`), so a table from
that value to the patterns finds the same candidates for a token with one dictionary look-up,
and only those are tested in full. The matches, and so every annotation, are the same (a test
compares the two on real text); they are applied as the ruler's own `set_annotations` does,
token by token, without its Span per match (`DirectRulerAnnotations`).

Only the pattern syntax the shipped models use is read: string attributes compared for
equality or with IN / NOT_IN / REGEX, and boolean flags. A ruler with any other pattern
(operators, numeric comparisons, extension attributes…) keeps spaCy's matcher unchanged.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import set_token_attrs  # what the ruler itself sets a token with
from spacy.tokens import Doc

# pattern keys read as a string attribute (compared as the string's hash, as the Matcher does)
_STRING_KEYS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "NORM": "NORM", "TAG": "TAG",
                "POS": "POS", "DEP": "DEP", "LEMMA": "LEMMA", "SHAPE": "SHAPE", "ENT_TYPE": "ENT_TYPE"}
# pattern keys read as a boolean flag (0 or 1 in the token array)
_FLAG_KEYS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE",
              "IS_STOP", "LIKE_NUM")
# attributes whose exact value can index a pattern, the most selective first
_INDEX_KEYS = ("LOWER", "ORTH", "TEXT", "NORM", "LEMMA", "TAG", "DEP", "POS", "SHAPE", "ENT_TYPE")

# one condition on one token: (column, operator, argument); a column is an attribute of the array
Check = tuple[str, str, object]


class _Unsupported(Exception):
    """A pattern this index does not read: the ruler keeps spaCy's matcher."""


class IndexedRulerMatch:
    """A drop-in for `AttributeRuler.match`: the same sorted (rule, key, start, end) list."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.strings = ruler.vocab.strings
        by_value: dict[str, dict[int, list]] = {}        # attribute -> value -> candidate rules
        self.anywhere: list = []                          # rules with no exact first value
        columns: set[str] = set()                         # the token attributes the rules read
        for number, entry in enumerate(ruler.patterns):
            rule = (number, self.strings.add(str(number)))
            for pattern in entry["patterns"]:
                if not pattern:
                    raise _Unsupported(pattern)
                checks = [self._token_checks(spec) for spec in pattern]
                columns.update(attr for token in checks for attr, _, _ in token)
                indexed = self._index_values(pattern[0])
                if indexed is None:
                    self.anywhere.append((rule, checks))
                    continue
                attr, values = indexed
                if len(values) == 1:  # the table look-up is that condition: not tested again
                    checks[0] = [check for check in checks[0] if check != (attr, "==", values[0])]
                table = by_value.setdefault(attr, {})
                for value in dict.fromkeys(values):
                    table.setdefault(value, []).append((rule, checks))
        self.columns = tuple(sorted(columns))
        position = {attr: index for index, attr in enumerate(self.columns)}

        def flat(candidate):  # (rule, pattern length, [(offset, column, operator, argument)])
            rule, checks = candidate
            return rule, len(checks), [(offset, position[attr], operator, argument)
                                       for offset, token in enumerate(checks)
                                       for attr, operator, argument in token]
        self.anywhere = [flat(candidate) for candidate in self.anywhere]
        self.keyed = [(position[attr], {value: [flat(candidate) for candidate in candidates]
                                        for value, candidates in table.items()})
                      for attr, table in by_value.items()]

    def _id(self, value: str) -> int:
        return self.strings.add(value) if value else 0  # the empty string is 0 in a token array

    def _value_checks(self, attr: str, value) -> list[Check]:
        """The conditions of one string attribute against a pattern value."""
        if isinstance(value, str):
            return [(attr, "==", self._id(value))]
        if not isinstance(value, dict) or not value or set(value) - {"IN", "NOT_IN", "REGEX"}:
            raise _Unsupported(value)
        checks: list[Check] = []
        if "IN" in value:
            checks.append((attr, "in", frozenset(map(self._id, value["IN"]))))
        if "NOT_IN" in value:
            checks.append((attr, "not in", frozenset(map(self._id, value["NOT_IN"]))))
        if "REGEX" in value:
            checks.append((attr, "regex", self._regex_test(value["REGEX"])))
        return checks

    def _regex_test(self, expression: str):
        """Whether the string of a value matches, remembered per value (few distinct words)."""
        search, known = re.compile(expression).search, {}

        def test(value: int) -> bool:
            if value not in known:
                known[value] = search(self.strings[value] if value else "") is not None
            return known[value]
        return test

    def _token_checks(self, spec: dict) -> list[Check]:
        """The conditions of one token pattern (every one must hold)."""
        checks: list[Check] = []
        for key, value in spec.items():
            if key in _STRING_KEYS:
                checks.extend(self._value_checks(_STRING_KEYS[key], value))
            elif key in _FLAG_KEYS and isinstance(value, bool):
                checks.append((key, "==", int(value)))
            else:
                raise _Unsupported(key)
        return checks

    def _index_values(self, spec: dict) -> tuple[str, tuple[int, ...]] | None:
        """The attribute and the exact values a first-token pattern requires, or None."""
        for key in _INDEX_KEYS:
            value = spec.get(key)
            if isinstance(value, str):
                return _STRING_KEYS[key], (self._id(value),)
            if isinstance(value, dict) and "IN" in value:
                return _STRING_KEYS[key], tuple(map(self._id, value["IN"]))
        for key in _FLAG_KEYS:
            if isinstance(spec.get(key), bool):
                return key, (int(spec[key]),)
        return None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(list(self.columns)).tolist() if len(doc) else []
        if len(self.columns) == 1:
            rows = [[value] for value in rows]
        size = len(rows)
        found = set()
        for start, row in enumerate(rows):
            candidates = [*self.anywhere]
            for column, table in self.keyed:
                candidates.extend(table.get(row[column], ()))
            for rule, length, flat in candidates:
                end = start + length
                if end > size:
                    continue
                for offset, column, operator, argument in flat:
                    value = rows[start + offset][column]
                    if operator == "==":
                        held = value == argument
                    elif operator == "in":
                        held = value in argument
                    elif operator == "not in":
                        held = value not in argument
                    else:
                        held = argument(value)
                    if not held:
                        break
                else:
                    found.add((*rule, start, end))
        return sorted(found)


class DirectRulerAnnotations:
    """A drop-in for `AttributeRuler.set_annotations`: each match's attributes set on its token,
    found as `doc[start + index]` (or `end + index` for a negative index) rather than through a
    Span built per match, which was two thirds of the ruler's annotation time (a match for most
    tokens of English text). The token, the attributes and their order are the ruler's; a match
    whose index falls outside it is left to spaCy's own method, which raises its error."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler

    def __call__(self, doc: Doc, matches) -> None:
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for number, (attr_id, _, start, end) in enumerate(matches):
            index = indices[attr_id]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                AttributeRuler.set_annotations(self.ruler, doc, matches[number:])
                return
            set_token_attrs(doc[position], attrs[attr_id])


def index_attribute_rulers(nlp: Language) -> None:
    """Give each attribute ruler of the pipeline the indexed match, where its patterns allow, and
    the direct annotation."""
    for _, component in nlp.pipeline:
        if not isinstance(component, AttributeRuler) or not len(component.attrs):
            continue
        component.set_annotations = DirectRulerAnnotations(component)
        try:
            component.match = IndexedRulerMatch(component)
        except (_Unsupported, re.error):
            continue
