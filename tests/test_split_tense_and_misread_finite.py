"""A compound tense split by an aside between its auxiliary and its participle ("X a, de son côté,
salué « … »", "X a, pour sa part, appelé Y à …") keeps its cue, and the phrase before the auxiliary
speaks (cues._split_tense_before, lexicon.aside_auxiliary, lost_subjects.before_split_tense); a
future or conditional the tagger reads as a participle or an adjective ("La Belgique financera …",
"que les pays coordonneraient …") is a finite verb of the reported clause (tense.misread_finite).
Invented sentences."""
import pytest

from newsgraph.lang import load_pack
from newsgraph.nlp.tense import misread_finite

TEXTS = {
    "saluted": "Le président Paul Mbala a reçu son homologue mardi.\n\n"
               "Jean Kabongo a, de son côté, salué « un partenaire sincère de l'Afrique ».",
    "called": "Le Forum tunisien pour les droits économiques et sociaux (FTDES) a, pour sa part, appelé "
              "l'Union européenne à suspendre toute coopération migratoire avec la Tunisie.",
    "future": "L'argent financera des transferts en espèces aux familles les plus pauvres du pays, a indiqué "
              "le Département fédéral des affaires étrangères.",
    "conditional": "M. Costa a pour sa part annoncé que l'Union et le Canada coordonneraient leurs sanctions "
                   "contre la flotte russe.",
}


@pytest.fixture(scope="module")
def quotes(analyzed):
    return {name: {q.text: q.speaker for q in article.quotes} for name, article in analyzed(TEXTS).items()}


def test_aside_after_the_auxiliary_keeps_the_cue_and_its_subject(quotes):
    assert quotes["saluted"]["« un partenaire sincère de l'Afrique »"].name == "Jean Kabongo"


def test_aside_with_an_infinitive_frame(quotes):
    speaker = quotes["called"]["suspendre toute coopération migratoire avec la Tunisie"]
    assert speaker.name and speaker.name.startswith("Le Forum tunisien")


def test_future_read_as_participle_is_the_words_of_an_incise(quotes):
    words = "L'argent financera des transferts en espèces aux familles les plus pauvres du pays"
    assert words in quotes["future"]


def test_conditional_read_as_adjective_opens_a_clause(quotes):
    words = "l'Union et le Canada coordonneraient leurs sanctions contre la flotte russe"
    assert quotes["conditional"][words].name == "Costa"


class _Token:
    def __init__(self, text, pos, verb_form=""):
        self.text, self.pos_ = text, pos
        self.morph = {"VerbForm": [verb_form] if verb_form else []}


@pytest.mark.parametrize("text,pos,form", [("financera", "VERB", "Part"), ("réduira", "ADJ", ""),
                                           ("coordonneraient", "ADJ", ""), ("veilleraient", "ADV", "")])
def test_misread_finite_forms(text, pos, form):
    assert misread_finite(_Token(text, pos, form), load_pack("fr"))


@pytest.mark.parametrize("text,pos,form", [("extrait", "VERB", "Part"), ("abstrait", "ADJ", ""), ("extra", "ADJ", ""),
                                           ("Sierra", "NOUN", ""), ("financera", "VERB", "Fin"),
                                           ("affront", "NOUN", ""), ("décidé", "VERB", "Part")])
def test_not_misread_finite_forms(text, pos, form):
    assert not misread_finite(_Token(text, pos, form), load_pack("fr"))
