"""Find and normalise French temporal expressions in news text.

Why our own rules rather than dateparser: on French news it reads "dix-huit mois" as eight
months and the pronoun "Je" as jeudi, and it returns None for "depuis 2011", "mardi dernier",
"entre 2018 et 2019" or "dans les prochains jours". A news article needs every expression
*found* with exact offsets, then *normalised* against the publication date; a small rule
cascade over the standard library does both and stays auditable.

Values (ISO 8601, with EDTF's X for unspecified digits):
  kind 'date'      a point: day '2023-09-12', week '2023-W37', month '2019-04', year '2011',
                   decade '199X' (the 1990s), century '18XX' (XIXe siècle = the 1800s).
                   Approximate points ('fin 2012', 'début juillet', 'mi-août', 'au printemps
                   2020') get the smallest calendar unit that contains them ('2012', '2023-07',
                   '2023-08', '2020'); the granularity is that unit's, so seasons are 'year'.
  kind 'range'     'START/END' ('2018/2019'; 'depuis 2011' -> '2011/<published>');
                   an open end is '..' ("jusqu'en 2022" -> '../2022'). The granularity is the
                   end point's. Vague spans follow FEW below: 'dans les prochains jours' is
                   published+1 .. published+7 days. Quarters and half-years are month ranges
                   ('au troisième trimestre 2023' -> '2023-07/2023-09').
  kind 'duration'  'P18M', 'P2W', 'P3Y', 'P1Y6M'; unspecified amounts as TIMEX3 does
                   ('des mois' -> 'PXM', 'des décennies' -> 'PXDE'); granularity 'duration'.
  kind 'set'       recurrences: 'chaque année' -> 'P1Y', 'tous les lundis' -> 'XXXX-WXX-1';
                   granularity is the repeated unit.
Expressions relative to the publication date get value None when it is unknown. A date
without a year ('le 3 mai', 'en avril', 'mardi') takes the occurrence on the side the tense of
its clause points to: the past by default, the future after "sera", "doit", "prévu", ...

Spans: a preposition that keeps the meaning of a point belongs to the expression ('en 2011',
'le 3 mai', 'au mois d'avril 2019', 'au XIXe siècle', 'de 2007', 'dès 2011'); one that changes
it makes a range and belongs too ('depuis 2011', "jusqu'en 2022", "d'ici 2030", 'entre 2018
et 2019'). 'avant'/'après' only license a bare year, which is then the whole span. For
durations the span is the amount and unit only ('dix-huit mois' in 'plus de dix-huit mois').
Times of day ('20 heures', '18h30') are ignored.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.model import DateRef

__all__ = ["find_dates", "normalise"]

# ---------------------------------------------------------------------------------------------
# Vocabulary. Accented and unaccented spellings both occur in scraped text.

MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "février": 2, "fevr": 2, "févr": 2, "fev": 2,
    "fév": 2, "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "aout": 8, "août": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "decembre": 12, "décembre": 12, "dec": 12, "déc": 12,
}
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
            "dimanche": 6}
NUMBER_WORDS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
}
# "une dizaine d'années": approximate amounts, taken at their face value.
APPROX_NUMBERS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                  "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
                  "centaine": 100}
# Unit word -> (ISO designator, multiplier). Decades and centuries become years in ISO.
UNITS = {"an": ("Y", 1), "ans": ("Y", 1), "année": ("Y", 1), "années": ("Y", 1),
         "annee": ("Y", 1), "annees": ("Y", 1), "mois": ("M", 1), "semaine": ("W", 1),
         "semaines": ("W", 1), "jour": ("D", 1), "jours": ("D", 1), "journée": ("D", 1),
         "journées": ("D", 1), "journee": ("D", 1), "journees": ("D", 1),
         "décennie": ("Y", 10), "décennies": ("Y", 10), "decennie": ("Y", 10),
         "decennies": ("Y", 10), "siècle": ("Y", 100), "siècles": ("Y", 100),
         "siecle": ("Y", 100), "siecles": ("Y", 100)}
# Seasons as meteorological months (first, last); winter runs into the next year and is
# named after its January ("l'hiver 2012" = December 2011 to February 2012).
SEASONS = {"printemps": (3, 5), "été": (6, 8), "ete": (6, 8), "eté": (6, 8), "etè": (6, 8),
           "automne": (9, 11), "hiver": (12, 2)}
# What "quelques / ces derniers / les prochains" spans when no number is given:
# days -> a week, weeks -> four weeks, months -> six months, years -> five years.
FEW = {"D": 7, "W": 28, "M": 6, "Y": 5}

# ---------------------------------------------------------------------------------------------
# Scraped-text warts: curly apostrophes and narrow/non-breaking spaces are mapped one
# character for one character, so offsets in the cleaned text are offsets in the original.
_CLEAN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
                        "\u2010": "-", "\u2011": "-"})

# ---------------------------------------------------------------------------------------------
# Regular-expression building blocks (all patterns run with IGNORECASE | VERBOSE).

_MONTH = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
          r"|novembre|d[ée]cembre)(?!\w)")
# Abbreviations need their full stop: bare "sept" is the number seven.
_MONTH_ABBR = r"(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\."
_ANY_MONTH = rf"(?:{_MONTH}|{_MONTH_ABBR})"
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAY = r"(?:1\s?(?:er|ᵉʳ)|0?[1-9]|[12]\d|3[01])(?!\d)"
# Years 1000-2100 only: four digits outside that range are counts, not years.
_YEAR = r"(?:1\d{3}|20\d{2}|2100)(?![\d]|[.,]\d)"
_NUM_WORD = (r"(?:z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
             r"|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?)(?!\w)")
# "dix-huit", "vingt et un", "quatre-vingt-dix", "dix huit": the whole compound is one
# number, so "dix-huit mois" can never be read as "huit mois".
_NUMBER = rf"(?:\d{{1,3}}(?![\d,.]\d)|{_NUM_WORD}(?:(?:-et-|\s+et\s+|-|\s+){_NUM_WORD})*)"
_APPROX = (r"(?:une?\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine"
           r"|cinquantaine|soixantaine|centaine)\s*d(?:e\s+|'))")
_QTY = rf"(?:{_APPROX}|{_NUMBER}|quelques|plusieurs)"
_UNIT = (r"(?:ans?|ann[ée]es?|mois|semaines?|jours?|journ[ée]es?|d[ée]cennies?|si[èe]cles?)"
         r"(?!\w)")
_HALF = r"(?:\s+et\s+demie?(?!\w))?"
_DAY_PART = r"(?:matin|soir|midi|apr[èe]s-midi|soir[ée]e|matin[ée]e)(?!\w)"
_DECADE_WORD = r"(?:vingt|trente|quarante|cinquante|soixante(?:-dix)?|quatre-vingts?(?:-dix)?)"

_FLAGS = re.IGNORECASE | re.VERBOSE

# ---- day-level points --------------------------------------------------------------------
# "le 12 septembre 2023", "Mardi 12 septembre", "le 1er juillet 2012", "le 5 oct. 2021",
# "le 14 juillet prochain". A leading "le" is part of the expression, "du" is not.
FULL_DATE = re.compile(rf"""
    (?<!\w)(?<!\d[.,])
    (?:(?P<le>le|ce)\s+)?
    (?:(?P<wd>{_WEEKDAY})\s+)?
    (?P<day>{_DAY})\s*
    (?P<month>{_ANY_MONTH})
    (?:\s+(?P<year>{_YEAR}))?
    (?:\s+(?P<rel>prochain|dernier))?(?!\w)
""", _FLAGS)
# "12/09/2023", "12.09.23", "le 28/08/2023"; always day first in French. Without a year
# ("le 12/09") only after "le", since bare "3/4" is more often a fraction or a score.
NUMERIC_DATE = re.compile(r"""
    (?<![\w/.-])
    (?:(?P<le>le)\s+)?
    (?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[/.-])(?P<month>0?[1-9]|1[0-2])
    (?:(?P=sep)(?P<year>\d{4}|\d{2}))?
    (?![\w/]|[.-]\d)
