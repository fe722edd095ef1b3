"""Build src/newsgraph/data/countries.tsv from CLDR (babel), ISO 3166 (pycountry) and the curated file.

    python tools/build_countries.py            # rewrite countries.tsv
    python tools/build_countries.py --check    # fail if countries.tsv is out of date

The curated countries_extra.tsv decides which states are covered (one row each) and holds what
CLDR lacks: aliases, inflected demonyms, capitals and seats of power. CLDR gives the French and
English short names; pycountry gives the alpha-2 code and the official names, which become
aliases. The build stops on a form that would name two states (see AMBIGUOUS_FORMS).
"""
from __future__ import annotations

import argparse
import gettext
import sys
from pathlib import Path

import babel
import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.gazetteer_data import COUNTRY_COLUMNS  # noqa: E402
from newsgraph.textfold import fold  # noqa: E402

DATA = ROOT / "src" / "newsgraph" / "data"
EXTRA = DATA / "countries_extra.tsv"
OUTPUT = DATA / "countries.tsv"
EXTRA_COLUMNS = ("iso3", "name_fr", "aliases_fr", "name_en", "aliases_en",
                 "demonyms_fr", "demonyms_en", "capital_fr", "seats_fr")
# Codes outside ISO 3166-1 that news treats as states: Kosovo's user-assigned code.
NON_ISO = {"XKX": "XK"}
# Forms that name more than one state, never used as aliases even when a source offers them
# (pycountry's English short name of COG is "Congo"; "Congo" alone is as often the DRC).
AMBIGUOUS_FORMS = {"congo", "korea", "coree", "america", "amerique", "hollande"}


def clean(text: str) -> str:
    """One apostrophe style; no leading article on official names ("L'État de Palestine")."""
    text = text.replace("’", "'").replace(" - ", "-").strip()
    for article in ("the ", "The ", "L'", "l'"):
        if text.startswith(article) and text[len(article):][:1].isupper():
            return text[len(article):]
    return text


def merge(*groups, exclude=()) -> str:
    """Join values with "|", dropping empties, excluded and ambiguous forms and case duplicates.

    Variants that differ in accents or hyphens ("Etats-Unis", "Maison Blanche") are kept
    although lookups fold them, so that tools that do not fold still find them.
    """
    seen = {clean(e).casefold() for e in exclude}
    out = []
    for group in groups:
        for value in group:
            value = clean(value)
            key = value.casefold()
            if value and key not in seen and fold(value) not in AMBIGUOUS_FORMS:
                seen.add(key)
                out.append(value)
    return "|".join(out)


def read_extra() -> list[dict[str, str]]:
    rows = []
    lines = [line for line in EXTRA.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    header = tuple(lines[0].split("\t"))
    if header != EXTRA_COLUMNS:
        sys.exit(f"{EXTRA.name}: columns are {header}, expected {EXTRA_COLUMNS}")
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(EXTRA_COLUMNS):
            sys.exit(f"{EXTRA.name}: data line {number}: {len(cells)} columns, expected {len(EXTRA_COLUMNS)}")
        rows.append(dict(zip(EXTRA_COLUMNS, cells)))
    return rows


def split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def official_forms(country, translate) -> tuple[list[str], list[str]]:
    """French and English official forms from pycountry, skipping inverted and glossed ones
    ("Russie, Fédération de", "Saint-Siège (état de la cité du Vatican)")."""
    english = [getattr(country, attr, "") or "" for attr in ("name", "official_name", "common_name")]
    french = [translate(e) for e in english[:2] if e]
    keep = lambda forms: [f for f in forms if f and "," not in f and "(" not in f]  # noqa: E731
    return keep(french), keep(english)


def build() -> str:
    fr_names, en_names = babel.Locale("fr").territories, babel.Locale("en").territories
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    lines = ["\t".join(COUNTRY_COLUMNS)]
    owner: dict[tuple[str, str], str] = {}  # (form class, folded form) -> iso3
    problems = []
    for row in sorted(read_extra(), key=lambda r: r["iso3"]):
        iso3 = row["iso3"]
        if iso3 in NON_ISO:
            iso2, official_fr, official_en = NON_ISO[iso3], [], []
        else:
            country = pycountry.countries.get(alpha_3=iso3)
            if country is None:
                problems.append(f"{iso3}: not an ISO 3166-1 alpha-3 code")
                continue
            iso2 = country.alpha_2
            official_fr, official_en = official_forms(country, translate)
        cldr_fr, cldr_en = fr_names.get(iso2), en_names.get(iso2)
        if not cldr_fr or not cldr_en:
            problems.append(f"{iso3}: CLDR has no name for {iso2}")
            continue
        cldr_en_and = cldr_en.replace(" & ", " and ")
        name_fr = row["name_fr"] or clean(cldr_fr)
        name_en = row["name_en"] or clean(cldr_en_and)
        aliases_fr = merge([cldr_fr], split(row["aliases_fr"]), official_fr, exclude=[name_fr])
        aliases_en = merge([cldr_en_and], split(row["aliases_en"]),
                           official_en, exclude=[name_en])
        cells = {
            "iso3": iso3, "iso2": iso2, "name_fr": name_fr, "aliases_fr": aliases_fr,
            "name_en": name_en, "aliases_en": aliases_en,
            "demonyms_fr": merge(split(row["demonyms_fr"])), "demonyms_en": merge(split(row["demonyms_en"])),
            "capital_fr": merge(split(row["capital_fr"])), "seats_fr": merge(split(row["seats_fr"])),
        }
        classes = {"name": [name_fr, name_en, *split(aliases_fr), *split(aliases_en)],
                   "capital": split(cells["capital_fr"]), "seat": split(cells["seats_fr"]),
                   "demonym": split(cells["demonyms_fr"]) + split(cells["demonyms_en"])}
        for form_class, forms in classes.items():
            for form in forms:
                key = (form_class, fold(form))
                if owner.setdefault(key, iso3) != iso3:
                    problems.append(f"{form_class} {form!r} names both {owner[key]} and {iso3}")
        lines.append("\t".join(cells[c] for c in COUNTRY_COLUMNS))
    if problems:
        sys.exit("countries.tsv not built:\n  " + "\n  ".join(problems))
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if countries.tsv differs from a fresh build")
    args = parser.parse_args()
    text = build()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            sys.exit(f"{OUTPUT} is out of date: run python tools/build_countries.py")
        print(f"{OUTPUT.name} is up to date ({text.count(chr(10)) - 1} states)")
        return
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 1} states, babel {babel.__version__})")


if __name__ == "__main__":
    main()
