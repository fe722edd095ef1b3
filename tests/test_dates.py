"""Tests for the French temporal expression finder (newsgraph.nlp.dates)."""
from pathlib import Path

import pytest

from newsgraph.evaluate.dates import score_date_table
from newsgraph.nlp.dates import find_dates, normalise, parse_number

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
    assert parse_number("quatre-vingt-dix-neuf") == 99
    assert parse_number("vingt et un") == 21


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