""", _FLAGS)
ISO_DATE = re.compile(r"(?<![\w-])(?P<year>(?:1[89]|20)\d\d)-(?P<month>0[1-9]|1[0-2])"
                      r"-(?P<day>0[1-9]|[12]\d|3[01])(?!\d|-\d|[^\W\dT])")
# "mardi", "Mardi soir", "mardi dernier", "lundi prochain"; not "mardi gras".
WEEKDAY_POINT = re.compile(rf"""
    (?<![\w-])
    (?:(?P<det>le|ce)\s+)?
    (?P<wd>{_WEEKDAY})(?!\w)(?!\s+gras)(?!\s+\d{{1,2}}(?!\d|\s*h\b|\s*heures?|[:.,]\d))
    (?:\s+(?P<part>matin|soir|midi|apr[èe]s-midi|soir[ée]e|matin[ée]e))?
    (?:\s+(?P<rel>dernier|prochain|pass[ée]))?
    (?![\w-])
""", _FLAGS)
# "de lundi à mercredi", "entre mardi et jeudi": consecutive days ("du lundi au vendredi",
# with the article, is a timetable and is left alone).
WEEKDAY_RANGE = re.compile(rf"""
    (?<!\w)(?P<open>de|entre)\s+(?P<wd1>{_WEEKDAY})(?:\s+{_DAY_PART})?
    \s+(?P<sep>à|a|et)\s+(?P<wd2>{_WEEKDAY})(?!\w)(?!\s+\d)(?:\s+{_DAY_PART})?(?!\w)
""", _FLAGS)
# "le lundi 6", "mardi 7 au soir": a weekday and a day of the month, the month left implicit.
WEEKDAY_DAY = re.compile(rf"""
    (?<![\w-])(?:(?P<det>le|ce)\s+)?(?P<wd>{_WEEKDAY})\s+(?P<day>{_DAY})
    (?!\s*(?:h\b|heures?|[:,.]\d|%|{_ANY_MONTH})|\d|[^\W\d_])
