"""Tests for the French temporal expression finder (newsgraph.nlp.dates) on raw text."""
from functools import partial
from pathlib import Path

import pytest

from newsgraph.evaluate.dates import score_date_table
from newsgraph.lang import load_pack
from newsgraph.nlp import dates

FR = load_pack("fr")
find_dates = partial(dates.find_dates, pack=FR)
normalise = partial(dates.normalise, pack=FR)

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "eval" / "dates_fr.tsv"
KIM = Path(__file__).resolve().parent / "data" / "kim-putin-2023.txt"


def by_text(refs, text):
    matches = [r for r in refs if r.text == text]
    assert matches, f"{text!r} not found in {[r.text for r in refs]}"
    return matches[0]


# --- (a) the gold table --------------------------------------------------------------------

def test_table_accuracy():
    result = score_date_table(TABLE)
    assert result["rows"] >= 100
    details = "\n".join(f"{e['expected']} <- {e['found']}: {e['sentence']}"
                        for e in result["errors"])
    assert result["accuracy"] >= 0.9, details


# --- (b) tricky cases ----------------------------------------------------------------------

def test_compound_number_is_not_its_last_word():
    ref = normalise("dix-huit mois", "2023-09-12")
    assert (ref.text, ref.value, ref.kind) == ("dix-huit mois", "P18M", "duration")
    lexicon = dates.date_lexicon(FR)
    assert dates.parse_number("quatre-vingt-dix-neuf", lexicon) == 99
    assert dates.parse_number("vingt et un", lexicon) == 21
    assert dates.parse_number("deux cent quatre-vingts", lexicon) == 280
    assert dates.parse_number("trois mille", lexicon) is None


def test_plus_de_duration_is_not_a_date():
    refs = find_dates("Après plus de dix-huit mois de guerre, Moscou insiste.", "2023-09-12")
    assert [(r.text, r.value, r.kind) for r in refs] == [("dix-huit mois", "P18M", "duration")]


def test_pronouns_are_not_weekdays():
    assert find_dates("Je pense que Sa Majesté viendra. Je ne sais pas.", "2023-09-12") == []


def test_depuis_year_runs_to_publication():
    ref = normalise("depuis 2011", "2023-09-12")
    assert (ref.value, ref.kind, ref.granularity) == ("2011/2023-09-12", "range", "year")
    assert normalise("depuis 2011", None).value is None


def test_weekday_dernier_and_prochain():
    # 2023-09-14 is a Thursday.
    assert normalise("mardi dernier", "2023-09-14").value == "2023-09-12"
    assert normalise("mardi prochain", "2023-09-14").value == "2023-09-19"
    # Published on a Tuesday: bare "mardi" is that day, "mardi dernier" the week before.
    assert normalise("mardi", "2023-09-12").value == "2023-09-12"
    assert normalise("mardi dernier", "2023-09-12").value == "2023-09-05"


def test_future_tense_moves_year_less_dates_forward():
    refs = find_dates("Le sommet aura lieu en octobre.", "2023-09-12")
    assert by_text(refs, "en octobre").value == "2023-10"
    refs = find_dates("Le sommet a eu lieu en octobre.", "2023-09-12")
    assert by_text(refs, "en octobre").value == "2022-10"


def test_offsets_exact_with_curly_apostrophes_and_nbsp():
    text = ("L’an dernier, la Russie a envahi l’Ukraine.\u00a0Hier soir,le président "
            "s’est exprimé au mois d’avril\u202f2019… Le 3\u00a0mai, rien.")
    refs = find_dates(text, "2023-09-12")
    for ref in refs:
        assert text[ref.start:ref.end] == ref.text
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    assert by_text(refs, "L’an dernier").value == "2022"
    assert by_text(refs, "Hier soir").value == "2023-09-11"
    assert by_text(refs, "au mois d’avril\u202f2019").value == "2019-04"
    assert by_text(refs, "Le 3\u00a0mai").value == "2023-05-03"


def test_counts_ages_and_hours_are_not_dates():
    for sentence in ("Je pense que 2 000 personnes sont venues.",
                     "Un homme de 50 ans a été arrêté.",
                     "Il a obtenu 75 % des voix.",
                     "Une amende de 2000 euros.",
                     "Le couvre-feu commence à 20 heures.",
                     "La sonde a été envoyée vers Mars."):
        assert find_dates(sentence, "2023-09-12") == [], sentence


def test_ranges():
    assert normalise("entre 2018 et 2019", "2023-09-12").value == "2018/2019"
    assert normalise("de 2018 à 2019", "2023-09-12").value == "2018/2019"
    assert normalise("du 28 décembre au 3 janvier 2024", None).value == \
        "2023-12-28/2024-01-03"
    assert normalise("dans les prochains jours", "2023-12-30").value == \
        "2023-12-31/2024-01-06"


