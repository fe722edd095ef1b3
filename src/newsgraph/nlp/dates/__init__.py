"""Find and normalise temporal expressions in news text, against the publication date.

Why our own rules rather than dateparser: on French news it reads "dix-huit mois" as eight
months and the pronoun "Je" as jeudi, and it returns None for "depuis 2011", "mardi dernier",
"entre 2018 et 2019" or "dans les prochains jours". A news article needs every expression
*found* with exact offsets, then *normalised* against the publication date; a small rule
cascade over the standard library does both and stays auditable.

The package splits by job:
  arithmetic.py    calendar arithmetic, the same in every language (ISO values, weeks,
                   shifts, durations, the interval a value covers)
  language.py      what the rules know about a language: the pack's date words and the
                   patterns of its date_patterns.toml, compiled once per pack
  resolve.py       choosing the occurrence a year-less date means (past or future, from the
                   tense of its clause) and the day "la veille" hangs on
  rules_points.py  rules for points (days, months, years, seasons, centuries, quarters)
  rules_spans.py   rules for ranges, periods around publication, shifts, durations, sets
  finder.py        the cascade: find_dates / normalise
  component.py     the spaCy component that writes FoundDate results on the Doc

Values (ISO 8601, with EDTF's X for unspecified digits):
  kind 'date'      a point: day '2023-09-12', week '2023-W37', month '2019-04', year '2011',
                   decade '199X' (the 1990s), century '18XX' (XIXe siècle = the 1800s).
                   Approximate points ('fin 2012', 'début juillet', 'mi-août', 'au printemps
                   2020') get the smallest calendar unit that contains them ('2012', '2023-07',
                   '2023-08', '2020'); the granularity is that unit's, so seasons are 'year'.
  kind 'range'     'START/END' ('2018/2019'; 'depuis 2011' -> '2011/<published>');
                   an open end is '..' ("jusqu'en 2022" -> '../2022'). Vague spans follow
                   rules_spans.FEW: 'dans les prochains jours' is published+1 .. published+7
                   days. Quarters and half-years are month ranges ('au troisième trimestre
                   2023' -> '2023-07/2023-09').
  kind 'duration'  'P18M', 'P2W', 'P3Y', 'P1Y6M'; unspecified amounts as TIMEX3 does
                   ('des mois' -> 'PXM', 'des décennies' -> 'PXDE'); granularity 'duration'.
  kind 'set'       recurrences: 'chaque année' -> 'P1Y', 'tous les lundis' -> 'XXXX-WXX-1';
                   granularity is the repeated unit.
Every result also carries `first`/`last`, the calendar days its value covers (see FoundDate).
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

from .finder import find_dates, normalise, publication_date
from .found import FoundDate
from .language import date_lexicon, parse_number

__all__ = ["FoundDate", "date_lexicon", "find_dates", "normalise", "parse_number", "publication_date"]
