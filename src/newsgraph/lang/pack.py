"""A language pack: the words, patterns and parse labels of one language, as data files.

In the manner of spaCy's `spacy/lang/<xx>/`, `newsgraph/lang/<xx>/` holds everything the rule
code needs to know about a language: speech verbs and their frames, attribution markers, role
and speaker nouns, pronouns, negations, date words, event predicates, and the names of the
dependency labels its spaCy model uses. Rule code holds no words of any language; it asks the
pack of the Doc it reads (`nlp.context.pack_of(doc)`), so a new language is a new pack and a
model, not new code.

One loader reads every file and checks it:
- every file opens with a comment header that says where its content comes from
  (`# source: …`);
- `.txt`: one entry per line (lines starting with `#` are comments);
- `.tsv`: the first line after the header names the columns; every row has that many cells;
- `pack.toml`: the pack's metadata (`[pack]`: code, name, model, source), the dependency labels
  (`[labels]`), how the model's entity types map to the classes the rules read (`[entities]`),
  named regular expressions (`[patterns]`, compiled once; `[flags]` gives per-pattern flags as
  letters: i = IGNORECASE, m = MULTILINE, x = VERBOSE) and what the language does not have
  (`[absent]`: `files`, data files the rules may read that this pack leaves out on purpose,
  read as empty; `word_roles`, roles of attribution_words.tsv with no word in this language);
- other `.toml` files: pattern templates (`templates(name)`): grammar written as regular
  expressions whose `{slot}`s the loader fills from the pack's word tables, so a word lives in
  one table and every pattern that needs it reads it from there.
A bad file raises `PackError` naming the file and line.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, NoReturn

from ..errors import PackError

_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "x": re.VERBOSE, "s": re.DOTALL}


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a pack table, with where it came from (for error messages)."""

    cells: dict[str, str]
    origin: str  # "lang/fr/speech_verbs.tsv:12"

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def get(self, column: str, default: str = "") -> str:
        return self.cells.get(column) or default