def test_leap_year_and_year_boundary():
    assert normalise("hier", "2024-03-01").value == "2024-02-29"
    assert normalise("demain", "2023-12-31").value == "2024-01-01"
    assert normalise("la semaine dernière", "2024-01-02").value == "2023-W52"
    assert normalise("il y a un an", "2024-02-29").value == "2023"


def test_veille_and_lendemain_follow_the_last_day_mentioned():
    refs = find_dates("Il est arrivé le 3 mai et reparti le lendemain.", "2023-09-12")
    assert by_text(refs, "le lendemain").value == "2023-05-04"
    refs = find_dates("Il l'avait rencontré la veille.", "2023-09-12")
    assert by_text(refs, "la veille").value == "2023-09-11"
    assert find_dates("Il a changé du jour au lendemain.", "2023-09-12") == []


def test_decades_centuries_and_approximate_points():
    assert normalise("les années 1990", "2023-09-12").value == "199X"
    assert normalise("au XIXe siècle", "2023-09-12").value == "18XX"
    assert normalise("fin 2012", "2023-09-12").value == "2012"
    assert normalise("mi-août", "2023-09-12").value == "2023-08"
    assert normalise("au printemps 2020", "2023-09-12").value == "2020"


def test_relative_without_publication_date_is_found_with_no_value():
    refs = find_dates("Mardi dernier, il l'a dit ; en 2011 aussi.", None)
    assert [(r.text, r.value) for r in refs] == [("Mardi dernier", None), ("en 2011", "2011")]


# --- (c) the Kim/Putin article -------------------------------------------------------------

@pytest.fixture(scope="module")
def kim_refs():
    return find_dates(KIM.read_text(encoding="utf-8"), "2023-09-12")


def test_kim_article(kim_refs):
    texts = {r.text: r for r in kim_refs}
    assert by_text(kim_refs, "dans les prochains jours").kind == "range"
    assert by_text(kim_refs, "au mois d'avril 2019").value == "2019-04"
    assert {"en 2011", "2011"} & set(texts)
    assert by_text(kim_refs, "entre 2018 et 2019").value == "2018/2019"
    eighteen = by_text(kim_refs, "dix-huit mois")
    assert (eighteen.value, eighteen.kind) == ("P18M", "duration")
    assert {"jusqu'en 2022", "2022"} & set(texts)
    assert not {"Je", "20 heures"} & set(texts)


def test_kim_article_offsets(kim_refs):
    text = KIM.read_text(encoding="utf-8")
    for ref in kim_refs:
        assert text[ref.start:ref.end] == ref.text
    for a, b in zip(kim_refs, kim_refs[1:]):
        assert a.end <= b.start


# --- (d) one example per rule of the cascade ------------------------------------------------
# (pattern, sentence, published, expected (text, value, kind)); the pattern alone must find it.

RULE_EXAMPLES = [
    ("range", "Il a vécu à Lyon entre 2018 et 2019.", "2023-09-12", ("entre 2018 et 2019", "2018/2019", "range")),
    ("year_span", "Pendant la saison 2021-22, rien.", "2023-09-12", ("2021-22", "2021/2022", "range")),
    ("full_date", "Il est né le 1er juillet 2012.", "2023-09-12", ("le 1er juillet 2012", "2012-07-01", "date")),
    ("numeric_date", "Signé le 28/08/2023 à Paris.", "2023-09-12", ("le 28/08/2023", "2023-08-28", "date")),
    ("iso_date", "Mis à jour 2023-09-14 par l'agence.", "2023-09-12", ("2023-09-14", "2023-09-14", "date")),
    ("period_around", "Il partira dans les prochains jours.", "2023-09-12",
     ("dans les prochains jours", "2023-09-13/2023-09-19", "range")),
    ("shifted", "Il est parti il y a dix-huit mois.", "2023-09-12", ("il y a dix-huit mois", "2022-03", "date")),
    ("edge_relative", "Il partira en fin de semaine.", "2023-09-12", ("en fin de semaine", "2023-W37", "date")),
    ("relative_period", "Il a plu la semaine dernière.", "2023-09-12", ("la semaine dernière", "2023-W36", "date")),
    ("relative_day", "Il est arrivé avant-hier soir.", "2023-09-12", ("avant-hier soir", "2023-09-10", "date")),
    ("anchored_day", "Il l'avait vu la veille.", "2023-09-12", ("la veille", "2023-09-11", "date")),
    ("season", "Ils se sont vus l'été dernier.", "2023-07-01", ("l'été dernier", "2022", "date")),
    ("quarter", "Le PIB a crû au troisième trimestre 2023.", "2023-09-12",
     ("au troisième trimestre 2023", "2023-07/2023-09", "range")),
    ("century", "Un château du XIXe siècle.", "2023-09-12", ("XIXe siècle", "18XX", "date")),
    ("decade", "La crise des années 1990 a marqué le pays.", "2023-09-12", ("années 1990", "199X", "date")),
    ("month_point", "Il est venu en avril.", "2023-09-12", ("en avril", "2023-04", "date")),
    ("year_point", "Il est venu en 2011.", "2023-09-12", ("en 2011", "2011", "date")),
    ("weekday_range", "Ils se réunissent de lundi à mercredi.", "2023-09-12",
     ("de lundi à mercredi", "2023-09-11/2023-09-13", "range")),
    ("weekday_day", "Ils se sont vus le lundi 11.", "2023-09-12", ("le lundi 11", "2023-09-11", "date")),
    ("weekday_point", "Ils se sont vus mardi dernier.", "2023-09-14", ("mardi dernier", "2023-09-12", "date")),
    ("recurrence", "Le festival a lieu tous les deux ans.", "2023-09-12", ("tous les deux ans", "P2Y", "set")),
    ("duration", "La guerre a duré un an et demi.", "2023-09-12", ("un an et demi", "P1Y6M", "duration")),
    ("vague_duration", "Il attend depuis des mois.", "2023-09-12", ("des mois", "PXM", "duration")),
]


