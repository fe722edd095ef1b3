"""List the string literals of Python files that hold a word (two letters or more in a row): the
check that rule code holds no words of a language (they belong in `lang/<xx>/`).

    python tools/word_literals.py src/newsgraph/nlp/quotes.py src/newsgraph/nlp/reports.py

Prints `file:line: literal` for each literal outside docstrings, so what remains can be read and
justified (spaCy tags and labels, attribute names, Unicode punctuation, error messages).
"""
from __future__ import annotations

import ast
import re
import sys

WORD = re.compile(r"[^\W\d_]{2,}")


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are docstrings."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                found.add(id(body[0].value))
    return found


def word_literals(path: str) -> list[tuple[int, str]]:
    """(line, literal) of the string literals of a file that contain a word."""
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read(), path)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip \
                and WORD.search(node.value):
            found.append((node.lineno, node.value))
    return sorted(found)


def main(paths: list[str]) -> int:
    for path in paths:
        for line, value in word_literals(path):
            print(f"{path}:{line}: {value!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
