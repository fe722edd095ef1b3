"""World knowledge as data: countries, organisations, media and office holders, loaded once.

The lists live in `data/` (countries.tsv, organizations.tsv, media.tsv, people.tsv, and
name_parts.tsv for how names are built; see data/SOURCES.md). `load_gazetteer()` reads them once
per process (and per set of user import files) and answers lookups that ignore case, accents,
apostrophe and hyphen variants (keys from `textfold.fold`): "Etats-Unis" == "États Unis",
"Côte d’Ivoire" == "cote d'ivoire". All-capital forms (acronyms: "EAU", "PS", "CAR") only match
all-capital text, so common words never hit them.

Components get the gazetteer from the Doc (`nlp.context.gazetteer_of`), where the actors
component puts the one of its actor files; rule code never loads a default one.
"""
from __future__ import annotations

import csv
import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import InputError
from .lang import load_pack
from .textfold import fold, fold_same_length, slugify

__all__ = [
    "CountryEntry", "OrgEntry", "MediaEntry", "PersonEntry", "RoleEntry", "Gazetteer",
    "NameParts", "load_gazetteer",
]

COUNTRY_COLUMNS = ("iso3", "iso2", "name_fr", "aliases_fr", "name_en", "aliases_en",
                   "demonyms_fr", "demonyms_en", "capital_fr", "seats_fr")
# the language the names of the lists are written in (aliases hold the other languages' forms)
LIST_LANGUAGE = "fr"
ORG_COLUMNS = ("id", "name", "acronym", "aliases", "kind", "country")
MEDIA_COLUMNS = ("id", "name", "aliases", "kind", "country")
PEOPLE_COLUMNS = ("id", "name", "aliases", "country", "role", "start", "end")
IMPORT_COLUMNS = ("id", "name", "kind", "country", "aliases", "role", "start", "end")

ORG_KINDS = ("igo", "ngo", "party", "armed_group", "company", "government", "university", "other")
MEDIA_KINDS = ("agency", "newspaper", "magazine", "tv", "radio", "online")
MATCH_KINDS = ("name", "capital", "seat", "demonym", "code")
# Generic kinds a user import file may give, and the organisation kind each maps to.
_GENERIC_ORG_KINDS = {"organization": "other", "organisation": "other", "org": "other",
                      "group": "other"}

_FAMILY_NAME_FIRST = {"CHN", "KOR", "PRK", "TWN", "VNM", "MNG"}
_ROMAN_NUMERAL = re.compile(r"^[IVXL]+$")  # "Charles III": a regnal number, no surname
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


def _one_word(form: str, article: re.Pattern) -> bool:
    """A capitalised name of one word after any article ("Le Monde", "Grenade", "Hamas")."""
    rest = article.sub("", form.strip(), count=1)
    return " " not in rest and rest[:1].isupper()


def _is_acronym(form: str) -> bool:
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
class PersonEntry:
    """A person with every term on file; `country` is the state of the latest (or the year's) role."""
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    roles: tuple[RoleEntry, ...]


# ---------------------------------------------------------------- the gazetteer

