"""What the date rules know about one language, read from its pack once: the compiled patterns
of `date_patterns.toml` and the values of the date words (months, weekdays, numbers, units,
seasons, ordinals, relative days) and word lists (count, function and length nouns).

The rules never hold a word: they read a match's named groups for its grammar and look its
words up here for their values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...errors import PackError
from ...lang import LanguagePack, Row
from ..dateline import month_numbers

PATTERNS = "date_patterns"  # the template file of the pack (lang/<xx>/date_patterns.toml)


@dataclass(frozen=True, slots=True)
class Unit:
    """A calendar unit word: ISO designator (D, W, M, Y), how many of it, the granularity named."""

    designator: str
    count: int
    granularity: str


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """The date words and compiled date patterns of one language pack."""

    pack: LanguagePack
    patterns: dict[str, re.Pattern[str]]
    months: dict[str, int]                 # form -> 1..12
    weekdays: dict[str, int]               # form -> 0 (Monday) .. 6, as date.weekday()
    numbers: dict[str, int]                # number words, multipliers and compounds -> value
    multipliers: frozenset[str]            # "cent": multiplies what comes before it
    compound_parts: int                    # the most hyphen-separated parts of a compound
    joiners: frozenset[str]                # "et" of "vingt et un"
    approximate: dict[str, int]            # "dizaine" -> 10
    units: dict[str, Unit]
    seasons: dict[str, tuple[int, int]]    # form -> (first month, last month)
    ordinals: dict[str, int]
    day_shifts: dict[str, int]             # "hier" -> -1, "lendemain" -> 1
    count_nouns: frozenset[str]
    function_words: frozenset[str]
    length_nouns: frozenset[str]
    not_durations: frozenset[str]          # "un jour": amount + unit idioms
    plural_endings: tuple[str, ...]
    names_capitalised: bool                # months and weekdays always take a capital (English)

    def pattern(self, name: str) -> re.Pattern[str]:
        try:
            return self.patterns[name]
        except KeyError:
            raise PackError(f"lang/{self.pack.code}/{PATTERNS}.toml: [patterns] has no {name!r}") from None

    def strip_plural(self, word: str) -> str:
        """The word without one plural ending ('euros' -> 'euro')."""
        for ending in self.plural_endings:
            if word.endswith(ending):
                return word[:-len(ending)]
        return word


def _int(row: Row, column: str) -> int:
    try:
        return int(row[column])
    except ValueError:
        raise PackError(f"{row.origin}: {column} must be a whole number, not {row[column]!r}") from None


def _forms(pack: LanguagePack, table: str, value: str, columns: tuple[str, ...] = ()) -> dict[str, int]:
    return {row["form"].lower(): _int(row, value) for row in pack.table(table, ("form", value, *columns))}


@cache
def date_lexicon(pack: LanguagePack) -> DateLexicon:
    """The date lexicon of a pack, built once per pack."""
    numbers = pack.table("date_numbers", ("form", "value", "kind"))
    kinds: dict[str, dict[str, int]] = {}
    for row in numbers:
        kinds.setdefault(row["kind"], {})[row["form"].lower()] = _int(row, "value")
    unknown = set(kinds) - {"word", "multiplier", "compound", "joiner", "approximate"}
    if unknown:
        raise PackError(f"lang/{pack.code}/date_numbers.tsv: unknown kind(s) {', '.join(sorted(unknown))}")
    units = {}
    for row in pack.table("date_units", ("form", "designator", "count", "granularity")):
        if row["designator"] not in ("D", "W", "M", "Y"):
            raise PackError(f"{row.origin}: designator must be D, W, M or Y, not {row['designator']!r}")
        units[row["form"].lower()] = Unit(row["designator"], _int(row, "count"), row["granularity"])
    seasons = {row["form"].lower(): (_int(row, "first"), _int(row, "last"))
               for row in pack.table("date_seasons", ("form", "first", "last"))}
    compounds = kinds.get("compound", {})
    return DateLexicon(
        pack=pack,
        patterns=pack.templates(PATTERNS),
        months=month_numbers(pack),  # the one reading of months.tsv, shared with the dateline
        weekdays={form: n - 1 for form, n in _forms(pack, "date_weekdays", "weekday").items()},
        numbers={**kinds.get("word", {}), **kinds.get("multiplier", {}), **compounds},
        multipliers=frozenset(kinds.get("multiplier", {})),
        compound_parts=max((len(form.split("-")) for form in compounds), default=1),
        joiners=frozenset(kinds.get("joiner", {})),
        approximate=kinds.get("approximate", {}),
        units=units,
        seasons=seasons,
        ordinals=_forms(pack, "date_ordinals", "rank"),
        day_shifts=_forms(pack, "date_days", "shift"),
        count_nouns=pack.words("date_count_nouns"),
        function_words=pack.words("date_function_words"),
        length_nouns=pack.words("date_length_nouns"),
        not_durations=pack.words("date_not_durations"),
        plural_endings=tuple(pack.document(PATTERNS).get("settings", {}).get("plural_endings", ())),
        names_capitalised=bool(pack.document(PATTERNS).get("settings", {}).get("names_capitalised", False)),
    )


def parse_number(words: str, lexicon: DateLexicon) -> int | None:
    """A number in digits or words ('dix-huit', 'vingt et un', 'quatre-vingt-dix'), else None."""
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    tokens = [t for t in re.split(r"[-\s]+", words) if t and t not in lexicon.joiners]
    total, i = 0, 0
    while i < len(tokens):
        # a compound ("quatre-vingt" = 80) is read whole before its parts
        for size in range(min(lexicon.compound_parts, len(tokens) - i), 0, -1):
            value = lexicon.numbers.get("-".join(tokens[i:i + size]))
            if value is not None:
                break
        else:
            return None
        if size == 1 and tokens[i] in lexicon.multipliers:
            total = max(total, 1) * value
        else:
            total += value
        i += size
    return total


def quantity(match: re.Match[str], lexicon: DateLexicon) -> int | None:
    """The amount of a `{quantity}` match: 'trois', '18', 'une dizaine d'' (10); None when
    unsaid ('quelques', 'plusieurs')."""
    if match["few"]:
        return None
    if match["approximate_word"]:
        return lexicon.approximate[match["approximate_word"].lower()]
    return parse_number(match["qty"], lexicon)