""", _FLAGS)
# "hier", "avant-hier", "demain soir", "aujourd'hui", "ce matin", "cette nuit".
RELATIVE_DAY = re.compile(r"""
    (?<![\w-])
    (?:
        (?P<word>avant[-\s]hier|apr[èe]s[-\s]demain|hier|demain|aujourd'hui|aujourd\s?hui)
        (?:\s+(?:au\s+)?(?:matin|soir|midi|apr[èe]s-midi|soir[ée]e|matin[ée]e))?
      | (?P<this>ce\s+(?:matin|soir|midi)|cet\s+apr[èe]s-midi
                 |cette\s+(?:nuit|matin[ée]e|soir[ée]e|apr[èe]s-midi))
      | (?P<lastnight>la\s+nuit\s+derni[èe]re)
    )
    (?![\w-])
""", _FLAGS)
# "la veille", "le lendemain": relative to the last day mentioned in the paragraph, else to
# the publication date. "à la veille du sommet" / "au lendemain de l'invasion" hang on an
# event we cannot date, and "du jour au lendemain" means "overnight": neither is matched.
ANCHORED_DAY = re.compile(r"""
    (?<!\w)(?P<art>la|le|l')\s*
    (?P<word>avant-veille|veille|surlendemain|lendemain)
    (?:\s+(?:au\s+)?(?:matin|soir|midi))?
    (?![\w-])(?!\s*(?:de|du|des|d')(?!\w))
""", _FLAGS)

# ---- weeks, months, years relative to publication -----------------------------------------
# "la semaine dernière", "cette semaine", "le mois prochain", "ce mois-ci", "l'an dernier",
# "cette année" (not the anaphoric "cette année-là"), "le siècle dernier", "ce week-end".
RELATIVE_PERIOD = re.compile(r"""
    (?<!\w)(?P<det>la|le|l'|cette|ce|cet)\s*
    (?P<unit>semaine|mois|ann[ée]e|an|week-end|weekend|si[èe]cle|d[ée]cennie)(?P<ci>-ci)?
    (?:\s+(?P<rel>derni[èe]re?|prochaine?|pass[ée]e?|en\s+cours))?
    (?![\w-])(?!\s+l[àa](?!\w))
""", _FLAGS)
# "dans les prochains jours", "ces derniers mois", "les trois prochains mois",
# "au cours des dernières années", "dans les semaines à venir".
PERIOD_AROUND = re.compile(rf"""
    (?<!\w)(?P<lead>dans\s+les|au\s+cours\s+des|lors\s+des|pendant\s+les|durant\s+les
                  |pour\s+les|ces|les)\s+
    (?:
        (?:(?P<n1>{_NUMBER})\s+)?(?P<rel>prochaine?s|derni(?:er|[èe]re)s)\s+
        (?:(?P<n2>{_NUMBER})\s+)?(?P<unit>jours|semaines|mois|ann[ée]es|d[ée]cennies)
      | (?P<unit2>jours|semaines|mois|ann[ée]es)\s+
        (?P<rel2>[àa]\s+venir|qui\s+viennent|pass[ée]e?s|[ée]coul[ée]e?s)
    )(?![\w-])
""", _FLAGS)
# "il y a dix-huit mois" (a point in the past), "dans trois jours" (a point ahead).
SHIFTED = re.compile(rf"""
    (?<!\w)(?P<dir>il\s+y\s+a|voici|voil[àa]|dans)\s+
    (?:(?:un\s+peu\s+)?(?:pr[èe]s|plus|moins)\s+d(?:e\s+|')|environ\s+|presque\s+
       |au\s+moins\s+|quelque\s+|(?:tout\s+)?juste\s+|exactement\s+|bient[ôo]t\s+)?
    (?P<qty>{_QTY})\s*(?P<unit>{_UNIT}){_HALF}
""", _FLAGS)
# "début de l'année", "en fin de journée", "à la mi-journée": edges of the current period.
EDGE_RELATIVE = re.compile(rf"""
    (?<!\w)(?:(?P<prep>au|à\s+la|à|en)\s+)?
    (?P<edge>d[ée]but|fin|mi|milieu)(?:\s*-\s*|\s+)
    (?:d'|de\s+l'|de\s+la\s+|du\s+|de\s+)?
    (?P<unit>ann[ée]e|mois|semaine|journ[ée]e|matin[ée]e|soir[ée]e)
    (?![\w-])
    (?!\s*(?:\d|derni|prochain|pass|suivant|pr[ée]c[ée]dent|en\s+cours|d(?:e\s+|'\s*){_MONTH}))
""", _FLAGS)

# ---- months, years, decades, centuries, seasons -----------------------------------------
# "en avril 2019", "au mois d'avril 2019", "le mois de mai", "avril dernier", "en mars".
# A month with neither year, preposition nor dernier/prochain is only taken after a trigger
# (depuis, fin, mi-, ...: see LEFT_TRIGGER), and then only in lower case ("Mars" the planet).
MONTH_POINT = re.compile(rf"""
    (?<!\w)
    (?P<prep>en\s+|(?:(?:au|le|ce)\s+)?mois\s+d(?:e\s+|'\s*)|courant\s+)?
    (?P<month>{_MONTH})
    (?:\s+(?P<year>{_YEAR}))?
    (?:\s+(?P<rel>dernier|prochain|pass[ée]))?
    (?!\w)
""", _FLAGS)
# "en 2011", "de 2007", "l'année 2012", "vers 2010"; a bare year only after a trigger.
YEAR_POINT = re.compile(rf"""
    (?<!\w)
    (?:(?P<prep>en\s+l'an|en|de|vers|courant|l'ann[ée]e|l'an|ann[ée]e)\s+)?
    (?<![\w/])(?<!\d\s)
    (?P<year>{_YEAR})
    (?!\w|/|\s?%)
""", _FLAGS)
# "les années 1990", "années 2000", "les années 90", "les années soixante".
DECADE = re.compile(rf"""
    (?<!\w)(?:(?P<art>les)\s+)?ann[ée]es\s+
    (?P<dec>1\d{{2}}0|20\d0|\d0|{_DECADE_WORD})
    (?:\s*-\s*(?P<dec2>1\d{{2}}0|20\d0|\d0))?
    (?![\w-])(?!\s+et\s+\d)
""", _FLAGS)
# "au XIXe siècle", "XXIe siècle", "au 19e siècle", "le Ve siècle av. J.-C.". The Roman
# numeral is matched case-sensitively so that words like "vie" are never centuries.
CENTURY = re.compile(r"""
    (?<!\w)(?:(?P<prep>au|le|en)\s+)?
    (?P<num>(?-i:[IVX]{1,5})|\d{1,2})\s*(?:e|è|ème|eme|ᵉ|er|ier|re)\s+si[èe]cle(?!\w)
    (?P<bc>\s+av(?:ant|\.)\s*J\.?\s*-?\s*C\.?)?
""", _FLAGS)
# "au printemps 2020", "l'été dernier", "cet hiver", "à l'automne". The participle "été"
# ("a été") never takes these determiners. Named springs are not seasons.
SEASON = re.compile(rf"""
    (?<!\w)(?P<prep>au|en|à\s+l'|l'|cet|ce|le)\s*
    (?P<season>printemps|[ée]t[ée]|automne|hiver)(?!\w)
    (?!\s+(?:arabe|de\s+Prague|de\s+Bourges|des\s+peuples|du\s+cin[ée]ma|r[ée]publicain))
    (?:\s+(?P<year>{_YEAR})|\s+(?P<rel>dernier|prochain|pass[ée]))?
    (?!\w)
""", _FLAGS)

# "au troisième trimestre 2023", "au premier semestre": a run of months, written as a range.
QUARTER = re.compile(rf"""
    (?<!\w)(?:(?P<prep>au|le|du|ce)\s+)?
    (?P<ord>premier|1er|deuxi[èe]me|2e|second|troisi[èe]me|3e|quatri[èe]me|4e|dernier)\s+
    (?P<unit>trimestre|semestre)(?!\w)
    (?:\s+(?:de\s+l'ann[ée]e\s+)?(?P<year>{_YEAR}))?
""", _FLAGS)

# ---- ranges, durations, sets ----------------------------------------------------------
# "entre 2018 et 2019", "de 2018 à 2019", "du 3 au 5 mai", "de mars à mai 2020",
# "entre le 3 et le 5 mai", "du 1er au 3 juin 2022". Missing months/years on the left are
# taken from the right.
RANGE = re.compile(rf"""
    (?<!\w)(?P<open>entre|du|de|d'|les)\s*(?:(?:le|la)\s+)?
    (?P<a>{_DAY}(?:\s+{_ANY_MONTH}(?:\s+{_YEAR})?)?|{_MONTH}(?:\s+{_YEAR})?|{_YEAR})
    \s+(?P<sep>et|au|à|a)\s+(?:(?:le|la)\s+)?
    (?P<b>{_DAY}\s*{_ANY_MONTH}(?:\s+{_YEAR})?|{_MONTH}(?:\s+{_YEAR})?|{_YEAR})
    (?!\w)
""", _FLAGS)
# "la période 2015-2020", "la saison 2021-2022", "en 2014/15": a span of years.
YEAR_SPAN = re.compile(rf"""
    (?<![\w/.,-])(?:(?P<prep>en|de|des|entre)\s+)?
    (?P<y1>{_YEAR})\s*[-–/]\s*(?P<y2>1\d{{3}}|20\d\d|\d\d)(?![\w/-]|[.,]\d)
""", _FLAGS)
_RANGE_PARTS = re.compile(rf"(?:(?P<day>{_DAY})\s*)?(?:(?P<month>{_ANY_MONTH})\s*)?"
                          rf"(?P<year>{_YEAR})?", re.IGNORECASE)
# "dix-huit mois", "trois ans", "un an et demi", "quelques jours", "une dizaine d'années".
DURATION = re.compile(rf"(?<![\w-])(?<!\d[,.\s])(?P<qty>{_QTY})\s*(?P<unit>{_UNIT})(?!-)"
                      rf"{_HALF}", _FLAGS)
# "des mois" is a duration only after a word that asks for one ("depuis des mois").
VAGUE_DURATION = re.compile(rf"""
    (?<!\w)(?:depuis|pendant|durant|apr[èe]s|pour|en)\s+(?P<q>des)\s+
    (?P<unit>ann[ée]es|mois|semaines|jours|d[ée]cennies|si[èe]cles)(?!\w)
    (?!\s+(?:\d|{_DECADE_WORD}|folles))
""", _FLAGS)
# "chaque année", "tous les lundis", "tous les deux ans", "toutes les semaines".
RECURRENCE = re.compile(rf"""
    (?<!\w)(?P<q>chaque|tous\s+les|toutes\s+les)\s+(?:(?P<n>{_NUMBER})\s+)?
    (?P<unit>ann[ée]es?|ans|mois|semaines?|jours?|matins?|soirs?|week-ends?|{_WEEKDAY}s?)
    (?!\w)
""", _FLAGS)

# ---- context ---------------------------------------------------------------------------
# Words before a bare month or year that make it temporal ("depuis 2011", "fin 2012",
# "mi-août", "avant 2015", "à partir d'avril"); without one, "2011" may be a count.
LEFT_TRIGGER = re.compile(r"""
    (?<!\w)(?:depuis|dès|jusqu'(?:à|au|en)?|d'ici(?:\s+à)?|à\s+partir\s+(?:de|du|d')
            |avant|apr[èe]s|vers|d[ée]but|fin|mi|milieu|courant)
    \s*(?:-\s*)?(?:(?:de\s+la|de\s+l'|des|du|de|d')\s*)?(?:(?:le|la|l')\s*)?$
  | (?<!\d)(?:1\d{3}|20\d\d)\s*(?:,|et|ou)\s*$       # the next year of a list
""", _FLAGS)
# Edges that modify a point in place: "fin 2012", "à la mi-août", "au début des années 1990".
EDGE_BEFORE = re.compile(r"""
    (?:(?<!\w)(?P<prep>au|à\s+la|à|en)\s+)?
    (?<![\w-])(?P<edge>d[ée]but|fin|mi|milieu)(?:\s*-\s*|\s+)
    (?:(?:de\s+la|de\s+l'|des|du|de|d')\s*)?$
""", _FLAGS)
# Words that turn a point into a range, or ("dès") keep it a point.
BOUND_BEFORE = re.compile(r"""
    (?<!\w)(?P<w>depuis|jusqu'(?:à|au|aux|en)?|d'ici(?:\s+à)?|à\s+partir\s+(?:de|du|d')|dès)
    \s*(?:(?:le|la|l')\s*)?$
""", _FLAGS)
# After a year: "de 2000 euros", "2011 personnes" are counts. A following unit, or a
# lower-case plural that is not a function word, vetoes the year.
_AFTER_YEAR = re.compile(r"\s*(?:(?:à|-|et|ou)\s*\d[\d\s]*)?\s*(?P<w>%|€|\$|[^\W\d_]+)")
_COUNT_NOUNS = frozenset("""euro dollar franc livre km m kg mw gw mètre kilomètre tonne litre
    hectare voix fois exemplaire habitant""".split())
_PER_CENT = re.compile(r"\s*pour\s*cent(?!\w)", re.IGNORECASE)
_FUNCTION_S = frozenset("""les des ses mes tes nos vos leurs dans sous depuis après apres auprès
    puis alors lors plus moins jamais mais très pas dès vers toujours ainsi tous toutes nous
    vous ils elles ceux celles aux certes ailleurs plusieurs quelques avons avez sommes""".split())
# "de N ans" is an age ("un homme de 50 ans") unless the word before "de" asks for a length.
_AGE_LEFT = re.compile(r"(?:(?<!\w)(?P<w>[^\W\d_]+)\s+)?(?P<p>de|d'|à|ses|leurs|sa|son|mes"
                       r"|nos|vos|tes)\s*(?:environ\s+|presque\s+)?$", re.IGNORECASE)
_AGED = re.compile(r"(?<!\w)[âa]g[ée]e?s?\s+(?:de|d')[^.,;]{0,20}$", re.IGNORECASE)
_LENGTH_NOUNS = frozenset("""plus moins près pres peine période periode durée duree délai delai
    mandat bout espace intervalle cours moyenne total exil règne contrat plan programme absence
    attente trêve treve sursis suspension interdiction moratoire retard avance prison
    réclusion emprisonnement détention guerre conflit occupation dictature""".split())
# "les moins de 25 ans", "des habitants de plus de 16 ans", "de 18, 24 et 26 ans",
# "il avait 47 ans".
_AGE_GROUP = re.compile(r"""(?<!\w)(?:les\s+(?:plus|moins)\s+de
                            |de\s+(?:plus|moins)\s+d[e']
                            |de\s+\d+(?:\s*,\s*\d+)*\s+(?:et|ou)
                            |(?:a|avait|aura|aurait|ont|avaient|ayant)
                           )\s*$""", re.IGNORECASE | re.VERBOSE)
_SENTENCE_PENALTY = re.compile(r"\s*(?:de\s+(?:prison|réclusion|reclusion|détention|detention"
                               r"|travaux|bannissement)|d'(?:emprisonnement|inéligibilité"
                               r"|ineligibilite|interdiction)|ferme)", re.IGNORECASE)

# Tense of the clause decides "en avril", "mardi", "le 3 mai" without a year: news mostly
# looks back, so the past is the default; a future or "devoir/prévoir" form looks ahead.
_CLAUSE_TOKEN = re.compile(r"[^\W\d_]+|[,;:()«»\"]")
_CLAUSE_WORDS = frozenset("que qu qui où et mais car lorsque quand puisque tandis dont".split())
_FUTURE_WORDS = frozenset("""aura auront sera seront fera feront ira iront devra devront pourra
    pourront faudra pourrait pourraient devrait devraient doit doivent va vont prévu prévue
    prévus prévues prevu prevue compte comptent entend entendent envisage envisagent bientôt
    prochainement""".split())
# "a prévu de", "il est attendu mardi" look ahead; "ils avaient attendu" does not.
_EXPECTED = frozenset("prévu prévue prévus prévues prevu prevue".split())
_AWAITED = frozenset("attendu attendue attendus attendues".split())
# Future stems end in -r: "sera", "viendra", "conclura", "mettra", "iront". Passé simple
# forms like "entra" are rare in news; "-ara"/"-ora" ("déclara") are left out.
_FUTURE_FORM = re.compile(r"\w{2,}(?:era|ira|rra|dra|vra|tra|ura|cra|ront)")
_PAST_WORDS = frozenset("a ont avait avaient avons avez eut eurent fut furent était étaient "
                        "etait etaient".split())
_PAST_FORM = re.compile(r"\w{2,}(?:ait|aient)")
_CONDITIONAL = re.compile(r"\w*(?:rait|raient)")
_PARTICIPLE = re.compile(r"\w+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|[\"«A-ZÀ-Ý])|\n")


# ---------------------------------------------------------------------------------------------
# Points: a resolved calendar unit with the days it covers.

@dataclass(frozen=True, slots=True)
class _Point:
    value: str
    granularity: str
    first: date | None
    last: date | None


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: str | None
    granularity: str | None
    kind: str = "date"
    point: _Point | None = None
    shift: int | None = None  # la veille / le lendemain: days from the anchor


def _day(d: date) -> _Point:
    return _Point(d.isoformat(), "day", d, d)


def _week(d: date) -> _Point:
    y, w, wd = d.isocalendar()
    monday = d - timedelta(days=wd - 1)
    return _Point(f"{y:04d}-W{w:02d}", "week", monday, monday + timedelta(days=6))


def _month(y: int, m: int) -> _Point:
    return _Point(f"{y:04d}-{m:02d}", "month", date(y, m, 1),
                  date(y, m, calendar.monthrange(y, m)[1]))


def _year(y: int) -> _Point:
    return _Point(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def _decade(y: int) -> _Point:
    return _Point(f"{y // 10:03d}X", "decade", date(y, 1, 1), date(min(y + 9, 9999), 12, 31))


def _century(n: int, bc: bool = False) -> _Point:
    if bc:
        return _Point(f"-{n - 1:02d}XX", "century", None, None)
    first = max(1, (n - 1) * 100)
    return _Point(f"{n - 1:02d}XX", "century", date(first, 1, 1), date(first + 99, 12, 31))


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift_date(d: date, n: int, unit: str) -> date:
    """d moved by n units (D, W, M, Y), clamping the day for short months."""
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = n if unit == "M" else 12 * n
    y, m = _add_months(d.year, d.month, months)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _unit_point(d: date, unit: str) -> _Point:
    return {"D": _day, "W": _week, "M": lambda x: _month(x.year, x.month),
            "Y": lambda x: _year(x.year)}[unit](d)


# ---------------------------------------------------------------------------------------------
# Numbers and small parsers.

def parse_number(words: str) -> int | None:
    """A French number in digits or words ('dix-huit', 'vingt et un', 'quatre-vingt-dix')."""
    words = words.strip().lower()
    if words.isdigit():
        return int(words)
    total = 0
    for token in re.split(r"[-\s]+", words):
        if token in ("", "et"):
            continue
        value = NUMBER_WORDS.get(token)
        if value is None:
            return None
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and total % 100 == 4:  # quatre-vingt(s)
            total += 76
        else:
            total += value
    return total


def _quantity(qty: str) -> int | None:
    """The amount in 'trois', '18', 'une dizaine d'', or None for 'quelques'/'plusieurs'."""
    qty = qty.lower().strip()
    for word, value in APPROX_NUMBERS.items():
        if word in qty:
            return value
    if qty in ("quelques", "plusieurs", "des"):
        return None
    return parse_number(qty)


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _roman(text: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for i, ch in enumerate(text):
        v = values[ch]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total


def _iso_duration(n: int | None, unit_word: str, half: bool = False) -> str:
    designator, factor = UNITS[unit_word.lower()]
    if n is None:  # unspecified amount, TIMEX3 style
        suffix = {10: "DE", 100: "CE"}.get(factor, designator)
        return f"PX{suffix}"
    n *= factor
    if not half:
        return f"P{n}{designator}"
    if designator == "Y":
        return f"P{n}Y6M"
    if designator == "M":
        return f"P{n}M15D"
    return f"P{n}.5{designator}"


# ---------------------------------------------------------------------------------------------
# The article being scanned: text, publication date and the tense of each sentence.

class _Context:
    __slots__ = ("text", "pub")

    def __init__(self, text: str, pub: date | None):
        self.text = text
        self.pub = pub

    def left(self, start: int, width: int = 40) -> str:
        return self.text[max(0, start - width):start]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        begin = 0
        for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
            begin = m.end()
        stop = _SENTENCE_END.search(text, end)
        return begin, stop.end() if stop else len(text)

    def direction(self, start: int, end: int) -> int:
        """+1 (future) or -1 (past) from the tense markers around [start, end); 0 if none.

        Time adverbs follow the verb they modify ("ont débuté mercredi et vont durer") or are
        fronted before it ("Jeudi, ils se réuniront"): the clause's marker before the
        expression wins, then the one after it, then the nearest in the sentence.
        """
        begin, stop = self.sentence(start, end)
        tokens = list(_CLAUSE_TOKEN.finditer(self.text, begin, stop))
        senses = [self._sense(tokens, i, begin) for i in range(len(tokens))]
        before = [i for i, t in enumerate(tokens) if t.end() <= start]
        after = [i for i, t in enumerate(tokens) if t.start() >= end]
        for side in (reversed(before), after):
            for i in side:
                if senses[i] is None:
                    break  # a clause boundary
                if senses[i]:
                    return senses[i]
        best: tuple[int, int] | None = None
        for i, tok in enumerate(tokens):
            if senses[i] and not start <= tok.start() < end:
                distance = start - tok.end() if tok.end() <= start else tok.start() - end
                if best is None or distance < best[0]:
                    best = (distance, senses[i])
        return best[1] if best else 0

    @staticmethod
    def _sense(tokens: list[re.Match], i: int, begin: int) -> int | None:
        """+1 future marker, -1 past marker, 0 neither, None for a clause boundary."""
        tok = tokens[i]
        word = tok.group()
        if not word[0].isalnum():
            return None
        low = word.lower()
        if low in _CLAUSE_WORDS:
            return None
        if word[0].isupper() and tok.start() != begin:
            return 0  # verbs are not capitalised mid-sentence; names are
        if low in _FUTURE_WORDS or (_FUTURE_FORM.fullmatch(low) and low != "affront"):
            return 1
        if low in _PAST_WORDS:
            following = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            if following == "lieu" and low in ("a", "ont"):
                return 0  # "a lieu" is the present
            if following in _EXPECTED or (following in _AWAITED and low.startswith(("é", "e"))):
                return 1  # "a prévu de", "était attendu"
            return -1
        if _PAST_FORM.fullmatch(low) and not _CONDITIONAL.fullmatch(low):
            return -1
        if low in ("est", "sont"):
            after = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            if after in _AWAITED or after in _EXPECTED:
                return 1  # "il est attendu mercredi"
            previous = tokens[i - 1].group().lower() if i else ""
            if previous in ("s", "se") or (_PARTICIPLE.fullmatch(after)
                                           and after not in _FUTURE_WORDS):
                return -1
        return 0


# ---------------------------------------------------------------------------------------------
# Resolution of year-less points against the publication date.

def _measure(key) -> int:
    """Keys as a number: dates in days, (year, month) pairs in months."""
    return key.toordinal() if isinstance(key, date) else key[0] * 12 + key[1]


def _pick(candidates: list[tuple], pub_key, direction: int, strict: bool):
    """The candidate (key, result) nearest pub_key on the side given by direction.

    With no tense to go by (direction 0), news looks back: the next occurrence wins only
    when it is less than half as far as the last one ("s'achève le 29 juin", mid-June).
    """
    if direction == 0:
        past = _pick(candidates, pub_key, -1, strict)
        future = _pick(candidates, pub_key, 1, strict)
        keys = {result: key for key, result in candidates}
        here = _measure(pub_key)
        if 2 * (_measure(keys[future]) - here) < here - _measure(keys[past]):
            return future
        return past
    if direction < 0:
        ok = [c for c in candidates if c[0] < pub_key or (not strict and c[0] == pub_key)]
        return max(ok)[1] if ok else min(candidates)[1]
    ok = [c for c in candidates if c[0] > pub_key or (not strict and c[0] == pub_key)]
    return min(ok)[1] if ok else max(candidates)[1]


def _resolve_day(month: int, day: int, pub: date, direction: int, strict: bool = False,
                 weekday: int | None = None) -> date | None:
    candidates = []
    for y in range(pub.year - 4, pub.year + 5):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        candidates.append((d, d))
    if not candidates:
        return None
    if weekday is not None:  # "mardi 12 septembre": the year whose 12 September is a Tuesday
        matching = [c for c in candidates
                    if c[0].weekday() == weekday and abs(c[0].year - pub.year) <= 1]
        if matching:
            return min(matching, key=lambda c: abs((c[0] - pub).days))[0]
    near = [c for c in candidates if abs(c[0].year - pub.year) <= 1] or candidates
    return _pick(near, pub, direction, strict)


def _resolve_month(month: int, pub: date, direction: int, strict: bool = False) -> _Point:
    candidates = [((y, month), y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    return _month(_pick(candidates, (pub.year, pub.month), direction, strict), month)


def _resolve_weekday(weekday: int, pub: date, direction: int, strict: bool) -> date:
    if direction == 0:
        back = (pub.weekday() - weekday) % 7
        ahead = (weekday - pub.weekday()) % 7
        direction = 1 if back and 2 * ahead < back else -1
    if direction < 0:
        delta = (pub.weekday() - weekday) % 7
        if strict and delta == 0:
            delta = 7
        return pub - timedelta(days=delta)
    delta = (weekday - pub.weekday()) % 7
    if strict and delta == 0:
        delta = 7
    return pub + timedelta(days=delta)


def _resolve_season(first_month: int, last_month: int, pub: date, direction: int,
                    strict: bool) -> int:
    candidates = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        end_year = y + 1 if last_month < first_month else y
        first = date(y, first_month, 1)
        last = date(end_year, last_month, calendar.monthrange(end_year, last_month)[1])
        candidates.append((first, last, end_year))  # a winter is named by its January
    if direction <= 0:
        ok = [c for c in candidates if (c[1] < pub if strict else c[0] <= pub)]
        return max(ok)[2] if ok else candidates[0][2]
    ok = [c for c in candidates if (c[0] > pub if strict else c[1] >= pub)]
    return min(ok)[2] if ok else candidates[-1][2]


def _relation(rel: str | None, ctx: _Context, start: int, end: int) -> tuple[int, bool]:
    """(direction, strict) from 'dernier'/'prochain', else from the tense of the clause."""
    if rel:
        rel = rel.lower()
        if rel.startswith("prochain"):
            return 1, True
        return -1, True
    direction = ctx.direction(start, end)
    if direction == 0 and _AHEAD_BEFORE.search(ctx.left(start, 20)):
        direction = 1
    return direction, False


def _point_found(start: int, end: int, point: _Point | None, granularity: str) -> _Found:
    if point is None:
        return _Found(start, end, None, granularity)
    return _Found(start, end, point.value, point.granularity, "date", point)


# ---------------------------------------------------------------------------------------------
# Rule handlers: each turns one regex match into a _Found, or None to reject it.

def _on_full_date(m: re.Match, ctx: _Context) -> _Found | None:
    day, month = _day_number(m["day"]), _month_number(m["month"])
    weekday = WEEKDAYS[m["wd"].lower()] if m["wd"] else None
    if m["year"]:
        try:
            d = date(int(m["year"]), month, day)
        except ValueError:
            return None
        return _point_found(m.start(), m.end(), _day(d), "day")
    if ctx.pub is None:
        return _point_found(m.start(), m.end(), None, "day")
    direction, strict = _relation(m["rel"], ctx, m.start(), m.end())
    d = _resolve_day(month, day, ctx.pub, direction, strict, weekday)
    return _point_found(m.start(), m.end(), _day(d) if d else None, "day")


def _on_numeric_date(m: re.Match, ctx: _Context) -> _Found | None:
    day, month = int(m["day"]), int(m["month"])
    year = m["year"]
    if year is None:
        if not m["le"] or m["sep"] != "/" or ctx.pub is None:
            return None
        d = _resolve_day(month, day, ctx.pub, ctx.direction(m.start(), m.end()))
        return _point_found(m.start(), m.end(), _day(d) if d else None, "day")
    y = int(year)
    if len(year) == 2:  # '23' -> 2023 unless that is well after publication
        pivot = (ctx.pub.year % 100 + 1) if ctx.pub else 30
        y += 2000 if y <= pivot else 1900
    if not 1000 <= y <= 2100:
        return None
    try:
        d = date(y, month, day)
    except ValueError:
        return None
    return _point_found(m.start(), m.end(), _day(d), "day")


def _on_iso_date(m: re.Match, ctx: _Context) -> _Found | None:
    try:
        d = date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None
    return _point_found(m.start(), m.end(), _day(d), "day")


# With no tense to go by, a bound looks ahead: "pourrait durer jusqu'à mercredi".
_AHEAD_BEFORE = re.compile(r"(?<!\w)(?:jusqu'(?:à|au|en)?|d'ici(?:\s+à)?|dès"
                           r"|à\s+partir\s+d[eu']|avant)\s*(?:(?:le|la|l')\s*)?$",
                           re.IGNORECASE)
_OPENING_DU = re.compile(r"(?<!\w)du\s+$", re.IGNORECASE)
_CLOSING_AU = re.compile(rf"\s+au\s+{_WEEKDAY}(?!\w)", re.IGNORECASE)
_CLOSING_DU = re.compile(rf"(?<!\w)du\s+{_WEEKDAY}\s+au\s+$", re.IGNORECASE)


def _at_sentence_start(ctx: _Context, start: int) -> bool:
    before = ctx.text[:start].rstrip()
    return not before or before[-1] in ".!?…:;\n«\"(-—"


def _on_weekday(m: re.Match, ctx: _Context) -> _Found | None:
    if m.group()[0].isupper() and not _at_sentence_start(ctx, m.start()):
        return None  # "le Journal du Dimanche", "Vendredi" the film
    if (_OPENING_DU.search(ctx.left(m.start(), 5)) and _CLOSING_AU.match(ctx.text, m.end())
            or _CLOSING_DU.search(ctx.left(m.start(), 25))):
        return None  # "du lundi au vendredi": opening hours, not two dates
    if ctx.pub is None:
        return _point_found(m.start(), m.end(), None, "day")
    direction, strict = _relation(m["rel"], ctx, m.start(), m.end())
    d = _resolve_weekday(WEEKDAYS[m["wd"].lower()], ctx.pub, direction, strict)
    return _point_found(m.start(), m.end(), _day(d), "day")


def _on_weekday_day(m: re.Match, ctx: _Context) -> _Found | None:
    if m.group()[0].isupper() and not _at_sentence_start(ctx, m.start()):
        return None
    found = _point_found(m.start(), m.end(), None, "day")
    if ctx.pub is None:
        return found
    weekday, day = WEEKDAYS[m["wd"].lower()], _day_number(m["day"])
    best = None
    for shift in (-1, 0, 1):  # the month before, of, or after publication
        y, month = _add_months(ctx.pub.year, ctx.pub.month, shift)
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and (best is None or abs(d - ctx.pub) < abs(best - ctx.pub)):
            best = d
    if best is None:
        return found  # no such day near publication: found, but not dated
    return _point_found(m.start(), m.end(), _day(best), "day")


def _on_weekday_range(m: re.Match, ctx: _Context) -> _Found | None:
    if (m["open"].lower() == "entre") != (m["sep"].lower() == "et"):
        return None
    found = _Found(m.start(), m.end(), None, "day", "range")
    if ctx.pub is None:
        return found
    first_wd, last_wd = WEEKDAYS[m["wd1"].lower()], WEEKDAYS[m["wd2"].lower()]
    first = _resolve_weekday(first_wd, ctx.pub, ctx.direction(m.start(), m.end()), False)
    last = first + timedelta(days=(last_wd - first_wd) % 7)
    found.value = f"{first.isoformat()}/{last.isoformat()}"
    return found


_RELATIVE_DAY_SHIFT = {"avant-hier": -2, "avant hier": -2, "hier": -1, "demain": 1,
                       "après-demain": 2, "apres-demain": 2, "après demain": 2,
                       "apres demain": 2, "aujourd'hui": 0, "aujourdhui": 0,
                       "aujourd hui": 0}


def _on_relative_day(m: re.Match, ctx: _Context) -> _Found | None:
    if m["word"]:
        shift = _RELATIVE_DAY_SHIFT.get(re.sub(r"\s+", " ", m["word"].lower()), 0)
    else:
        shift = -1 if m["lastnight"] else 0
    if ctx.pub is None:
        return _point_found(m.start(), m.end(), None, "day")
    return _point_found(m.start(), m.end(), _day(ctx.pub + timedelta(days=shift)), "day")


_ANCHOR_SHIFT = {"avant-veille": -2, "veille": -1, "lendemain": 1, "surlendemain": 2}


def _on_anchored_day(m: re.Match, ctx: _Context) -> _Found | None:
    shift = _ANCHOR_SHIFT[m["word"].lower()]
    found = _point_found(m.start(), m.end(), None, "day")
    found.shift = shift  # resolved after all dates are known (see _resolve_anchors)
    return found


def _on_relative_period(m: re.Match, ctx: _Context) -> _Found | None:
    det, unit = m["det"].lower(), m["unit"].lower()
    rel = (m["rel"] or "").lower()
    if det in ("la", "le", "l'") and not rel:
        return None  # "la semaine", "le mois" alone are not dates
    if unit == "an" and not rel:
        return None
    if m["ci"] and unit != "mois":
        return None
    step = 1 if rel.startswith("prochain") else -1 if rel.startswith(("derni", "pass")) else 0
    granularity = {"semaine": "week", "week-end": "week", "weekend": "week", "mois": "month",
                   "siècle": "century", "siecle": "century", "décennie": "decade",
                   "decennie": "decade"}.get(unit, "year")
    pub = ctx.pub
    if pub is None:
        return _point_found(m.start(), m.end(), None, granularity)
    if granularity == "week":
        point = _week(pub + timedelta(weeks=step))
    elif granularity == "month":
        point = _month(*_add_months(pub.year, pub.month, step))
    elif granularity == "century":
        point = _century(pub.year // 100 + 1 + step)
    elif granularity == "decade":
        point = _decade((pub.year // 10 + step) * 10)
    else:
        point = _year(pub.year + step)
    return _point_found(m.start(), m.end(), point, granularity)


def _on_period_around(m: re.Match, ctx: _Context) -> _Found | None:
    unit_word = (m["unit"] or m["unit2"]).lower()
    rel = (m["rel"] or m["rel2"]).lower()
    future = rel.startswith(("prochain", "à", "a ", "qui"))
    if m["lead"].lower() == "ces" and future:
        return None
    if m["lead"].lower() == "dans les" and not future:
        return None
    designator, factor = UNITS[unit_word]
    count = m["n1"] or m["n2"]
    n = (parse_number(count) if count else FEW.get(designator, 5)) or 1
    n *= factor
    granularity = {"D": "day", "W": "day", "M": "month", "Y": "year"}[designator]
    found = _Found(m.start(), m.end(), None, granularity, "range")
    pub = ctx.pub
    if pub is None:
        return found
    if designator in ("D", "W"):
        days = n if designator == "D" or not count else 7 * n
        if future:
            first, last = _day(pub + timedelta(days=1)), _day(pub + timedelta(days=days))
        else:
            first, last = _day(pub - timedelta(days=days)), _day(pub)
    elif designator == "M":
        if future:
            first = _month(*_add_months(pub.year, pub.month, 1))
            last = _month(*_add_months(pub.year, pub.month, n))
        else:
            first, last = _month(*_add_months(pub.year, pub.month, -n)), _month(pub.year,
                                                                                  pub.month)
    else:
        first, last = ((_year(pub.year + 1), _year(pub.year + n)) if future
                       else (_year(pub.year - n), _year(pub.year)))
    found.value = f"{first.value}/{last.value}"
    return found


def _on_shifted(m: re.Match, ctx: _Context) -> _Found | None:
    unit_word = m["unit"].lower()
    qty = m["qty"].lower()
    designator, factor = UNITS[unit_word]
    n = _quantity(qty)
    sign = 1 if m["dir"].lower() == "dans" else -1
    half = "demi" in m.group().lower()[m.end("unit") - m.start():]
    granularity = {"D": "day", "W": "week", "M": "month", "Y": "year"}[designator]
    pub = ctx.pub
    if n is None:  # "il y a quelques jours": a range on the side of the shift
        if granularity == "week":
            granularity = "day"
        found = _Found(m.start(), m.end(), None, granularity, "range")
        if pub is not None:
            unit = "D" if designator == "W" else designator  # FEW counts weeks in days
            near, far = _shift_date(pub, sign, unit), _shift_date(pub, sign * FEW[designator], unit)
            a, b = (far, near) if sign < 0 else (near, far)
            found.value = f"{_unit_point(a, unit).value}/{_unit_point(b, unit).value}"
        return found
    if pub is None:
        return _point_found(m.start(), m.end(), None, granularity)
    n *= factor
    if half and designator == "Y":
        d, granularity = _shift_date(pub, sign * (12 * n + 6), "M"), "month"
        return _point_found(m.start(), m.end(), _month(d.year, d.month), granularity)
    d = _shift_date(pub, sign * n, designator)
    return _point_found(m.start(), m.end(), _unit_point(d, designator), granularity)


def _on_edge_relative(m: re.Match, ctx: _Context) -> _Found | None:
    unit = m["unit"].lower()
    granularity = "year" if unit.startswith("ann") else {"mois": "month",
                                                          "semaine": "week"}.get(unit, "day")
    pub = ctx.pub
    if pub is None:
        return _point_found(m.start(), m.end(), None, granularity)
    point = {"year": lambda: _year(pub.year), "month": lambda: _month(pub.year, pub.month),
             "week": lambda: _week(pub), "day": lambda: _day(pub)}[granularity]()
    return _point_found(m.start(), m.end(), point, granularity)


def _on_month(m: re.Match, ctx: _Context) -> _Found | None:
    month_text = m["month"]
    month = _month_number(month_text)
    if m["year"]:
        return _point_found(m.start(), m.end(), _month(int(m["year"]), month), "month")
    if month_text[0].isupper():
        return None  # "Mars" without a year: more likely the planet or a name
    if not m["prep"] and not m["rel"] and not LEFT_TRIGGER.search(ctx.left(m.start())):
        return None
    if ctx.pub is None:
        return _point_found(m.start(), m.end(), None, "month")
    direction, strict = _relation(m["rel"], ctx, m.start(), m.end())
    return _point_found(m.start(), m.end(), _resolve_month(month, ctx.pub, direction, strict),
                        "month")


def _is_count(ctx: _Context, end: int) -> bool:
    """True if the number ending at `end` is followed by what it counts ('2000 euros')."""
    if _PER_CENT.match(ctx.text, end):
        return True
    after = _AFTER_YEAR.match(ctx.text, end)
    if not after:
        return False
    word = after["w"]
    if word in ("%", "€", "$"):
        return True
    low = word.lower()
    if low in _COUNT_NOUNS or low.rstrip("sx") in _COUNT_NOUNS:
        return True
    if len(low) < 3 or ctx.text.startswith("'", after.end()):
        return False  # "s'achève", "l'a", "en"
    return word[0].islower() and low.endswith(("s", "x")) and low not in _FUNCTION_S


def _on_year(m: re.Match, ctx: _Context) -> _Found | None:
    prep = (m["prep"] or "").lower()
    if not prep and not LEFT_TRIGGER.search(ctx.left(m.start())):
        return None
    if _is_count(ctx, m.end()):
        return None
    return _point_found(m.start(), m.end(), _year(int(m["year"])), "year")


def _decade_year(dec: str) -> int:
    """'1990', '90', 'quatre-vingt-dix' -> 1990; two digits are the 1900s except '00'."""
    dec = dec.lower()
    if not dec.isdigit():
        return 1900 + parse_number(dec)
    y = int(dec)
    if y < 100:
        y += 2000 if y == 0 else 1900
    return y


def _on_decade(m: re.Match, ctx: _Context) -> _Found | None:
    first = _decade(_decade_year(m["dec"]))
    if not m["dec2"]:
        return _point_found(m.start(), m.end(), first, "decade")
    last = _decade(_decade_year(m["dec2"]))
    if last.first < first.first:
        return None
    return _Found(m.start(), m.end(), f"{first.value}/{last.value}", "decade", "range")


def _on_century(m: re.Match, ctx: _Context) -> _Found | None:
    num = m["num"]
    n = int(num) if num.isdigit() else _roman(num)
    if not 1 <= n <= 21:
        return None
    return _point_found(m.start(), m.end(), _century(n, bool(m["bc"])), "century")


def _on_season(m: re.Match, ctx: _Context) -> _Found | None:
    season = m["season"].lower()
    first_month, last_month = SEASONS.get(season, SEASONS["été"])
    if m["year"]:
        return _point_found(m.start(), m.end(), _year(int(m["year"])), "year")
    if m["season"][0].isupper():
        return None  # "au Printemps Haussmann"
    if m["prep"].lower() == "le" and not m["rel"]:
        return None  # "le printemps" alone is often generic
    if ctx.pub is None:
        return _point_found(m.start(), m.end(), None, "year")
    direction, strict = _relation(m["rel"], ctx, m.start(), m.end())
    year = _resolve_season(first_month, last_month, ctx.pub, direction, strict)
    return _point_found(m.start(), m.end(), _year(year), "year")


_ORDINALS = {"premier": 1, "1er": 1, "deuxième": 2, "deuxieme": 2, "2e": 2, "second": 2,
             "troisième": 3, "troisieme": 3, "3e": 3, "quatrième": 4, "quatrieme": 4, "4e": 4}


def _on_quarter(m: re.Match, ctx: _Context) -> _Found | None:
    size = 3 if m["unit"].lower() == "trimestre" else 6
    count = 12 // size
    ordinal = m["ord"].lower()
    if ordinal == "dernier":
        if not m["year"]:
            return None  # "le dernier trimestre" without a year: the latest one, unsaid
        index = count
    else:
        index = _ORDINALS[ordinal]
    if index > count:
        return None
    found = _Found(m.start(), m.end(), None, "month", "range")
    first_month = (index - 1) * size + 1
    if m["year"]:
        year = int(m["year"])
    elif ctx.pub is None:
        return found
    else:
        pub_key = (ctx.pub.year, (ctx.pub.month - 1) // size + 1)
        candidates = [((y, index), y) for y in (ctx.pub.year - 1, ctx.pub.year,
                                                 ctx.pub.year + 1)]
        year = _pick(candidates, pub_key, ctx.direction(m.start(), m.end()), False)
    found.value = f"{year:04d}-{first_month:02d}/{year:04d}-{first_month + size - 1:02d}"
    return found


def _range_side(text: str) -> tuple[int | None, int | None, int | None]:
    parts = _RANGE_PARTS.fullmatch(text.strip())
    if not parts:
        return None, None, None
    day = _day_number(parts["day"]) if parts["day"] else None
    month = _month_number(parts["month"]) if parts["month"] else None
    year = int(parts["year"]) if parts["year"] else None
    return day, month, year


def _side_point(day: int | None, month: int | None, year: int) -> _Point:
    if day is not None:
        return _day(date(year, month, day))
    if month is not None:
        return _month(year, month)
    return _year(year)


def _on_range(m: re.Match, ctx: _Context) -> _Found | None:
    opener, sep = m["open"].lower(), m["sep"].lower()
    if (opener in ("entre", "les")) != (sep == "et"):
        return None
    if opener == "les" and not re.match(r"\d", m["a"]):
        return None  # only "les 9 et 10 septembre"
    d1, m1, y1 = _range_side(m["a"])
    d2, m2, y2 = _range_side(m["b"])
    if d1 is not None and m1 is None:
        if d2 is None:
            return None
        m1 = m2
    if (m1 is None) != (m2 is None) and y1 is None:
        return None  # "de 2018 à mai": mixed shapes without a year on the left
    if y2 is None and (re.search(r"^[A-ZÀ-Ý]", m["a"]) and m1 and d1 is None
                       or re.search(r"^[A-ZÀ-Ý]", m["b"])):
        return None  # "de Mars à Vénus"
    if m1 is None and m2 is None:  # year to year: a count if a unit follows
        if _is_count(ctx, m.end()) or y1 > y2:
            return None
    granularity = "day" if d2 is not None else "month" if m2 is not None else "year"
    found = _Found(m.start(), m.end(), None, granularity, "range")
    try:
        if y2 is None:
            if ctx.pub is None:
                return found
            direction = ctx.direction(m.start(), m.end())
            if d1 is not None:
                start = _resolve_day(m1, d1, ctx.pub, direction)
                y1 = start.year
            else:
                y1 = int(_resolve_month(m1, ctx.pub, direction).value[:4])
            y2 = y1 + (1 if (m2, d2 or 0) < (m1, d1 or 0) else 0)
        elif y1 is None:
            y1 = y2 - (1 if m1 is not None and (m1, d1 or 0) > (m2, d2 or 0) else 0)
        a, b = _side_point(d1, m1, y1), _side_point(d2, m2, y2)
    except (ValueError, AttributeError):
        return None
    if a.first and b.first and a.first > b.first:
        return None
    found.value = f"{a.value}/{b.value}"
    return found


def _on_year_span(m: re.Match, ctx: _Context) -> _Found | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 < 100:  # "2021-22"
        y2 += y1 // 100 * 100
    if not 0 < y2 - y1 <= 100 or _is_count(ctx, m.end()):
        return None
    start = m.start() if m["prep"] and m["prep"].lower() in ("en", "de") else m.start("y1")
    return _Found(start, m.end(), f"{y1:04d}/{y2:04d}", "year", "range")


def _on_duration(m: re.Match, ctx: _Context) -> _Found | None:
    qty, unit_word = m["qty"].lower(), m["unit"].lower()
    if m["unit"][0].isupper():
        return None  # "la guerre de Cent Ans"
    if unit_word in ("jour", "journée", "journee") and qty in ("un", "une"):
        return None  # "un jour" is "some day"
    is_age_unit = UNITS[unit_word][0] in ("Y", "M") and UNITS[unit_word][1] == 1
    if is_age_unit:
        left = _AGE_LEFT.search(ctx.left(m.start(), 60))
        if left:
            p, w = left["p"].lower(), (left["w"] or "").lower()
            if p in ("de", "d'") and w not in _LENGTH_NOUNS:
                return None  # "un homme de 50 ans", "âgé de 67 ans"
            if p == "à" and not _SENTENCE_PENALTY.match(ctx.text, m.end()):
                return None  # "à 50 ans", but "condamné à cinq ans de prison" is a length
            if p not in ("de", "d'", "à"):
                return None  # "ses 50 ans"
        if _AGE_GROUP.search(ctx.left(m.start(), 30)) or _AGED.search(ctx.left(m.start(), 30)):
            return None  # "les moins de 25 ans"
        if re.search(r",\s*$", ctx.left(m.start(), 3)) and re.match(r"\s*[,)]", ctx.text[
                m.end():m.end() + 3]):
            return None  # apposed age: "Jean Dupont, 50 ans, ..."
    n = _quantity(qty)
    if n == 0:
        return None
    half = "demi" in m.group().lower()[m.end("unit") - m.start():]
    value = _iso_duration(n, unit_word, half)
    return _Found(m.start(), m.end(), value, "duration", "duration")


def _on_vague_duration(m: re.Match, ctx: _Context) -> _Found | None:
    value = _iso_duration(None, m["unit"])
    return _Found(m.start("q"), m.end(), value, "duration", "duration")


def _on_recurrence(m: re.Match, ctx: _Context) -> _Found | None:
    unit = m["unit"].lower()
    n = parse_number(m["n"]) if m["n"] else 1
    if n is None:
        return None
    weekday = WEEKDAYS.get(unit.rstrip("s"))
    if weekday is not None:
        return _Found(m.start(), m.end(), f"XXXX-WXX-{weekday + 1}", "day", "set")
    key = unit.rstrip("s")
    if key.startswith(("matin", "soir")):
        key = "jour"
    if key.startswith("week-end"):
        return _Found(m.start(), m.end(), f"P{n}W", "week", "set")
    designator, factor = UNITS.get(key, UNITS.get(unit, ("D", 1)))
    granularity = {"D": "day", "W": "week", "M": "month", "Y": "year"}[designator]
    return _Found(m.start(), m.end(), f"P{n * factor}{designator}", granularity, "set")


# The cascade. Every rule runs over the whole text; overlaps are settled afterwards,
# longest first, so the order here only breaks ties between equally long matches.
RULES = (
    (RANGE, _on_range),
    (YEAR_SPAN, _on_year_span),
    (FULL_DATE, _on_full_date),
    (NUMERIC_DATE, _on_numeric_date),
    (ISO_DATE, _on_iso_date),
    (PERIOD_AROUND, _on_period_around),
    (SHIFTED, _on_shifted),
    (EDGE_RELATIVE, _on_edge_relative),
    (RELATIVE_PERIOD, _on_relative_period),
    (RELATIVE_DAY, _on_relative_day),
    (ANCHORED_DAY, _on_anchored_day),
    (SEASON, _on_season),
    (QUARTER, _on_quarter),
    (CENTURY, _on_century),
    (DECADE, _on_decade),
    (MONTH_POINT, _on_month),
    (YEAR_POINT, _on_year),
    (WEEKDAY_RANGE, _on_weekday_range),
    (WEEKDAY_DAY, _on_weekday_day),
    (WEEKDAY_POINT, _on_weekday),
    (RECURRENCE, _on_recurrence),
    (DURATION, _on_duration),
    (VAGUE_DURATION, _on_vague_duration),
)


# ---------------------------------------------------------------------------------------------
# Absorbing the words in front of a point: edges first ("fin 2012"), then bounds
# ("depuis 2011", "jusqu'en 2022", "d'ici 2030", "dès lundi").

def _absorb(found: _Found, ctx: _Context) -> _Found:
    if found.kind != "date":
        return found
    edge = EDGE_BEFORE.search(ctx.text, max(0, found.start - 30), found.start)
    if edge and found.granularity in ("year", "month", "decade", "century"):
        found.start = edge.start()
    bound = BOUND_BEFORE.search(ctx.text, max(0, found.start - 30), found.start)
    if not bound:
        return found
    word = bound["w"].lower()
    found.start = bound.start()
    if word == "dès":
        return found
    value, pub = found.value, ctx.pub
    found.kind = "range"
    if word == "depuis":
        found.value = f"{value}/{pub.isoformat()}" if value and pub else None
    elif word.startswith("jusqu"):
        found.value = f"../{value}" if value else None
    elif word.startswith("d'ici"):
        found.value = f"{pub.isoformat()}/{value}" if value and pub else None
    else:  # à partir de
        found.value = f"{value}/.." if value else None
    return found


def _select(candidates: list[_Found]) -> list[_Found]:
    """Non-overlapping matches, longest first; ties go to the earlier rule."""
    chosen: list[_Found] = []
    taken: list[tuple[int, int]] = []
    ranked = sorted(enumerate(candidates),
                    key=lambda ic: (-(ic[1].end - ic[1].start), ic[1].start, ic[0]))
    for _, cand in ranked:
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def _resolve_anchors(found: list[_Found], ctx: _Context) -> None:
    """Date 'la veille'/'le lendemain' from the last day mentioned before, in the paragraph."""
    last_day: tuple[int, date] | None = None
    for item in found:
        if item.shift is not None:
            anchor = None
            if last_day and "\n" not in ctx.text[last_day[0]:item.start] \
                    and item.start - last_day[0] <= 400:
                anchor = last_day[1]
            elif ctx.pub is not None:
                anchor = ctx.pub
            if anchor is not None:
                d = anchor + timedelta(days=item.shift)
                item.value, item.point = d.isoformat(), _day(d)
        if item.kind == "date" and item.granularity == "day" and item.point is not None:
            last_day = (item.end, item.point.first)


def _parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def find_dates(text: str, published: str | None) -> list[DateRef]:
    """Every temporal expression in `text`, normalised against `published` ('YYYY-MM-DD').

    Offsets index the original text; matches do not overlap and come sorted by start.
    """
    if not text:
        return []
    ctx = _Context(text.translate(_CLEAN), _parse_published(published))
    candidates = []
    for pattern, handler in RULES:
        for m in pattern.finditer(ctx.text):
            found = handler(m, ctx)
            if found is not None:
                candidates.append(_absorb(found, ctx))
    selected = _select(candidates)
    _resolve_anchors(selected, ctx)
    return [DateRef(text=text[f.start:f.end], start=f.start, end=f.end, value=f.value,
                    granularity=f.granularity, kind=f.kind) for f in selected]


def normalise(expression: str, published: str | None) -> DateRef | None:
    """Normalise one expression: the match covering it whole, else its longest match."""
    refs = find_dates(expression, published)
    if not refs:
        return None
    stripped = expression.strip()
    for ref in refs:
        if ref.text == stripped:
            return ref
    return max(refs, key=lambda r: r.end - r.start)
