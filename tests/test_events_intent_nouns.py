"""The infinitive of an intent noun (a demand, a threat, a refusal, a wish: "son appel à suspendre
l'aide", "son refus de livrer des armes") is wanted, asked or refused, not done, as under the
verbs of event_intent_verbs.txt; a clause the parser hangs on such a noun is not its infinitive
("une demande que Kigali a rejetée"). Invented sentences, full pipeline (fr_core_news_md)."""
from __future__ import annotations

from event_texts import coded

TEXTS = {
    "refusal": "Le Ghana a réitéré son refus de livrer des armes au Togo.",
    "appeal": "Le Ghana a renouvelé son appel à suspendre l'aide au Togo.",
    "brushed_aside": "Le Ghana a appelé le Togo à cesser tout soutien aux rebelles. Une demande que Lomé a rejetée.",
}

TITLED = True


def test_arms_refused_are_no_aid(events):
    found = coded(events, "refusal")
    assert ("REJECT", "country:GHA", "country:TGO") in found
    assert not any(kind == "AID" for kind, _, _ in found)


def test_a_suspension_appealed_for_is_no_sanction(events):
    assert not any(kind == "SANCTION" for kind, _, _ in coded(events, "appeal"))


def test_a_clause_hung_on_a_demand_is_still_read(events):
    assert ("REJECT", "country:TGO", "country:GHA") in coded(events, "brushed_aside")