class Gazetteer:
    """Read-only indexes over the data files; build it with `load_gazetteer()`."""

    __slots__ = ("countries", "organizations", "media_outlets", "people", "name_parts",
                 "_country_keys", "_country_acronyms", "_demonyms", "_iso3",
                 "_org_keys", "_org_acronyms", "_media_keys", "_media_acronyms",
                 "_person_keys", "_surnames", "_org_names")

    def __init__(self, countries: Iterable[CountryEntry], organizations: Iterable[OrgEntry],
                 media: Iterable[MediaEntry], people: Iterable[PersonEntry], name_parts: NameParts):
        self.name_parts = name_parts
        self.countries = tuple(countries)
        self.organizations = tuple(organizations)
        self._org_names = {o.id: o.name for o in self.organizations}
        self.media_outlets = tuple(media)
        self.people = {p.id: p for p in people}
        self._iso3 = {c.iso3: c for c in self.countries}
        self._country_keys: dict[str, CountryEntry] = {}
        self._country_acronyms: dict[str, CountryEntry] = {}
        self._demonyms: dict[str, str] = {}
        # Earlier kinds win over later ones for the same key: a name before a capital, a
        # capital before a seat ("Djibouti", "Luxembourg" are both country and capital).
        for kind, forms_of in (("name", lambda c: (c.name_fr, *c.aliases_fr, c.name_en, *c.aliases_en)),
                               ("capital", lambda c: c.capitals_fr),
                               ("seat", lambda c: c.seats_fr),
                               ("demonym", lambda c: (*c.demonyms_fr, *c.demonyms_en))):
            for country in self.countries:
                variant = replace(country, match=kind)
                for form in forms_of(country):
                    # "grenade", "équateur", "maurice" are words before they are states
                    self._index(form, variant, self._country_keys, self._country_acronyms,
                                case_rule=kind != "demonym")
        for country in self.countries:
            for form in (*country.demonyms_fr, *country.demonyms_en):
                self._demonyms.setdefault(fold(form), country.iso3)
        self._org_keys: dict[str, OrgEntry] = {}
        self._org_acronyms: dict[str, OrgEntry] = {}
        for org in self.organizations:
            for form in (org.name, *((org.acronym,) if org.acronym else ()), *org.aliases):
                self._index(form, org, self._org_keys, self._org_acronyms, case_rule=True)
        self._media_keys: dict[str, MediaEntry] = {}
        self._media_acronyms: dict[str, MediaEntry] = {}
        for outlet in self.media_outlets:
            for form in (outlet.name, *outlet.aliases):
                self._index(form, outlet, self._media_keys, self._media_acronyms, case_rule=True)
        self._person_keys: dict[str, tuple[str, ...]] = {}
        self._surnames: dict[str, tuple[str, ...]] = {}
        for person in self.people.values():
            for form in (person.name, *person.aliases):
                key = fold(form)
                if person.id not in self._person_keys.get(key, ()):
                    self._person_keys[key] = (*self._person_keys.get(key, ()), person.id)
            for key in _surname_keys(person, name_parts):
                if person.id not in self._surnames.get(key, ()):
                    self._surnames[key] = (*self._surnames.get(key, ()), person.id)

    def _index(self, form: str, entry, keys: dict, acronyms: dict, case_rule: bool = False) -> None:
        if _is_acronym(form):
            acronyms.setdefault(fold(form, keep_case=True), entry)
        else:
            key, needs_capital = fold(form), case_rule and _one_word(form, self.name_parts.article_raw)
            known = keys.get(key)
            if known is None:
                keys[key] = (entry, needs_capital)
            elif known[0] is entry and known[1] and not needs_capital:
                keys[key] = (entry, False)  # a lowercase alias ("talibans") lifts the rule

    def _lookup(self, text: str, keys: dict, acronyms: dict):
        if not text:
            return None
        found = acronyms.get(fold(text, keep_case=True))
        if found is not None:
            return found
        key = fold(text)
        hit = keys.get(key)
        article = self.name_parts.article_key
        if hit is None and article.match(key):  # "le Kremlin", "l'Élysée", "la Maison-Blanche"
            hit = keys.get(article.sub("", key, count=1))
        if hit is None:
            return None
        entry, needs_capital = hit
        # One-word titles are common words too: "Le Temps" is a paper, "le temps" is not.
        if needs_capital and not self.name_parts.article_raw.sub("", text.strip(), count=1)[:1].isupper():
            return None
        return entry

    # -- countries

    def country(self, name_or_alias: str) -> CountryEntry | None:
        """The state a name, alias, capital, seat, demonym or ISO 3166 alpha-3 code designates.

        The entry's `match` tells which: "Kremlin" -> RUS/seat, "russes" -> RUS/demonym.
        """
        found = self._lookup(name_or_alias, self._country_keys, self._country_acronyms)
        if found is None:  # codes last: "USA" is a name before it is a code
            code = self._iso3.get(name_or_alias.strip())
            found = replace(code, match="code") if code is not None else None
        return found

    def country_by_iso3(self, iso3: str) -> CountryEntry | None:
        return self._iso3.get(iso3.upper())

    def demonym(self, word: str) -> str | None:
        """ISO3 of the state a demonym names, in any inflection ("nord-coréennes" -> PRK)."""
        return self._demonyms.get(fold(word))

    def list_name(self, actor_id: str) -> str | None:
        """The name the lists give a state or organisation (in LIST_LANGUAGE), whatever language
        an article wrote it in: the store names an actor once for all its articles."""
        if actor_id.startswith("country:"):
            entry = self.country_by_iso3(actor_id.partition(":")[2])
            return entry.name_fr if entry is not None else None
        return self._org_names.get(actor_id)

    # -- organisations and media

    def organization(self, name: str) -> OrgEntry | None:
        """An organisation by name, acronym or alias ("OTAN", "NATO", "Alliance atlantique")."""
        return self._lookup(name, self._org_keys, self._org_acronyms)

    def media(self, name: str) -> MediaEntry | None:
        """A news agency or outlet by name or alias ("Agence France-Presse" -> media:afp)."""
        return self._lookup(name, self._media_keys, self._media_acronyms)

    # -- people

    def person(self, name: str, year: int | None = None) -> PersonEntry | None:
        """A person by full name or alias; a name shared by several is resolved by `year` or not at all.

        With a year, the entry's `country` is the state of the roles held that year.
        """
        ids = self._person_keys.get(fold(name), ())
        if len(ids) > 1 and year is not None:
            ids = tuple(pid for pid in ids if any(r.active(year) for r in self.people[pid].roles))
        if len(ids) != 1:
            return None
        return self._in_year(self.people[ids[0]], year)

    def persons_by_surname(self, surname: str, year: int | None = None) -> tuple[PersonEntry, ...]:
        """Every person whose surname (or one-word alias) is this, optionally only those in office in `year`."""
        found = (self.people[pid] for pid in self._surnames.get(fold(surname), ()))
        if year is not None:
            return tuple(self._in_year(p, year) for p in found if any(r.active(year) for r in p.roles))
        return tuple(found)

    def roles_of(self, person_id: str, year: int | None = None) -> tuple[RoleEntry, ...]:
        """The terms of a person, oldest first; only those running in `year` if given."""
        person = self.people.get(person_id)
        if person is None:
            return ()
        if year is None:
            return person.roles
        return tuple(r for r in person.roles if r.active(year))

    def _in_year(self, person: PersonEntry, year: int | None) -> PersonEntry:
        if year is None:
            return person
        active = [r for r in person.roles if r.active(year)]
        if not active:
            return person
        country = next((r.country for r in active if r.country), None)
        return person if country == person.country else replace(person, country=country)

    # -- for text scanners

    def surface_forms(self, kinds: Iterable[str] = ("country", "organization", "media")) -> frozenset[str]:
        """Every name-like form (no demonyms, no persons), folded like `fold_same_length`.

        Both the hyphenated and the spaced variant of a form are given, so a scan of
        "Maison Blanche" finds the seat listed as "Maison-Blanche".
        """
        forms: set[str] = set()
        kinds = set(kinds)
        if "country" in kinds:
            for c in self.countries:
                forms.update((c.name_fr, *c.aliases_fr, c.name_en, *c.aliases_en, *c.capitals_fr, *c.seats_fr))
        if "organization" in kinds:
            for o in self.organizations:
                forms.update((o.name, *o.aliases, *((o.acronym,) if o.acronym else ())))
        if "media" in kinds:
            for m in self.media_outlets:
                forms.update((m.name, *m.aliases))
        if "person" in kinds:
            for p in self.people.values():
                forms.update((p.name, *p.aliases))
        folded = set()
        for form in forms:
            light = fold_same_length(form)
            folded.add(light)
            if "-" in light:
                folded.add(light.replace("-", " "))
            if " " in light:
                folded.add(light.replace(" ", "-"))
        return frozenset(folded)


