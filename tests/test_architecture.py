"""The house rules, checked: imports only run downward, no two modules import each other, no
module is over 600 lines, and the whole package has a place in the data flow
(docs/architecture.md draws it)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "src" / "newsgraph"
MAX_LINES = 600

# The data flow, bottom up: a module may import modules of a lower layer, and modules of its
# own package; never a higher layer. (docs/architecture.md explains each layer.)
LAYERS = [
    {"errors", "model", "days", "limits", "textfold", "server_claim", "data", "schema"},  # records, rules
    {"lang"},                                                             # language packs (data)
    {"gazetteer_data"},                                                   # world knowledge: the data files read
    {"gazetteer"},                                                        # world knowledge: indexed for lookups
    {"nlp", "store", "ingest", "windows", "budget", "langid"},            # analysis, storage, reading
    {"extract", "graph"},                                                 # Doc -> records; relations
    {"process"},                                                          # articles in, records out
    {"evaluate", "ingestion", "workers", "dedup", "clusters", "explain"},  # library verbs over process
    {"web", "client", "spark"},                                           # serving helpers, Spark job
    {"api"},                                                              # the server
    {"cli_output", "cli_server", "cli_scale", "cli_eval", "cli_graph"},   # command-line helpers
    {"cli"},                                                              # the commands
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """The newsgraph modules a module imports, at top level or inside functions."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", None) == "TYPE_CHECKING" for n in ast.walk(block)}
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue  # annotations only: no import at run time
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.startswith("newsgraph"):
                targets.add(module)
                targets.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names if alias.name.startswith("newsgraph"))
    return targets


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_top_level_module_has_a_layer():
    tops = {_top(name) for name in _modules()} - {""}
    assert tops <= set(RANK), f"place these in LAYERS (and docs/architecture.md): {sorted(tops - set(RANK))}"


def test_imports_only_run_downward():
    modules = _modules()
    wrong = []
    for name, path in modules.items():
        if name == "newsgraph":
            continue  # the package's public face re-exports the library verbs
        here = _top(name)
        for target in _imports(name, path):
            there = _top(target)
            if there and there != here and there in RANK and RANK[there] > RANK[here]:
                wrong.append(f"{name} imports {target} (layer {RANK[there]} above {RANK[here]})")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_two_modules_import_each_other():
    modules = _modules()
    edges = {name: {t for t in _imports(name, path) if t in modules and t != name}
             for name, path in modules.items()}
    pairs = sorted({tuple(sorted((a, b))) for a, targets in edges.items() for b in targets
                    if a in edges.get(b, ()) and not (b.startswith(a + ".") or a.startswith(b + "."))})
    assert not pairs, pairs


def test_no_module_is_over_600_lines():
    long = {str(path.relative_to(PACKAGE)): n for path in PACKAGE.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, long


def test_the_analysis_reads_the_docs_text_joined_once():
    # spaCy rebuilds `doc.text` from every token at each access: inside the per-quote and per-token
    # loops of the components it cost 8% of the English run once (nlp/textutil.text_of joins it once)
    rebuilt = re.compile(r"\bdoc\.text\b")
    found = {str(path.relative_to(PACKAGE)): n for path in (PACKAGE / "nlp").rglob("*.py")
             if path.name != "textutil.py"
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if rebuilt.search(line.split("#")[0])}
    assert not found, found
