"""World knowledge as data: countries, organisations, media and office holders, loaded once.

The lists live in `data/` (countries.tsv, organizations.tsv, media.tsv, people.tsv, and
name_parts.tsv for how names are built; see data/SOURCES.md), read into entries by
gazetteer_data.py. `load_gazetteer()` reads them once per process (and per set of user import
files) and indexes them for lookups that ignore case, accents, apostrophe and hyphen variants
(keys from `textfold.fold`): "Etats-Unis" == "États Unis", "Côte d’Ivoire" == "cote d'ivoire".
All-capital forms (acronyms: "EAU", "PS", "CAR") only match all-capital text, so common words
never hit them.

Components get the gazetteer from the Doc (`nlp.context.gazetteer_of`), where the actors
component puts the one of its actor files; rule code never loads a default one.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .gazetteer_data import (CountryEntry, MediaEntry, NameParts, OrgEntry, PersonEntry, PlaceEntry, RoleEntry,
                             is_acronym, read_entries)
from .textfold import fold, fold_same_length

__all__ = [
    "CountryEntry", "OrgEntry", "MediaEntry", "PersonEntry", "PlaceEntry", "RoleEntry", "Gazetteer",
    "NameParts", "load_gazetteer",
]

_FAMILY_NAME_FIRST = {"CHN", "KOR", "PRK", "TWN", "VNM", "MNG"}
_ROMAN_NUMERAL = re.compile(r"^[IVXL]+$")  # "Charles III": a regnal number, no surname


def _one_word(form: str, article: re.Pattern) -> bool:
    """A capitalised name of one word after any article ("Le Monde", "Grenade", "Hamas")."""
    rest = article.sub("", form.strip(), count=1)
    return " " not in rest and rest[:1].isupper()


# ---------------------------------------------------------------- the gazetteer

class Gazetteer:
    """Read-only indexes over the data files; build it with `load_gazetteer()`."""

    __slots__ = ("countries", "organizations", "media_outlets", "people", "name_parts",
                 "_country_keys", "_country_acronyms", "_demonyms", "_iso3",
                 "_org_keys", "_org_acronyms", "_media_keys", "_media_acronyms",
                 "_person_keys", "_surnames", "_org_names", "_place_keys", "_venue_keys")

    def __init__(self, countries: Iterable[CountryEntry], organizations: Iterable[OrgEntry],
                 media: Iterable[MediaEntry], people: Iterable[PersonEntry], name_parts: NameParts,
                 places: Iterable[PlaceEntry] = ()):
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
        # cities and regions below the capital (data/places.tsv), apart from the states' own forms:
        # "à Goma" locates an event in the DRC, it names no government (see `place`)
        # (venues of international bodies, "Genève", only name a place: a meeting there is no visit)
        self._place_keys: dict[str, tuple[CountryEntry, bool]] = {}
        self._venue_keys: dict[str, tuple[CountryEntry, bool]] = {}
        for place in places:
            state = self._iso3.get(place.country)
            keys = self._venue_keys if place.kind == "venue" else self._place_keys
            if state is not None:
                for form in (place.name, *place.aliases):
                    self._index(form, replace(state, match="place"), keys, {}, case_rule=True)
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
        if is_acronym(form):
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

    def place(self, name: str) -> CountryEntry | None:
        """The state a city or region below the capital lies in ("Kharkiv", "le Nord-Kivu", "Alep"),
        `match` "place"; None for a state's own names, capitals and seats (ask `country` first)."""
        return self._lookup(name, self._place_keys, {})

    def venue(self, name: str) -> CountryEntry | None:
        """The state a venue of international bodies lies in ("Genève", "Davos", "New York"), `match`
        "place". Only a journey's destination may ask: a meeting held there or a mere mention names
        no state (`place` leaves venues out), a visit to the venue visits its state."""
        return self._lookup(name, self._venue_keys, {})

    def names_place(self, name: str) -> bool:
        """Whether a name is a state's, its capital's, a place's below it or a venue's of
        international bodies ("Genève"): a name a dateline may give."""
        state = self.country(name)
        return state is not None and state.match in ("name", "capital") or self.place(name) is not None \
            or self.venue(name) is not None

    def country_by_iso3(self, iso3: str) -> CountryEntry | None:
        return self._iso3.get(iso3.upper())

    def demonym(self, word: str) -> str | None:
        """ISO3 of the state a demonym names, in any inflection ("nord-coréennes" -> PRK)."""
        return self._demonyms.get(fold(word))

    def list_name(self, actor_id: str) -> str | None:
        """The name the lists give a state or organisation (in gazetteer_data.LIST_LANGUAGE), whatever language
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


@lru_cache(maxsize=8)
def _load(extra_paths: tuple[str, ...]) -> Gazetteer:
    # The build allocates ~20k small objects; with spaCy's large heap already in memory the
    # cyclic GC passes they trigger cost more than the build itself (60 ms against 20 ms).
    # Nothing built here forms cycles, so the collector is paused for the duration.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return Gazetteer(*read_entries(extra_paths))
    finally:
        if was_enabled:
            gc.enable()


def load_gazetteer(extra_paths: Iterable[str | Path] = ()) -> Gazetteer:
    """The gazetteer of the data files plus user import files, built once per set of paths."""
    return _load(tuple(str(p) for p in extra_paths))