def _surname_keys(person: PersonEntry, parts: NameParts) -> Iterator[str]:
    """Keys under which a person is found by surname: last word(s), or first for family-first names."""
    words = person.name.split()
    if words and (_ROMAN_NUMERAL.match(words[-1]) or words[-1] in parts.suffixes):
        words = words[:-1]  # "Charles III", "Ferdinand Marcos Jr"
    if any(r.role in parts.no_surname_roles for r in person.roles):
        pass  # "Charles III", "Philippe de Belgique", "Salmane ben Abdelaziz": no surname
    elif len(words) == 1:
        yield fold(words[0])  # "Sugiono"
    elif len(words) >= 2:
        if person.country in _FAMILY_NAME_FIRST:
            yield fold(words[0])
        else:
            i = len(words) - 1
            yield fold(words[i])
            while i > 1 and words[i - 1].casefold() in parts.particles:  # "von der Leyen", "da Silva"
                i -= 1
                yield fold(" ".join(words[i:]))
            last = words[-1]
            for prefix in parts.prefixes:
                if last.casefold().startswith(prefix) and len(last) > len(prefix):  # "al-Assad" -> "Assad"
                    yield fold(last[len(prefix):])
    for alias in person.aliases:
        if " " not in alias.strip():
            yield fold(alias)


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


def _media() -> dict[str, MediaEntry]:
    return {r["id"]: MediaEntry(r["id"], r["name"], _split(r["aliases"]), r["kind"], r["country"] or None)
            for r in _read_tsv("media.tsv", MEDIA_COLUMNS)}


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


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> Gazetteer:
    # The build allocates ~20k small objects; with spaCy's large heap already in memory the
    # cyclic GC passes they trigger cost more than the build itself (60 ms against 20 ms).
    # Nothing built here forms cycles, so the collector is paused for the duration.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(extra_paths)
    finally:
        if was_enabled:
            gc.enable()


def _build(extra_paths: tuple[str, ...]) -> Gazetteer:
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
                acronym = next((a for a in aliases if _is_acronym(a)), None)
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
    return Gazetteer(_countries(), first_imported(organizations.values()),
                     first_imported(media.values()), _build_people(rows), _name_parts())


def load_gazetteer(extra_paths: Iterable[str | Path] = ()) -> Gazetteer:
    """The gazetteer of the data files plus user import files, built once per set of paths."""
    return _load(tuple(str(p) for p in extra_paths))
