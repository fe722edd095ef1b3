"""The event predicate table and the event lexicon of the French pack (nlp/events/predicates.py,
lexicon.py): loading, checking with file:line errors, and matching tokens on hand-built parses."""
from __future__ import annotations

import shutil

import pytest
from event_docs import parsed

from newsgraph.errors import PackError
from newsgraph.lang import LanguagePack, load_pack
from newsgraph.model import EVENT_TYPES
from newsgraph.nlp.events.lexicon import event_lexicon
from newsgraph.nlp.events.governors import is_embedded, support_verb
from newsgraph.nlp.events.predicates import match_predicate, predicate_table

PACK = load_pack("fr")
LEX = event_lexicon(PACK)
TABLE = predicate_table(PACK)

# Modes the data file may use, per PLOVER type (docs/events.md).
MODES = {
    "CONSULT": {"visit", "host", "meet", "phone", "mediate"},
    "AGREE": {"ceasefire"},
    "SUPPORT": {"apologize"},
    "COOPERATE": {"recognition", "asylum", "handover", "extradition", "protection", "economic", "military"},
    "AID": {"military", "economic", "humanitarian"},
    "RETREAT": {"withdraw", "release", "return", "ease"},
    "REJECT": {"veto"},
    "ACCUSE": {"disapprove", "investigate"},
    "PROTEST": {"demo", "summon", "recall", "boycott"},
    "SANCTION": {"expel", "freeze", "break_relations", "embargo", "suspend", "close", "ban"},
    "MOBILIZE": {"troops"},
    "COERCE": {"arrest", "confiscate", "occupy", "restrict"},
    "ASSAULT": {"heavy-weapons", "assassinate", "abduct"},
}


def pack_with(tmp_path, name: str, text: str) -> LanguagePack:
    """A copy of the French pack with one file replaced."""
    root = tmp_path / "fr"
    shutil.copytree(PACK.root, root)
    (root / name).write_text(text, encoding="utf-8")
    return LanguagePack("fr", root)


# ---------------------------------------------------------------- the data files

def test_every_predicate_row_is_a_plover_type_with_a_known_mode():
    assert TABLE.by_head and TABLE.support_verbs
    for rows in TABLE.by_head.values():
        for row in rows:
            assert row.type in EVENT_TYPES, row.expression
            assert row.mode is None or row.mode in MODES.get(row.type, set()), (row.expression, row.mode)
            assert row.markers("actor") or row.type == "PROTEST", row.expression
            assert row.markers("recipient"), row.expression
            assert row.markers("place"), row.expression  # the pack's place markers by default


def test_multiword_expressions_are_parsed_into_head_and_companions():
    visit = next(r for r in TABLE.by_head[("rendre", "verb")] if r.reflexive)
    assert visit.reflexive and visit.mode == "visit" and "place" in visit.markers("recipient")
    asylum = next(r for r in TABLE.by_head[("accorder", "verb")] if "asile" in r.companions)
    assert asylum.type == "COOPERATE" and asylum.mode == "asylum"  # "accorder l'asile": the article goes
    request = TABLE.by_head[("appeler", "verb")][0]
    assert request.particle == "à" and request.type == "REQUEST"  # "appeler à" before "appeler" (a call)
    assert "décréter" in TABLE.support_verbs
    assert TABLE.unnamed_actor_heads == {"manifester", "défiler", "manifestation", "rassemblement", "rassembler"}


@pytest.mark.parametrize("row, error", [
    ("visiter\tverb\tCONSULT\tvisit\tactor:subj; target:obj", r"event_predicates.tsv:3: unknown role 'target'"),
    ("visiter\tverb\tVISIT\tvisit\tactor:subj; recipient:obj", r"event_predicates.tsv:3: 'VISIT' is not a PLOVER type"),
    ("visiter\tverb\tCONSULT\tvisit\tactor:subj; recipient:chez|parmi",
     r"event_predicates.tsv:3: unknown marker 'parmi'"),
    ("visiter\tverbe\tCONSULT\tvisit\tactor:subj; recipient:obj", r"event_predicates.tsv:3: pos 'verbe'"),
    ("visiter\tverb\tCONSULT\tvisit\tactor:subj; recipient:obj; symmetric",
     r"event_predicates.tsv:3: unknown frame part"),
])
def test_a_bad_predicate_row_is_a_pack_error_with_its_line(tmp_path, row, error):
    pack = pack_with(tmp_path, "event_predicates.tsv", f"# source: tests\nexpression\tpos\ttype\tmode\tframe\n{row}\n")
    with pytest.raises(PackError, match=r"^E070 lang/fr/" + error):
        predicate_table(pack)


