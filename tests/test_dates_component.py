"""The dates component on a Doc (no parse needed) and the DateRef records extract.py builds."""
from datetime import date

from newsgraph.extract import extract_dates
from newsgraph.model import DateRef
from newsgraph.nlp.dates import FoundDate
from newsgraph.nlp.dates.component import dates_component
from newsgraph.nlp.extensions import register_extensions


def test_component_writes_typed_dates_and_extract_builds_records(blank_nlp):
    register_extensions()
    doc = blank_nlp("fr")("Le sommet aura lieu le 3 mai. Il est bloqué depuis 2011.")
    doc._.published = "2023-09-12"
    dates_component(doc)
    found = doc._.ng_dates
    assert all(isinstance(f, FoundDate) for f in found)
    assert [(f.text, f.value, f.first, f.last) for f in found] == [
        ("le 3 mai", "2024-05-03", date(2024, 5, 3), date(2024, 5, 3)),  # "aura": ahead
        ("depuis 2011", "2011/2023-09-12", date(2011, 1, 1), date(2023, 9, 12)),
    ]
    assert extract_dates(doc) == [
        DateRef(text="le 3 mai", start=20, end=28, value="2024-05-03", granularity="day", kind="date"),
        DateRef(text="depuis 2011", start=44, end=55, value="2011/2023-09-12", granularity="year", kind="range"),
    ]


def test_component_without_publication_date_leaves_relative_dates_open(blank_nlp):
    register_extensions()
    doc = blank_nlp("fr")("Il est venu hier, et le 3 mai 2012.")
    dates_component(doc)
    assert [(f.text, f.value, f.first) for f in doc._.ng_dates] == [
        ("hier", None, None), ("le 3 mai 2012", "2012-05-03", date(2012, 5, 3))]
