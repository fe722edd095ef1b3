"""The gazetteer: lookups that fold case, accents and punctuation, and the integrity of data/*.tsv."""
from __future__ import annotations

import csv
import importlib.util
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from newsgraph.errors import InputError
from newsgraph.gazetteer import load_gazetteer
from newsgraph.gazetteer_data import (COUNTRY_COLUMNS, MEDIA_COLUMNS, MEDIA_KINDS, ORG_COLUMNS, ORG_KINDS,
                                      PEOPLE_COLUMNS)
from newsgraph.textfold import fold, slugify

ROOT = Path(__file__).resolve().parents[1]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def read(name: str) -> list[dict[str, str]]:
    text = resources.files("newsgraph.data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------- countries

@pytest.mark.parametrize("text, iso3, match", [
    ("Russie", "RUS", "name"),
    ("Fédération de Russie", "RUS", "name"),
    ("Moscou", "RUS", "capital"),
    ("Kremlin", "RUS", "seat"),
    ("le Kremlin", "RUS", "seat"),
    ("russe", "RUS", "demonym"),
    ("russes", "RUS", "demonym"),
    ("Etats-Unis", "USA", "name"),
    ("États-Unis", "USA", "name"),
    ("Etats Unis", "USA", "name"),
    ("ÉTATS-UNIS", "USA", "name"),
    ("Washington", "USA", "capital"),
    ("Maison-Blanche", "USA", "seat"),
    ("Maison Blanche", "USA", "seat"),
    ("la Maison-Blanche", "USA", "seat"),
    ("Pentagone", "USA", "seat"),
    ("nord-coréenne", "PRK", "demonym"),
    ("Corée du Nord", "PRK", "name"),
    ("Coree du Nord", "PRK", "name"),
    ("Corée du Sud", "KOR", "name"),
    ("Pékin", "CHN", "capital"),
    ("Pekin", "CHN", "capital"),
    ("République populaire de Chine", "CHN", "name"),
    ("Téhéran", "IRN", "capital"),
    ("Kiev", "UKR", "capital"),
    ("Kyiv", "UKR", "capital"),
    ("Elysée", "FRA", "seat"),
    ("Quai d’Orsay", "FRA", "seat"),
    ("Downing Street", "GBR", "seat"),
    ("Grande-Bretagne", "GBR", "name"),
    ("Birmanie", "MMR", "name"),
    ("Myanmar", "MMR", "name"),
    ("Côte d’Ivoire", "CIV", "name"),
    ("Cote d'Ivoire", "CIV", "name"),
    ("Palestine", "PSE", "name"),
    ("Taïwan", "TWN", "name"),
    ("Kosovo", "XKX", "name"),
    ("RDC", "COD", "name"),
    ("Union Européenne", None, None),
    ("RUS", "RUS", "code"),
    ("USA", "USA", "name"),
])
def test_country_lookup(gaz, text, iso3, match):
    entry = gaz.country(text)
    if iso3 is None:
        assert entry is None
    else:
        assert entry is not None, text
        assert (entry.iso3, entry.match) == (iso3, match)
        assert entry.id == f"country:{iso3}"


def test_acronyms_only_match_capitals(gaz):
    assert gaz.country("EAU").iso3 == "ARE"
    assert gaz.country("eau") is None  # water
    assert gaz.country("CAR") is not None and gaz.country("car") is None


def test_one_word_names_need_a_capital(gaz):
    assert gaz.country("Grenade").iso3 == "GRD" and gaz.country("grenade") is None
    assert gaz.country("Équateur").iso3 == "ECU" and gaz.country("équateur") is None
    assert gaz.country("RUSSIE").iso3 == "RUS"
    assert gaz.country("le Kremlin").iso3 == "RUS"


@pytest.mark.parametrize("word, iso3", [
    ("russe", "RUS"), ("Russes", "RUS"), ("nord-coréen", "PRK"), ("nord-coréennes", "PRK"),
    ("nord coréenne", "PRK"), ("sud-coréens", "KOR"), ("américain", "USA"), ("américaines", "USA"),
    ("états-unien", "USA"), ("britannique", "GBR"), ("chinoises", "CHN"), ("iranienne", "IRN"),
    ("syriens", "SYR"), ("maliennes", "MLI"), ("afghane", "AFG"), ("turque", "TUR"), ("grecques", "GRC"),
    ("burkinabè", "BFA"), ("qataris", "QAT"), ("émiratie", "ARE"), ("suissesse", "CHE"),
    ("ukrainiens", "UKR"), ("israéliens", "ISR"), ("palestinienne", "PSE"), ("taïwanais", "TWN"),
    ("kosovare", "XKX"),
    # ambiguous forms, chosen on purpose (see SOURCES.md)
    ("guinéen", "GIN"), ("congolais", "COD"), ("dominicaine", "DOM"),
    # near misses that must not be confused
    ("nigérien", "NER"), ("nigérian", "NGA"), ("mauricien", "MUS"), ("mauritanien", "MRT"),
    ("soudanais", "SDN"), ("sud-soudanais", "SSD"),
])
def test_demonyms(gaz, word, iso3):
    assert gaz.demonym(word) == iso3


def test_ambiguous_names_left_out(gaz):
    for text in ("Congo", "Corée", "Amérique", "Hollande", "coréen"):
        assert gaz.country(text) is None, text


def test_countries_file_integrity():
    rows = read("countries.tsv")
    assert tuple(rows[0].keys()) == COUNTRY_COLUMNS
    assert len(rows) == 197  # 193 UN members, Vatican, Palestine, Taiwan, Kosovo
    assert len({r["iso3"] for r in rows}) == len(rows)
    for row in rows:
        assert None not in row.values(), row["iso3"]  # every line has every column
        assert row["name_fr"] and row["name_en"], row["iso3"]
        if row["iso3"] == "XKX":
            assert row["iso2"] == "XK"
            continue
        country = pycountry.countries.get(alpha_3=row["iso3"])
        assert country is not None, f"{row['iso3']} is not an ISO 3166-1 alpha-3 code"
        assert country.alpha_2 == row["iso2"]
        assert row["capital_fr"] or row["iso3"] == "VAT", row["iso3"]
    without_demonym = {r["iso3"] for r in rows if not r["demonyms_fr"]}
    assert without_demonym == {"COG"}  # "congolais" goes to COD; see SOURCES.md


def test_no_form_names_two_states():
    """A demonym, name, capital or seat that folds to the same key never names two states."""
    owners = defaultdict(set)
    for row in read("countries.tsv"):
        for column in ("name_fr", "aliases_fr", "name_en", "aliases_en", "demonyms_fr",
                       "demonyms_en", "capital_fr", "seats_fr"):
            for form in filter(None, row[column].split("|")):
                owners[fold(form)].add(row["iso3"])
    conflicts = {form: isos for form, isos in owners.items() if len(isos) > 1}
    assert not conflicts


def test_every_demonym_has_four_forms_or_is_invariable():
    """Masculine-singular demonyms in -ien/-ain/-ais come with their feminine and plurals."""
    for row in read("countries.tsv"):
        forms = set(row["demonyms_fr"].split("|"))
        for form in forms:
            if form.endswith("ien"):
                assert {form + "ne", form + "s", form + "nes"} <= forms, form
            elif form.endswith(("ain", "ais", "ois")):
                assert form + "e" in forms and form + "es" in forms, form


def test_countries_file_is_up_to_date():
    """countries.tsv is what tools/build_countries.py makes from CLDR and countries_extra.tsv."""
    spec = importlib.util.spec_from_file_location("build_countries", ROOT / "tools" / "build_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = resources.files("newsgraph.data").joinpath("countries.tsv").read_text(encoding="utf-8")
    assert module.build() == current, "run python tools/build_countries.py"


# ---------------------------------------------------------------- organisations and media

@pytest.mark.parametrize("text, org_id", [
    ("OTAN", "org:otan"), ("NATO", "org:otan"), ("Otan", "org:otan"), ("Alliance atlantique", "org:otan"),
    ("ONU", "org:onu"), ("Nations unies", "org:onu"), ("Union européenne", "org:ue"),
    ("Union Européenne", "org:ue"), ("UE", "org:ue"), ("Daech", "org:etat-islamique"),
    ("État islamique", "org:etat-islamique"), ("Etat islamique", "org:etat-islamique"),
    ("Al-Qaïda", "org:al-qaida"), ("Al Qaida", "org:al-qaida"), ("talibans", "org:talibans"),
    ("Communauté économique des États d'Afrique de l'Ouest", "org:cedeao"),
    ("Human Rights Watch", "org:hrw"), ("BRICS", "org:brics"), ("Université de Mons", "org:universite-de-mons"),
    ("PS", "org:ps"), ("ps", None), ("Hamas", "org:hamas"), ("hamas", None),
    ("SPF Affaires étrangères", "org:spf-affaires-etrangeres"),  # Belgium's foreign ministry, as its press names it
])
def test_organization_lookup(gaz, text, org_id):
    entry = gaz.organization(text)
    assert (entry.id if entry else None) == org_id


@pytest.mark.parametrize("text, media_id", [
    ("AFP", "media:afp"), ("Agence France-Presse", "media:afp"), ("Agence France Presse", "media:afp"),
    ("agence France-Presse", "media:afp"), ("afp", None), ("Reuters", "media:reuters"),
    ("CNN", "media:cnn"), ("BFM-TV", "media:bfmtv"), ("BFMTV", "media:bfmtv"), ("LeMonde.fr", "media:le-monde"),
    ("Le Monde", "media:le-monde"), ("le Monde", "media:le-monde"), ("le monde", None),
    ("Le Temps", "media:le-temps"), ("le temps", None), ("L’Obs", "media:l-obs"),
    ("Chine nouvelle", "media:xinhua"), ("KCNA", "media:kcna"), ("Yonhap", "media:yonhap"),
])
def test_media_lookup(gaz, text, media_id):
    entry = gaz.media(text)
    assert (entry.id if entry else None) == media_id


@pytest.mark.parametrize("name, columns, prefix, kinds", [
    ("organizations.tsv", ORG_COLUMNS, "org:", ORG_KINDS),
    ("media.tsv", MEDIA_COLUMNS, "media:", MEDIA_KINDS),
])
def test_org_and_media_file_integrity(name, columns, prefix, kinds):
    rows = read(name)
    isos = {r["iso3"] for r in read("countries.tsv")}
    assert tuple(rows[0].keys()) == columns
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(rows) >= 150
    for row in rows:
        assert None not in row.values() and None not in row, row["id"]
        assert row["id"].startswith(prefix) and SLUG.match(row["id"][len(prefix):]), row["id"]
        assert row["name"], row["id"]
        assert row["kind"] in kinds, row["id"]
        # "FRA*": the listed state of a name many states give their own body (Assemblée nationale)
        assert row["country"] == "" or row["country"].rstrip("*") in isos, row["id"]


def test_no_name_shared_by_two_organisations_or_media(gaz):
    for entries, forms_of in ((gaz.organizations, lambda o: (o.name, o.acronym or "", *o.aliases)),
                              (gaz.media_outlets, lambda m: (m.name, *m.aliases))):
        owners = defaultdict(set)
        for entry in entries:
            for form in filter(None, forms_of(entry)):
                owners[form if form.isupper() else fold(form)].add(entry.id)
        assert not {f: ids for f, ids in owners.items() if len(ids) > 1}


# ---------------------------------------------------------------- people

def test_putin(gaz):
    entry = gaz.person("Poutine", 2023)
    assert entry.id == "person:vladimir-poutine"
    assert entry.country == "RUS"
    assert [(r.role, r.country) for r in gaz.roles_of(entry.id, 2023)] == [("président", "RUS")]
    assert [r.role for r in gaz.roles_of(entry.id, 2010)] == ["Premier ministre"]
    assert gaz.person("Vladimir Putin").id == gaz.person("vladimir poutine").id == entry.id


@pytest.mark.parametrize("name, person_id", [
    ("Kim Jong-un", "person:kim-jong-un"), ("Kim Jong Un", "person:kim-jong-un"),
    ("Zelenskyy", "person:volodymyr-zelensky"), ("Zelenski", "person:volodymyr-zelensky"),
    ("Bachar el-Assad", "person:bachar-al-assad"), ("Bashar al-Assad", "person:bachar-al-assad"),
    ("Erdoğan", "person:recep-tayyip-erdogan"), ("Lula", "person:luiz-inacio-lula-da-silva"),
    ("Sergei Lavrov", "person:serguei-lavrov"), ("Xi Jinping", "person:xi-jinping"),
    ("Antony Blinken", "person:antony-blinken"), ("Ali Khamenei", "person:ali-khamenei"),
])
def test_person_aliases(gaz, name, person_id):
    assert gaz.person(name).id == person_id


def test_persons_by_surname(gaz):
    assert {p.id for p in gaz.persons_by_surname("Sharif")} == {"person:nawaz-sharif", "person:shehbaz-sharif"}
    assert [p.id for p in gaz.persons_by_surname("Sharif", 2015)] == ["person:nawaz-sharif"]
    assert "person:kim-jong-un" in {p.id for p in gaz.persons_by_surname("Kim")}  # family name first
    assert [p.id for p in gaz.persons_by_surname("Assad", 2012)] == ["person:bachar-al-assad"]
    assert {p.id for p in gaz.persons_by_surname("Assad")} == {"person:bachar-al-assad", "person:hafez-el-assad"}
    assert [p.id for p in gaz.persons_by_surname("von der Leyen")] == ["person:ursula-von-der-leyen"]
    assert gaz.persons_by_surname("III") == ()  # regnal numbers are no surnames


def test_person_country_follows_the_year(gaz):
    assert gaz.person("Charles Michel", 2016).country == "BEL"
    assert gaz.person("Charles Michel", 2022).country is None  # an EU office holds no nationality
    assert gaz.person("Trump", 2019).id == gaz.person("Trump", 2025).id == "person:donald-trump"


def test_people_file_integrity():
    rows = read("people.tsv")
    isos = {r["iso3"] for r in read("countries.tsv")}
    assert tuple(rows[0].keys()) == PEOPLE_COLUMNS
    assert len(rows) >= 300
    names = {}
    terms, in_window = set(), set()
    for row in rows:
        assert None not in row.values() and None not in row, row["id"]
        assert row["id"] == f"person:{slugify(row['name'])}", row["id"]
        assert names.setdefault(row["id"], row["name"]) == row["name"], row["id"]
        assert row["role"] and row["start"].isdigit(), row["id"]
        assert row["country"] == "" or row["country"] in isos, row["id"]
        start, end = int(row["start"]), int(row["end"]) if row["end"] else None
        assert 1950 <= start <= 2026 and (end is None or start <= end <= 2026), row["id"]
        if end is None or end >= 2010:
            in_window.add(row["id"])
        term = (row["id"], row["role"], row["start"])
        assert term not in terms, term
        terms.add(term)
    assert set(names) == in_window, "everyone holds an office within 2010-2026"


def test_no_two_ongoing_terms_of_one_office():
    """Two holders of the same national office cannot both be ongoing (end empty)."""
    single = {"président", "présidente", "Premier ministre", "Première ministre", "chancelier",
              "chancelière", "roi", "reine", "émir", "secrétaire d'État", "ministre des Affaires étrangères",
              "chef du gouvernement", "cheffe du gouvernement", "président du Conseil", "présidente du Conseil"}
    ongoing = defaultdict(set)
    for row in read("people.tsv"):
        role = row["role"].replace("Première", "Premier").replace("présidente", "président")
        role = role.replace("chancelière", "chancelier").replace("cheffe", "chef")
        if row["role"] in single and not row["end"] and row["country"]:
            ongoing[(row["country"], role)].add(row["id"])
    assert not {k: v for k, v in ongoing.items() if len(v) > 1}


# ---------------------------------------------------------------- helpers and user files

def test_surface_forms(gaz):
    forms = gaz.surface_forms()
    assert {"maison-blanche", "maison blanche", "kremlin", "etats-unis", "otan", "agence france-presse"} <= forms
    assert "russe" not in forms  # demonyms are looked up, not scanned


def test_user_import_file(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("id,name,kind,country,aliases,role,start,end\n"
                    ",Anne Delizée,person,BEL,Delizée,chercheuse,2023,\n"
                    "org:cercle-x,Cercle X,ngo,FRA,CX,,,\n"
                    ",Radio Test,radio,BEL,,,,\n"
                    "person:vladimir-poutine,Vladimir Poutine,person,RUS,Vova,directeur du FSB,1998,1999\n",
                    encoding="utf-8")
    gaz = load_gazetteer([path])
    assert gaz.person("Anne Delizee").id == "person:anne-delizee"
    assert [r.role for r in gaz.roles_of("person:anne-delizee", 2024)] == ["chercheuse"]
    assert gaz.organization("CX").id == "org:cercle-x"
    assert gaz.media("Radio Test").kind == "radio"
    assert gaz.person("Vova").id == "person:vladimir-poutine"  # rows add to a known person
    assert load_gazetteer([path]) is gaz  # cached per set of files
    assert load_gazetteer().organization("CX") is None


def test_surnames_follow_the_name_parts_of_the_data(tmp_path):
    """data/name_parts.tsv: particles join a surname, hyphenated prefixes drop, suffixes are no
    surname, and a monarch (a role of lang/fr/monarch_roles.txt) has none at all."""
    path = tmp_path / "people.csv"
    path.write_text("name,kind,country,role\n"
                    "Ahmed Ould Testa,person,MRT,président\n"
                    "Karim al-Testi,person,SYR,président\n"
                    "Paulo Testo Jr,person,BRA,président\n"
                    "Testard Ier,person,BEL,roi\n", encoding="utf-8")
    gaz = load_gazetteer([path])
    parts = gaz.name_parts
    assert {"ould", "von", "da", "al"} <= parts.particles and "al-" in parts.prefixes and "Jr" in parts.suffixes

    def ids(surname):
        return {p.id for p in gaz.persons_by_surname(surname)}
    assert ids("Testa") == ids("Ould Testa") == {"person:ahmed-ould-testa"}
    assert ids("Testi") == ids("al-Testi") == {"person:karim-al-testi"}
    assert ids("Testo") == {"person:paulo-testo-jr"} and not ids("Jr")
    assert not ids("Testard") and not ids("Ier")


def test_user_import_file_errors(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,kind\nSomething,planet\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_gazetteer([path])
    assert error.value.code == "E060" and "bad.csv:2" in str(error.value)
    with pytest.raises(InputError):
        load_gazetteer([tmp_path / "missing.csv"])


def test_historical_people_file():
    rows = read("people_historical.tsv")
    assert tuple(rows[0].keys()) == PEOPLE_COLUMNS and len(rows) >= 40
    current = {r["id"] for r in read("people.tsv")}
    for row in rows:
        assert row["id"] == f"person:{slugify(row['name'])}" and row["id"] not in current, row["id"]
        assert int(row["start"]) <= int(row["end"]) <= 2010, row["id"]
    gaz = load_gazetteer()
    assert gaz.person("De Gaulle", 1962).country == "FRA"
    assert gaz.person("Khomeini").country == "IRN"


def test_officials_who_speak_for_their_state(gaz):
    # a foreign minister, a president's or government's spokesperson, a term before the best known one
    assert gaz.person("Jean Asselborn", 2020).country == "LUX"
    assert gaz.person("Tina Salama", 2024).country == "COD"
    assert gaz.person("Mike Pompeo", 2017).country == "USA"
    assert gaz.person("Karine Jean-Pierre", 2023).country == "USA"