class LanguagePack:
    """The data of one language, read lazily and once per file."""

    def __init__(self, code: str, root: Traversable):
        self.code = code
        self.root = root
        self._words: dict[tuple[str, bool], frozenset[str]] = {}
        self._lists: dict[str, tuple[str, ...]] = {}
        self._tables: dict[str, tuple[Row, ...]] = {}
        self._documents: dict[str, dict[str, Any]] = {}
        self._templates: dict[str, dict[str, re.Pattern[str]]] = {}
        meta = self._toml("pack.toml")
        for key in ("pack", "labels"):
            if key not in meta:
                raise PackError(f"{self._where('pack.toml')}: missing the [{key}] table")
        info = meta["pack"]
        for key in ("code", "name", "model", "source"):
            if not isinstance(info.get(key), str) or not info[key]:
                raise PackError(f"{self._where('pack.toml')}: [pack] needs a non-empty {key!r}")
        if info["code"] != code:
            raise PackError(f"{self._where('pack.toml')}: [pack] code is {info['code']!r}, not {code!r}")
        self.name: str = info["name"]
        self.model: str = info["model"]
        self.meta: dict[str, Any] = meta
        self.labels: dict[str, tuple[str, ...]] = {
            name: tuple(value) if isinstance(value, list) else (value,)
            for name, value in meta["labels"].items()}
        self.entity_types: dict[str, str] = dict(meta.get("entities", {}))
        absent = meta.get("absent", {})
        for key in ("files", "word_roles"):
            if not isinstance(absent.get(key, []), list):
                raise PackError(f"{self._where('pack.toml')}: [absent] {key} must be a list of names")
        self.absent_files: frozenset[str] = frozenset(absent.get("files", ()))
        self.absent_roles: frozenset[str] = frozenset(absent.get("word_roles", ()))
        present = [name for name in self.absent_files
                   if any(root.joinpath(f"{name}.{ext}").is_file() for ext in ("txt", "tsv", "toml"))]
        if present:
            raise PackError(f"{self._where('pack.toml')}: [absent] files names {', '.join(sorted(present))}, "
                            "which the pack ships")

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"

    # ------------------------------------------------------------ files

    def _where(self, name: str, line: int | None = None) -> str:
        return f"lang/{self.code}/{name}" + (f":{line}" if line else "")

    def is_absent(self, name: str) -> bool:
        """Does the pack say it leaves this data file out on purpose (`[absent] files`)?"""
        return name in self.absent_files

    def _read(self, name: str) -> str:
        path = self.root.joinpath(name)
        if not path.is_file():
            raise PackError(f"{self._where(name)}: no such file in the {self.code!r} language pack "
                            "(a language without it names it in pack.toml [absent] files)")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise PackError(f"{self._where(name)}: not UTF-8 ({error.reason})") from None

    def _toml(self, name: str) -> dict[str, Any]:
        try:
            return tomllib.loads(self._read(name))
        except tomllib.TOMLDecodeError as error:
            raise PackError(f"{self._where(name)}: {error}") from None

    def _body(self, name: str) -> list[tuple[int, str]]:
        """(line number, line) of the non-comment, non-blank lines after a checked header."""
        lines = self._read(name).splitlines()
        header = []
        for line in lines:
            if not line.startswith("#"):
                break
            header.append(line)
        if not any(line[1:].strip().lower().startswith("source:") for line in header):
            raise PackError(f"{self._where(name, 1)}: the file must open with a '# source: …' header line")
        return [(n, line) for n, line in enumerate(lines, start=1)
                if line.strip() and not line.lstrip().startswith("#")]

    # ------------------------------------------------------------ accessors

    def words(self, name: str, *, lower: bool = True) -> frozenset[str]:
        """The entries of `name.txt` as a set (lower-cased unless lower=False)."""
        key = (name, lower)
        if key not in self._words:
            entries = self.entries(name)
            self._words[key] = frozenset(e.lower() for e in entries) if lower else frozenset(entries)
        return self._words[key]

    def entries(self, name: str) -> tuple[str, ...]:
        """The entries of `name.txt`, in file order, as written."""
        if name not in self._lists:
            self._lists[name] = () if self.is_absent(name) else \
                tuple(line.strip() for _, line in self._body(f"{name}.txt"))
        return self._lists[name]

    def table(self, name: str, columns: tuple[str, ...] | None = None) -> tuple[Row, ...]:
        """The rows of `name.tsv`; with `columns`, the header must name them (extra columns allowed)."""
        if name not in self._tables and self.is_absent(name):
            self._tables[name] = ()
        if name not in self._tables:
            body = self._body(f"{name}.tsv")
            if not body:
                raise PackError(f"{self._where(name + '.tsv')}: no column header line")
            header_line, header = body[0]
            names = [c.strip() for c in header.split("\t")]
            if len(set(names)) != len(names) or not all(names):
                raise PackError(f"{self._where(name + '.tsv', header_line)}: bad column header {header!r}")
            rows = []
            for number, line in body[1:]:
                cells = line.split("\t")
                if len(cells) > len(names):
                    raise PackError(f"{self._where(name + '.tsv', number)}: {len(cells)} cells, "
                                    f"the header names {len(names)} ({', '.join(names)})")
                cells += [""] * (len(names) - len(cells))
                rows.append(Row({k: v.strip() for k, v in zip(names, cells)},
                                self._where(name + ".tsv", number)))
            self._tables[name] = tuple(rows)
        rows = self._tables[name]
        if columns and rows:
            missing = [c for c in columns if c not in rows[0].cells]
            if missing:
                raise PackError(f"{self._where(name + '.tsv')}: missing column(s) {', '.join(missing)}")
        return rows

    def label(self, name: str) -> tuple[str, ...]:
        """The dependency labels the pack calls `name` (e.g. "subject" -> ("nsubj", "nsubj:pass"))."""
        try:
            return self.labels[name]
        except KeyError:
            raise PackError(f"{self._where('pack.toml')}: [labels] has no {name!r}") from None

    @cached_property
    def patterns(self) -> dict[str, re.Pattern[str]]:
        """The named regular expressions of `[patterns]`, compiled once."""
        raw = self.meta.get("patterns", {})
        flags = self.meta.get("flags", {})
        compiled = {}
        for name, source in raw.items():
            value = 0
            for letter in flags.get(name, ""):
                if letter not in _FLAGS:
                    raise PackError(f"{self._where('pack.toml')}: [flags] {name} has unknown flag {letter!r}")
                value |= _FLAGS[letter]
            try:
                compiled[name] = re.compile(source, value)
            except re.error as error:
                raise PackError(f"{self._where('pack.toml')}: [patterns] {name}: {error}") from None
        return compiled

    def pattern(self, name: str) -> re.Pattern[str]:
        try:
            return self.patterns[name]
        except KeyError:
            raise PackError(f"{self._where('pack.toml')}: [patterns] has no {name!r}") from None

    def setting(self, name: str, default: Any = None) -> Any:
        """A value of the `[settings]` table."""
        return self.meta.get("settings", {}).get(name, default)

    # ------------------------------------------------------------ pattern templates

    def document(self, name: str) -> dict[str, Any]:
        """The content of `name.toml` (a data file other than pack.toml), checked header, parsed once."""
        if name not in self._documents:
            self._body(f"{name}.toml")  # checks the '# source:' header
            self._documents[name] = self._toml(f"{name}.toml")
        return self._documents[name]

    def templates(self, name: str) -> dict[str, re.Pattern[str]]:
        """The patterns of the template file `name.toml`, compiled once.

        `[vocabulary]` names slots filled from word tables: `month = { table = "months", where =
        { kind = "name" } }` becomes an alternation of the `form` column (or `column = …`) of the
        rows that match, longest first; `{ list = "x" }` reads `x.txt`. A space in a form matches
        any white space. `[parts]` names reusable pieces of pattern, which may hold slots too.
        `[patterns]` are the patterns themselves; `{name}` in a part or pattern is a slot or a
        part (regex repetitions like `{2}` or `{1,3}` are left alone). `[flags]` gives flags per
        pattern, `default` for the others.
        """
        if name not in self._templates:
            self._templates[name] = _TemplateFile(self, name).compile()
        return self._templates[name]


