"""The quotes component's results and the records extract.py builds from them (no model)."""
from parsed_doc import tokenized

from newsgraph.extract import quote_records, source_records
from newsgraph.nlp.attribution import AttributedQuote
from newsgraph.nlp.reports import FoundQuote
from newsgraph.nlp.sources import FoundSource
from newsgraph.nlp.speakers import ResolvedSpeaker


def test_records_are_built_from_typed_results(blank_nlp):
    text = "Le port est fermé, affirme Jean Dupont. Il restera fermé, selon un reportage."
    doc = tokenized(blank_nlp, text)
    named = FoundQuote(0, 17, "indirect", (19, 26), (27, 38), 0.75)
    unnamed = FoundQuote(39, 56, "indirect", None, None, 0.5)
    doc._.ng_quotes = [AttributedQuote(named, ResolvedSpeaker("person:jean-dupont", "Jean Dupont", 27, 38)),
                       AttributedQuote(unnamed, ResolvedSpeaker(None, None))]
    doc._.ng_sources = [FoundSource("un reportage", None, 58, 76, named=False)]
    first, second = quote_records(doc)
    assert (first.text, first.cue.text, first.speaker.name, first.confidence) == (
        "Le port est fermé", "affirme", "Jean Dupont", 0.75)
    assert second.cue is None and second.confidence == 0.3   # an unnamed speaker lowers confidence
    [source] = source_records(doc)
    assert (source.name, source.named, text[source.start:source.end]) == ("un reportage", False,
                                                                          "selon un reportage")
