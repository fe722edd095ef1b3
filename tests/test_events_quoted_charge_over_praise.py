"""A quote that says the foreign actor it names attacks, sanctions or arrests accuses it
(quote_acts._hostile_act), even when a friendly word stands elsewhere in it: "« les Russes nous
bombardent, nous comptons sur nos amis »" charges Russia, it states no support of it. Invented
sentences, full pipeline."""
from __future__ import annotations

TEXTS = {
    "mixed": "« Les Russes nous bombardent, nous comptons sur nos amis », a déclaré le président moldave Ion Vatra.",
    "praise": "« Les Russes sont nos amis », a déclaré le président moldave Ion Vatra.",
}


def types_toward(events, name, country):
    return {e.type for e in events[name] if not e.negated and e.recipient.actor == country}


def test_a_charge_of_attack_outweighs_a_friendly_word(events):
    assert types_toward(events, "mixed", "country:RUS") == {"ACCUSE"}


def test_friendly_words_alone_stay_support(events):
    assert types_toward(events, "praise", "country:RUS") == {"SUPPORT"}


TEXTS["toll"] = "Depuis vendredi, les frappes turques ont fait plus de 40 morts en Syrie, selon les autorités syriennes."


def test_a_toll_of_the_target_s_strikes_accuses_it(events):
    """The demonym on a hostile act noun names its author, whom the quote charges (no stated support)."""
    assert types_toward(events, "toll", "country:TUR") == {"ACCUSE"}