_SLOT = re.compile(r"\{([A-Za-z_]\w*)\}")


class _TemplateFile:
    """Expands and compiles the patterns of one template file (see `LanguagePack.templates`)."""

    def __init__(self, pack: LanguagePack, name: str):
        self.pack, self.file = pack, f"{name}.toml"
        data = pack.document(name)
        self.vocabulary: dict[str, Any] = data.get("vocabulary", {})
        self.parts: dict[str, str] = data.get("parts", {})
        self.patterns: dict[str, str] = data.get("patterns", {})
        self.flags: dict[str, str] = data.get("flags", {})
        both = set(self.vocabulary) & set(self.parts)
        if both:
            self._fail(f"{', '.join(sorted(both))} named both in [vocabulary] and in [parts]")
        self._expanded: dict[str, str] = {}

    def _fail(self, reason: str) -> NoReturn:
        raise PackError(f"{self.pack._where(self.file)}: {reason}")

    def _alternation(self, slot: str) -> str:
        spec = self.vocabulary[slot]
        if not isinstance(spec, dict) or ("table" in spec) == ("list" in spec):
            self._fail(f"[vocabulary] {slot}: give either table = \"…\" or list = \"…\"")
        if "list" in spec:
            forms = list(self.pack.entries(spec["list"]))
        else:
            column = spec.get("column", "form")
            where = spec.get("where", {})
            rows = self.pack.table(spec["table"], (column, *where))
            forms = [row[column] for row in rows
                     if all(row[key] in ([want] if isinstance(want, str) else want)
                            for key, want in where.items())]
        forms = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
        if not forms:
            self._fail(f"[vocabulary] {slot}: no forms")
        # the lookahead on the forms' first characters fails at once where no form can start: `re`
        # tries the alternatives one by one at every position a pattern reaches, and a slot of
        # forty number words was most of the date patterns' cost (it matches what it did before)
        firsts = "".join(re.escape(c) for c in sorted({f[0] for f in forms}))
        return f"(?=[{firsts}])(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + ")"

    def _expand(self, text: str, where: str, stack: tuple[str, ...] = ()) -> str:
        def fill(match: re.Match[str]) -> str:
            slot = match.group(1)
            if slot in self.vocabulary:
                if slot not in self._expanded:
                    self._expanded[slot] = self._alternation(slot)
                return self._expanded[slot]
            if slot in self.parts:
                if slot in stack:
                    self._fail(f"[parts] {slot} contains itself (through {' > '.join(stack)})")
                return self._expand(self.parts[slot], where, (*stack, slot))
            self._fail(f"{where}: unknown slot {{{slot}}}")
        return _SLOT.sub(fill, text)

    def compile(self) -> dict[str, re.Pattern[str]]:
        compiled = {}
        for name, template in self.patterns.items():
            value = 0
            for letter in self.flags.get(name, self.flags.get("default", "")):
                if letter not in _FLAGS:
                    self._fail(f"[flags] {name} has unknown flag {letter!r}")
                value |= _FLAGS[letter]
            try:
                compiled[name] = re.compile(self._expand(template, f"[patterns] {name}"), value)
            except re.error as error:
                self._fail(f"[patterns] {name}: {error}")
        return compiled


def pack_root(code: str) -> Traversable | None:
    """The folder of a language pack shipped in the package, or None."""
    if not re.fullmatch(r"[a-z]{2,3}", code or ""):
        return None
    root = resources.files("newsgraph.lang").joinpath(code)
    return root if root.joinpath("pack.toml").is_file() else None
