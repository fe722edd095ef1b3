"""A person the article quotes for their knowledge, of no stated state ("politologue",
"chercheur": event_commentator_nouns.txt), is no party to the interactions they comment on: the
accusation their quote carries is analysis. Invented sentences, full pipeline."""
from __future__ import annotations

from event_texts import coded, events_of

from newsgraph.lang import load_pack
from newsgraph.nlp.actor_index import FoundActor
from newsgraph.nlp.events.article_view import is_commentator
from newsgraph.nlp.events.lexicon import event_lexicon

TEXTS = {
    "analyst": "« Kigali a besoin d'un ennemi extérieur, et la Belgique est idéale », estime Kris Berwouts, "
               "politologue, spécialiste de la région des Grands Lacs. Le Rwanda a rompu ses relations avec la Belgique.",
}


def test_a_commentator_s_quote_carries_no_accusation(analyze):
    events = events_of(analyze, TEXTS)
    found = coded(events, "analyst")
    assert ("SANCTION", "country:RWA", "country:BEL") in found
    assert not any(actor == "person:kris-berwouts" for _, actor, _ in found)


def test_only_a_stateless_person_with_a_commentator_s_role_is_one():
    lex = event_lexicon(load_pack("fr"))
    assert is_commentator(FoundActor("person:a", "A", "person", role="chercheur à l'université de Prague"), lex)
    assert not is_commentator(FoundActor("person:b", "B", "person", "CZE", role="chercheur"), lex)
    assert not is_commentator(FoundActor("person:c", "C", "person", role="ministre de la Justice"), lex)