def test_every_rule_has_an_example():
    from newsgraph.nlp.dates.finder import RULES
    assert {name for name, _ in RULES} == {name for name, *_ in RULE_EXAMPLES}


@pytest.mark.parametrize("name, sentence, published, expected", RULE_EXAMPLES,
                         ids=[e[0] for e in RULE_EXAMPLES])
def test_rule_finds_its_example(name, sentence, published, expected):
    from newsgraph.nlp.dates.finder import RULES, publication_date
    from newsgraph.nlp.dates.resolve import Context
    lexicon = dates.date_lexicon(FR)
    rule = dict(RULES)[name]
    ctx = Context(sentence, publication_date(published), lexicon)
    found = [rule(m, ctx) for m in lexicon.pattern(name).finditer(sentence)]
    assert any(f is not None for f in found), name
    # and the whole cascade keeps it
    assert expected in [(r.text, r.value, r.kind) for r in find_dates(sentence, published)]


# --- (e) the calendar interval of each value -------------------------------------------------

def test_first_and_last_are_the_days_the_value_covers():
    refs = find_dates("Jusqu'en 2022 puis en avril 2019, depuis mardi, pendant dix-huit mois, "
                      "tous les lundis et dans les années 1990.", "2023-09-14")
    got = {r.text: (r.first and r.first.isoformat(), r.last and r.last.isoformat()) for r in refs}
    assert got["Jusqu'en 2022"] == (None, "2022-12-31")
    assert got["en avril 2019"] == ("2019-04-01", "2019-04-30")
    assert got["depuis mardi"] == ("2023-09-12", "2023-09-14")
    assert got["dix-huit mois"] == (None, None)          # a duration covers no interval
    assert got["tous les lundis"] == (None, None)        # nor does a set
    assert got["les années 1990"] == ("1990-01-01", "1999-12-31")
    week = normalise("la semaine dernière", "2024-01-02")
    assert (week.value, str(week.first), str(week.last)) == ("2023-W52", "2023-12-25", "2023-12-31")
    assert normalise("mardi dernier", None).first is None


def _interval(value: str):
    """An independent reading of an ISO/EDTF value's first and last day, for the check below."""
    import calendar
    from datetime import date, timedelta
    if "/" in value:
        a, b = value.split("/")
        return (None if a == ".." else _interval(a)[0]), (None if b == ".." else _interval(b)[1])
    if "W" in value:
        monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        return monday, monday + timedelta(days=6)
    if value.endswith("XX"):
        first = max(1, int(value[:2]) * 100)
        return date(first, 1, 1), date(int(value[:2]) * 100 + 99, 12, 31)
    if value.endswith("X"):
        return date(int(value[:3]) * 10, 1, 1), date(int(value[:3]) * 10 + 9, 12, 31)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        return date(*parts, 1), date(*parts, calendar.monthrange(*parts)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def test_first_and_last_agree_with_the_value_on_the_gold_table():
    from newsgraph.evaluate.dates import read_date_table
    checked = 0
    for row in read_date_table(TABLE):
        for ref in find_dates(row["sentence"], row["published"] or None):
            if ref.value is None or ref.kind in ("duration", "set") or ref.value.startswith("-"):
                assert (ref.first, ref.last) == (None, None) or ref.value is not None
                continue
            assert (ref.first, ref.last) == _interval(ref.value), (ref.text, ref.value)
            checked += 1
    assert checked > 150


def test_a_bad_date_table_is_a_pack_error_with_file_and_line(tmp_path):
    import shutil
    from newsgraph.errors import PackError
    from newsgraph.lang import LanguagePack
    for entry in FR.root.iterdir():
        shutil.copy(str(entry), tmp_path / entry.name)
    units = tmp_path / "date_units.tsv"
    units.write_text(units.read_text(encoding="utf-8").replace("mois\tM\t1", "mois\tM\tun"), encoding="utf-8")
    with pytest.raises(PackError, match=r"lang/fr/date_units.tsv:\d+: count must be a whole number"):
        dates.find_dates("en 2011", None, LanguagePack("fr", tmp_path))