def test_a_bad_grammar_row_is_a_pack_error_with_its_line(tmp_path):
    pack = pack_with(tmp_path, "event_grammar.tsv", "# source: tests\nclass\tform\nreflexive\tse\nclitic\tme\n")
    with pytest.raises(PackError, match=r"^E070 lang/fr/event_grammar.tsv:4: unknown class 'clitic'"):
        event_lexicon(pack)


def test_the_lexicon_reuses_the_packs_pronouns_and_negations():
    assert LEX.personal_pronouns == {"il", "elle", "ils", "elles"}  # third person, not inverted
    assert LEX.first_person == {"je", "j'", "j’", "nous"}
    assert LEX.impersonal_subjects == {"on"}
    assert PACK.words("negations") < LEX.negations
    assert LEX.prepositions[LEX.dative] >= {"à", "au", "aux"} and LEX.between == "entre"
    assert LEX.has_stance("Anti-américaine") and LEX.has_stance("pro\u2011russe") and not LEX.has_stance("russe")
    assert LEX.strip_stance("anti-américaine") == "américaine"


# ---------------------------------------------------------------- matching tokens

VISIT = """
Macron Macron PROPN 3 nsubj
s' se PRON 3 expl:comp
est être AUX 3 aux:tense
rendu rendre VERB 3 ROOT VerbForm=Part
à à ADP 5 case
Pékin Pékin PROPN 3 obl:mod
"""


def test_a_reflexive_predicate_needs_its_clitic(blank_nlp):
    doc = parsed(blank_nlp("fr"), VISIT)
    assert match_predicate(doc[3], TABLE, LEX).expression == "se rendre"
    plain = parsed(blank_nlp("fr"), VISIT.replace("s' se PRON 3 expl:comp", "y y PRON 3 iobj"))
    assert match_predicate(plain[3], TABLE, LEX) is None


def test_a_companion_word_selects_the_multiword_row(blank_nlp):
    # "La France a accordé l'asile à Assange" / "… a accordé son aide …" (accorder: a light verb only)
    table = """
La le DET 1 det
France France PROPN 3 nsubj
a avoir AUX 3 aux:tense
accordé accorder VERB 3 ROOT VerbForm=Part
l' le DET 5 det
asile asile NOUN 3 obj
"""
    doc = parsed(blank_nlp("fr"), table)
    assert match_predicate(doc[3], TABLE, LEX).mode == "asylum"
    other = parsed(blank_nlp("fr"), table.replace("asile asile", "aide aide"))
    assert match_predicate(other[3], TABLE, LEX) is None


def test_plural_nouns_and_participles_read_as_adjectives_are_matched(blank_nlp):
    # "les frappes" (plural noun), "a gelé les avoirs" with "gelé" tagged ADJ
    doc = parsed(blank_nlp("fr"), """
les le DET 1 det
frappes frappes NOUN 1 ROOT Number=Plur
a avoir AUX 3 aux:tense
gelé gelé ADJ 1 acl
les le DET 5 det
avoirs avoir NOUN 3 obj
""")
    assert match_predicate(doc[1], TABLE, LEX).type == "ASSAULT"
    frozen = match_predicate(doc[3], TABLE, LEX)
    assert frozen.type == "SANCTION" and frozen.mode == "freeze"


def test_a_passive_row_needs_the_passive_auxiliary(blank_nlp):
    # "Poutine est attendu à Alger" (a visit) / "Poutine attend une réponse" (nothing)
    expected = parsed(blank_nlp("fr"), """
Poutine Poutine PROPN 2 nsubj:pass
est être AUX 2 aux:pass
attendu attendre VERB 2 ROOT VerbForm=Part
à à ADP 4 case
Alger Alger PROPN 2 obl:mod
""")
    assert match_predicate(expected[2], TABLE, LEX).mode == "visit"
    waits = parsed(blank_nlp("fr"), """
Poutine Poutine PROPN 1 nsubj
attend attendre VERB 1 ROOT
une un DET 3 det
réponse réponse NOUN 1 obj
""")
    assert match_predicate(waits[1], TABLE, LEX) is None


