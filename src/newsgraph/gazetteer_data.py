"""The data files of the gazetteer read into entries: countries, organisations, media, office
holders (data/*.tsv, see data/SOURCES.md), how names are built (name_parts.tsv), and the user
import files of `newsgraph actors import` merged over them.

Split from gazetteer.py by job: this module reads and checks files; gazetteer.py indexes the
entries for lookups and loads them once per process.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import InputError
from .lang import load_pack
from .textfold import fold, fold_same_length, slugify

COUNTRY_COLUMNS = ("iso3", "iso2", "name_fr", "aliases_fr", "name_en", "aliases_en",
                   "demonyms_fr", "demonyms_en", "capital_fr", "seats_fr")
# the language the names of the lists are written in (aliases hold the other languages' forms)
LIST_LANGUAGE = "fr"
ORG_COLUMNS = ("id", "name", "acronym", "aliases", "kind", "country")
MEDIA_COLUMNS = ("id", "name", "aliases", "kind", "country")
PEOPLE_COLUMNS = ("id", "name", "aliases", "country", "role", "start", "end")
PLACE_COLUMNS = ("name", "aliases", "kind", "country")
PLACE_KINDS = ("city", "region", "venue")
IMPORT_COLUMNS = ("id", "name", "kind", "country", "aliases", "role", "start", "end")

ORG_KINDS = ("igo", "ngo", "party", "armed_group", "company", "government", "university", "other")
MEDIA_KINDS = ("agency", "newspaper", "magazine", "tv", "radio", "online")
MATCH_KINDS = ("name", "capital", "seat", "demonym", "code", "place")
# Generic kinds a user import file may give, and the organisation kind each maps to.
_GENERIC_ORG_KINDS = {"organization": "other", "organisation": "other", "org": "other",
                      "group": "other"}

# people.tsv writes roles in French (see data/SOURCES.md): the French pack says which roles
# name their holder by a first name only (monarchs, popes), who are then found by no surname.
ROLE_LANGUAGE = "fr"
NAME_PART_KINDS = ("particle", "prefix", "suffix", "article", "organisation")


@dataclass(frozen=True, slots=True)
class NameParts:
    """How names in the data files are built (data/name_parts.tsv), for keys and for scanners.

    particles: lower-case words inside a surname ("von der Leyen", "da Silva", "Le Pen");
    prefixes: particles hyphenated to a surname ("al-Assad"); suffixes: words after a name
    that are no surname ("Jr", regnal "Ier"); articles: words that may open an organisation's
    or a place's name ("le Kremlin", "The Guardian"); no_surname_roles: roles (in the role
    language of people.tsv) whose holders have no surname to look them up by; organisation_words:
    words that make a name an organisation's ("Foundation", "Institut"), folded; not_persons:
    names that look like a person's and name none (data/not_persons.tsv: "Allah", "Celsius"), folded;
    male_given, female_given: first names borne by one gender (data/given_names.tsv), folded.
    """
    particles: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: frozenset[str]
    articles: tuple[str, ...]
    no_surname_roles: frozenset[str]
    organisation_words: frozenset[str]
    not_persons: frozenset[str]
    article_key: re.Pattern   # a leading article of a folded key ("l'elysee", "le kremlin")
    article_raw: re.Pattern   # a leading article of raw text (either case, any apostrophe)
    male_given: frozenset[str]
    female_given: frozenset[str]


def _article_patterns(articles: Iterable[str]) -> tuple[re.Pattern, re.Pattern]:
    """Regexes of a leading article, for folded keys and for raw text ("L’Élysée", "Le  Monde")."""
    keys, raws = [], []
    for article in articles:
        elided = article.endswith("'")
        keys.append(re.escape(fold_same_length(article)) + ("" if elided else " "))
        head, rest = article[0], article[1:].rstrip("'")
        raws.append(f"[{head.lower()}{head.upper()}]{re.escape(rest)}" + ("['’]" if elided else r"\s+"))
    return re.compile(f"^(?:{'|'.join(keys)})"), re.compile(f"^(?:{'|'.join(raws)})")


def is_acronym(form: str) -> bool:
    """All-capital forms ("EAU", "RDC", "G20", "M6", "BFM TV") are matched case-sensitively."""
    return form.isupper()


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _year(cell: str) -> int | None:
    return int(cell) if cell.strip() else None


# ---------------------------------------------------------------- entries

@dataclass(frozen=True, slots=True)
class CountryEntry:
    """A state; `match` says how a lookup found it: name, capital, seat, demonym or code."""
    iso3: str
    iso2: str
    name_fr: str
    name_en: str
    aliases_fr: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    demonyms_fr: tuple[str, ...] = ()
    demonyms_en: tuple[str, ...] = ()
    capitals_fr: tuple[str, ...] = ()
    seats_fr: tuple[str, ...] = ()
    match: str = "name"

    @property
    def id(self) -> str:
        return f"country:{self.iso3}"

    def name_in(self, lang: str) -> str:
        """The state's short name in a language the list has ("en"), else the French one: an English
        record shows "Russia" for the same `country:RUS` a French one shows as "Russie"."""
        return self.name_en if lang == "en" and self.name_en else self.name_fr


@dataclass(frozen=True, slots=True)
class OrgEntry:
    id: str
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    # a name many states give their own body ("Assemblée nationale", "Sénat"): `country` is the
    # one the list means, which an article about another state overrides (nlp/shared_bodies.py)
    shared_name: bool = False

    def name_in(self, lang: str, written: str) -> str:
        """The organisation's name in a record of a language: the list's own (French) name in a
        French record; in another, the name or alias the article wrote ("European Union", "NATO"),
        since the list keeps no name per language for organisations."""
        return self.name if lang == LIST_LANGUAGE or not written else written


@dataclass(frozen=True, slots=True)
class MediaEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None


@dataclass(frozen=True, slots=True)
class RoleEntry:
    """One term of office: `end` is None while it lasts; years are inclusive."""
    person_id: str
    role: str
    country: str | None
    start: int | None
    end: int | None

    def active(self, year: int) -> bool:
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A city or first-level region below the capital (data/places.tsv) and the state it lies in."""
    name: str
    aliases: tuple[str, ...]
    kind: str        # city, region, venue (of international bodies: names no state, see `Gazetteer.place`)
    country: str     # ISO3


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A person with every term on file; `country` is the state of the latest (or the year's) role."""
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    roles: tuple[RoleEntry, ...]


# ---------------------------------------------------------------- loading

def _read_tsv(name: str, columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    lines = text.splitlines()
    header = tuple(lines[0].split("\t"))
    if header != columns:
        raise InputError(f"data/{name}:1", f"columns are {header}, expected {columns}", "E060")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise InputError(f"data/{name}:{number}", f"{len(cells)} columns, expected {len(columns)}", "E060")
        yield dict(zip(columns, cells))


def _countries() -> list[CountryEntry]:
    return [CountryEntry(iso3=r["iso3"], iso2=r["iso2"], name_fr=r["name_fr"], name_en=r["name_en"],
                         aliases_fr=_split(r["aliases_fr"]), aliases_en=_split(r["aliases_en"]),
                         demonyms_fr=_split(r["demonyms_fr"]), demonyms_en=_split(r["demonyms_en"]),
                         capitals_fr=_split(r["capital_fr"]), seats_fr=_split(r["seats_fr"]))
            for r in _read_tsv("countries.tsv", COUNTRY_COLUMNS)]


def _organizations() -> dict[str, OrgEntry]:
    # a country written "FRA*" marks a name many states give their own body (OrgEntry.shared_name)
    return {r["id"]: OrgEntry(r["id"], r["name"], r["acronym"] or None, _split(r["aliases"]), r["kind"],
                              r["country"].rstrip("*") or None, shared_name=r["country"].endswith("*"))
            for r in _read_tsv("organizations.tsv", ORG_COLUMNS)}


@cache
def world_media() -> frozenset[str]:
    """The ids of broadcasters that address the world rather than their own state (RFI, the BBC,
    Al Jazeera; data/media_world.tsv): speaking to one says nothing of the speaker's own state."""
    return frozenset(r["id"] for r in _read_tsv("media_world.tsv", ("id", "note")))


@cache
def federal_states() -> frozenset[str]:
    """The ISO3 codes of federations, whose parts have governments of their own (data/federal_states.tsv):
    the only states the press gives "le gouvernement fédéral" / "the federal government"."""
    return frozenset(r["iso3"] for r in _read_tsv("federal_states.tsv", ("iso3", "name")))


def _media() -> dict[str, MediaEntry]:
    return {r["id"]: MediaEntry(r["id"], r["name"], _split(r["aliases"]), r["kind"], r["country"] or None)
            for r in _read_tsv("media.tsv", MEDIA_COLUMNS)}


def _places() -> list[PlaceEntry]:
    return [PlaceEntry(r["name"], _split(r["aliases"]), r["kind"], r["country"])
            for r in _read_tsv("places.tsv", PLACE_COLUMNS)]


def _name_parts() -> NameParts:
    by_kind: dict[str, list[str]] = {kind: [] for kind in NAME_PART_KINDS}
    for row in _read_tsv("name_parts.tsv", ("form", "kind")):
        if row["kind"] not in by_kind:
            raise InputError("data/name_parts.tsv", f"{row['form']!r}: kind {row['kind']!r} is not one of "
                             f"{', '.join(NAME_PART_KINDS)}", "E060")
        by_kind[row["kind"]].append(row["form"].strip())
    key, raw = _article_patterns(by_kind["article"])
    given = list(_read_tsv("given_names.tsv", ("form", "gender")))
    return NameParts(particles=frozenset(p.casefold() for p in by_kind["particle"]),
                     prefixes=tuple(p.casefold() for p in by_kind["prefix"]),
                     suffixes=frozenset(by_kind["suffix"]), articles=tuple(by_kind["article"]),
                     no_surname_roles=load_pack(ROLE_LANGUAGE).words("monarch_roles"),
                     organisation_words=frozenset(fold(w) for w in by_kind["organisation"]),
                     not_persons=frozenset(fold(r["form"]) for r in _read_tsv("not_persons.tsv", ("form", "kind"))),
                     article_key=key, article_raw=raw,
                     male_given=frozenset(fold(r["form"]) for r in given if r["gender"] == "m"),
                     female_given=frozenset(fold(r["form"]) for r in given if r["gender"] == "f"))


def _person_rows() -> list[dict[str, str]]:
    # people.tsv: office holders 2010 to today; people_historical.tsv: earlier heads of state
    # and government of the countries most present in the news, whom articles still name
    return list(_read_tsv("people.tsv", PEOPLE_COLUMNS)) + list(_read_tsv("people_historical.tsv", PEOPLE_COLUMNS))


def _build_people(rows: Iterable[dict[str, str]]) -> list[PersonEntry]:
    """One PersonEntry per id from one row per term; names and aliases are merged."""
    by_id: dict[str, dict] = {}
    for r in rows:
        person = by_id.setdefault(r["id"], {"name": r["name"], "aliases": [], "roles": []})
        for alias in _split(r["aliases"]):
            if alias not in person["aliases"]:
                person["aliases"].append(alias)
        if r.get("role"):
            person["roles"].append(RoleEntry(r["id"], r["role"], r["country"] or None,
                                             _year(r["start"]), _year(r["end"])))
    people = []
    for pid, p in by_id.items():
        roles = tuple(sorted(p["roles"], key=lambda t: (t.start or 0, t.end or 9999)))
        latest = max(roles, key=lambda t: (t.end or 9999, t.start or 0), default=None)
        country = latest.country if latest else None
        people.append(PersonEntry(pid, p["name"], tuple(p["aliases"]), country, roles))
    return people


def _read_import(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a user import file (`newsgraph actors import`): CSV, or TSV when the name ends in .tsv."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputError(str(path), f"cannot read the file ({error.strerror})", "E060") from error
    with handle:
        try:
            rows = list(csv.DictReader(handle, delimiter=delimiter))
        except UnicodeDecodeError as error:
            raise InputError(str(path), f"invalid UTF-8 at byte {error.start}", "E060") from None
        except csv.Error as error:
            raise InputError(str(path), f"not a readable CSV file ({error})", "E060") from None
        missing = {"name", "kind"} - set(rows[0].keys() if rows else ())
        if missing:
            raise InputError(str(path), f"missing column(s) {', '.join(sorted(missing))}; "
                             f"expected {','.join(IMPORT_COLUMNS)}", "E060")
        for number, row in enumerate(rows, start=2):
            yield number, {k: (row.get(k) or "").strip() for k in IMPORT_COLUMNS}


def read_entries(extra_paths: tuple[str, ...]) -> tuple[list[CountryEntry], list[OrgEntry], list[MediaEntry],
                                                      list[PersonEntry], NameParts, list[PlaceEntry]]:
    """The entries of the data files with the user import files (CSV or TSV) merged over them."""
    organizations, media, rows = _organizations(), _media(), _person_rows()
    imported: set[str] = set()
    for raw in extra_paths:
        path = Path(raw)
        for number, row in _read_import(path):
            kind, name = row["kind"].lower(), row["name"]
            origin = f"{path}:{number}"
            if not name:
                raise InputError(origin, "empty name", "E060")
            if row["start"] and not row["start"].isdigit() or row["end"] and not row["end"].isdigit():
                raise InputError(origin, "start and end must be years (e.g. 2019) or empty", "E060")
            country = row["country"].upper() or None
            if kind == "person":
                rows.append({"id": row["id"] or f"person:{slugify(name)}", "name": name,
                             "aliases": row["aliases"], "country": country or "",
                             "role": row["role"], "start": row["start"], "end": row["end"]})
            elif kind == "media" or kind in MEDIA_KINDS:
                mid = row["id"] or f"media:{slugify(name)}"
                media[mid] = MediaEntry(mid, name, _split(row["aliases"]),
                                        "online" if kind == "media" else kind, country)
                imported.add(mid)
            elif kind in _GENERIC_ORG_KINDS or kind in ORG_KINDS:
                oid = row["id"] or f"org:{slugify(name)}"
                aliases = _split(row["aliases"])
                acronym = next((a for a in aliases if is_acronym(a)), None)
                organizations[oid] = OrgEntry(oid, name, acronym, aliases,
                                              _GENERIC_ORG_KINDS.get(kind, kind), country)
                imported.add(oid)
            else:
                raise InputError(origin, f"unknown kind {kind!r}; expected person, organization, media "
                                 f"or one of {', '.join(ORG_KINDS + MEDIA_KINDS)}", "E060")
    # An imported row replaces the built-in one with the same id, and imported entries are
    # indexed first so that their names win when they clash with a built-in entry's.
    def first_imported(entries):
        return sorted(entries, key=lambda e: e.id not in imported)
    return (_countries(), first_imported(organizations.values()),
            first_imported(media.values()), _build_people(rows), _name_parts(), _places())