def test_a_light_verb_and_a_quantity_noun_lead_to_the_noun_predicate(blank_nlp):
    # "L'UE a adopté un paquet de sanctions"
    table = """
L' le DET 1 det
UE UE PROPN 3 nsubj
a avoir AUX 3 aux:tense
adopté adopter VERB 3 ROOT VerbForm=Part
un un DET 5 det
paquet paquet NOUN 3 obj
de de ADP 7 case
sanctions sanction NOUN 5 nmod Number=Plur
"""
    doc = parsed(blank_nlp("fr"), table)
    assert support_verb(doc[7], TABLE, LEX) == doc[3]
    criticised = parsed(blank_nlp("fr"), table.replace("adopté adopter", "critiqué critiquer"))
    assert support_verb(criticised[7], TABLE, LEX) is None  # "critiquer" is no light verb
    other = parsed(blank_nlp("fr"), table.replace("paquet paquet", "rapport rapport"))
    assert support_verb(other[7], TABLE, LEX) is None  # "un rapport de sanctions" counts nothing


def test_a_predicate_wanted_by_an_intent_verb_is_embedded(blank_nlp):
    # "Washington exhorte Pékin à ne pas livrer d'armes"
    doc = parsed(blank_nlp("fr"), """
Washington Washington PROPN 1 nsubj
exhorte exhorter VERB 1 ROOT
Pékin Pékin PROPN 1 obj
à à ADP 6 mark
ne ne ADV 6 advmod
pas pas ADV 6 advmod
livrer livrer VERB 1 xcomp VerbForm=Inf
""")
    assert is_embedded(doc[6], LEX) and not is_embedded(doc[1], LEX)


# ---------------------------------------------------------------- a row's trailing preposition

TREATED = """
Paris Paris PROPN 2 nsubj
a avoir AUX 2 aux:tense
traité traiter VERB 2 ROOT VerbForm=Part
Rome Rome PROPN 2 obj
de de ADP 5 case
menteur menteur NOUN 2 obl:arg
"""


def test_a_row_may_require_a_trailing_de_though_it_is_also_a_determiner(tmp_path, blank_nlp):
    # "de" opens partitives too ("des armes"), so the determiner filter used to drop it from the end of
    # a row: "traiter de" then matched "traiter" with no "de" at all
    pack = pack_with(tmp_path, "event_predicates.tsv", "# source: tests\nexpression\tpos\ttype\tmode\tframe\n"
                     "traiter de\tverb\tACCUSE\tdisapprove\tactor:subj; recipient:obj\n"
                     "livrer des armes à\tverb\tAID\tmilitary\tactor:subj; recipient:à\n")
    lex, table = event_lexicon(pack), predicate_table(pack)
    row = table.by_head[("traiter", "verb")][0]
    assert row.particle == "de" and not row.companions
    arms = table.by_head[("livrer", "verb")][0]
    assert arms.particle == "à" and arms.companions == {"armes"}  # an inner "des" is still a determiner
    doc = parsed(blank_nlp("fr"), TREATED)
    assert match_predicate(doc[2], table, lex).expression == "traiter de"
    plain = parsed(blank_nlp("fr"), TREATED.replace("de de ADP 5 case", "avec avec ADP 5 case"))
    assert match_predicate(plain[2], table, lex) is None  # "traiter Rome avec …" is no name-calling


CALLED = """
Lima Lima PROPN 2 nsubj
a avoir AUX 2 aux:tense
qualifié qualifier VERB 2 ROOT VerbForm=Part
Quito Quito PROPN 2 obj
de de ADP 5 case
WORD WORD NOUN 3 nmod
"""


@pytest.mark.parametrize("word, expected", [
    ("fossoyeur", "qualifier de"),   # a word no stance list holds: calling X something blames X
    ("ami", None),                   # a friendly word (event_stance_words.tsv) blames no one
])
def test_qualifier_de_blames_unless_the_word_is_friendly(blank_nlp, word, expected):
    doc = parsed(blank_nlp("fr"), CALLED.replace("WORD WORD", f"{word} {word}"))
    found = match_predicate(doc[2], TABLE, LEX)
    assert (found.expression if found else None) == expected
    if found:
        assert found.type == "ACCUSE" and found.particle == "de"


def test_qualifier_needs_its_de_to_blame_without_a_hostile_word(blank_nlp):
    # "Lima s'est qualifié pour la finale": no "de", no hostile word, no event
    doc = parsed(blank_nlp("fr"), CALLED.replace("de de ADP 5 case", "pour pour ADP 5 case")
                 .replace("WORD WORD", "finale finale"))
    assert match_predicate(doc[2], TABLE, LEX) is None
