"""The one tense detector: does a word look ahead (a future form, "doit", "prévu") or back (a
compound past, an imperfect)? Its forms and endings are the language pack's (tense.toml and
the tense_*.tsv / tense_*.txt files); it works on words, so it serves raw-text rules (the date
resolver) and parsed ones (events, which can add the lemma) alike.

    is_future_form("viendra", pack)                        -> True
    is_future_form("livrerons", pack, lemma="livrer")      -> True (the infinitive + an ending)
    tense_marker("ont", pack, following="signé")           -> -1
    tense_marker("est", pack, following="attendu")         -> +1
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..errors import PackError
from ..lang import LanguagePack

TEMPLATES = "tense"  # lang/<xx>/tense.toml


@dataclass(frozen=True, slots=True)
class _Auxiliary:
    verb: str   # have | be
    tense: str  # present | past


@dataclass(frozen=True, slots=True)
class _TenseLexicon:
    future_verdicts: dict[str, bool]       # forms the ending pattern misjudges
    future_form: re.Pattern[str]
    imperfect_form: re.Pattern[str]
    conditional_form: re.Pattern[str]
    participle_form: re.Pattern[str]
    misread_finite_form: re.Pattern[str]   # finite endings a tagger reads as a participle or adjective
    future_endings: frozenset[str]         # after the future stem: "livrer" + "ons"
    future_stems: tuple[tuple[str, str], ...]  # infinitive ending -> stem ending ("re" -> "r")
    participle_endings: frozenset[str]     # after the infinitive's stem: "négoci" + "ée"
    markers: frozenset[str]                # "doit", "va", "bientôt"
    auxiliaries: dict[str, _Auxiliary]
    scheduled: frozenset[str]              # "prévu": ahead after any auxiliary
    awaited: frozenset[str]                # "attendu": ahead after "be"
    have_idioms: frozenset[str]            # "a lieu": a present
    reflexives: frozenset[str]


def _choice(row, column: str, allowed: tuple[str, ...]) -> str:
    if row[column] not in allowed:
        raise PackError(f"{row.origin}: {column} must be one of {', '.join(allowed)}, not {row[column]!r}")
    return row[column]


@cache
def _lexicon(pack: LanguagePack) -> _TenseLexicon:
    patterns = pack.templates(TEMPLATES)
    settings = pack.document(TEMPLATES).get("settings", {})
    participles = {row["form"].lower(): _choice(row, "meaning", ("scheduled", "awaited"))
                   for row in pack.table("tense_participles", ("form", "meaning"))}
    try:
        return _TenseLexicon(
            future_verdicts={row["form"].lower(): _choice(row, "future", ("yes", "no")) == "yes"
                             for row in pack.table("tense_future_forms", ("form", "future"))},
            future_form=patterns["future_form"],
            imperfect_form=patterns["imperfect_form"],
            conditional_form=patterns["conditional_form"],
            participle_form=patterns["participle_form"],
            misread_finite_form=patterns["misread_finite_form"],
            future_endings=frozenset(settings["future_endings"]),
            future_stems=tuple((ending, stem) for ending, stem in settings["future_stems"].items()),
            participle_endings=frozenset(settings.get("participle_endings", ())),
            markers=pack.words("tense_future_markers"),
            auxiliaries={row["form"].lower(): _Auxiliary(_choice(row, "verb", ("have", "be")),
                                                         _choice(row, "tense", ("present", "past")))
                         for row in pack.table("tense_auxiliaries", ("form", "verb", "tense"))},
            scheduled=frozenset(f for f, meaning in participles.items() if meaning == "scheduled"),
            awaited=frozenset(f for f, meaning in participles.items() if meaning == "awaited"),
            have_idioms=pack.words("tense_have_idioms"),
            reflexives=pack.words("tense_reflexives"),
        )
    except KeyError as missing:
        raise PackError(f"lang/{pack.code}/{TEMPLATES}.toml: missing {missing}") from None


def is_future_form(word: str, pack: LanguagePack, lemma: str | None = None) -> bool:
    """Whether `word` is a simple-future verb form ("sera", "viendra", "iront"). With the lemma
    (from a parse), also the regular future of any verb: its future stem + a future ending
    ("livrerons" of "livrer"), which a tagger sometimes reads as a present."""
    lex = _lexicon(pack)
    word = word.lower()
    verdict = lex.future_verdicts.get(word)
    if verdict is not None:
        return verdict
    if lex.future_form.fullmatch(word):
        return True
    if lemma:
        lemma = lemma.lower()
        for ending, stem_ending in lex.future_stems:
            if lemma.endswith(ending):
                stem = lemma[:-len(ending)] + stem_ending
                return word.startswith(stem) and word[len(stem):] in lex.future_endings
    return False


def is_participle_of(word: str, lemma: str, pack: LanguagePack) -> bool:
    """Whether `word` is a past participle of the verb `lemma`: the infinitive's stem and a
    participle ending ("négociée" of "négocier", "suspendu" of "suspendre"; not the present
    "négocie"). A tagger reads some participles as infinitives."""
    lex = _lexicon(pack)
    word, lemma = word.lower(), lemma.lower()
    for ending, _ in lex.future_stems:
        if lemma.endswith(ending) and len(lemma) > len(ending):
            stem = lemma[:-len(ending)]
            return word.startswith(stem) and word[len(stem):] in lex.participle_endings
    return False


def _is_conditional_form(word: str, pack: LanguagePack) -> bool:
    """Whether `word` has a conditional ending ("frapperait", "poursuivraient"), which a tagger
    sometimes reads as an imperfect."""
    return bool(_lexicon(pack).conditional_form.fullmatch(word.lower()))


def is_conditional(token, pack: LanguagePack) -> bool:
    """Whether a parsed verb is in the conditional: the tagger's mood, or the ending when the tagger
    read it as an imperfect ("représenterait", "poursuivrait")."""
    return "Cnd" in token.morph.get("Mood") or _is_conditional_form(token.text, pack)


def misread_finite(token, pack: LanguagePack) -> bool:
    """Is a word the tagger read as a participle, an adjective or an adverb a finite verb, by its
    ending ("La Belgique financera l'aide", "le Canada réduira", "que les pays coordonneraient")?
    Lower-case words only (a capitalised one is a name: "Sierra", "Jazeera"), and not a form the
    future table says is no verb ("affront")."""
    word = token.text
    if not word[:1].islower() or token.pos_ not in ("VERB", "AUX", "ADJ", "ADV") or \
            "Fin" in token.morph.get("VerbForm"):
        return False
    lex = _lexicon(pack)
    return lex.future_verdicts.get(word.lower()) is not False and \
        bool(lex.misread_finite_form.fullmatch(word.lower()))


def is_past_auxiliary(word: str, pack: LanguagePack) -> bool:
    """Whether `word` is an auxiliary in a past tense ("avait", "était"): with a participle it
    tells an act before the story's own past (a pluperfect)."""
    aux = _lexicon(pack).auxiliaries.get(word.lower())
    return aux is not None and aux.tense == "past"


def tense_marker(word: str, pack: LanguagePack, *, previous: str = "", following: str = "") -> int:
    """+1 if `word` points ahead (a future form, "doit", "prévu"), -1 if it points back (a past
    auxiliary, an imperfect), 0 if neither. The neighbouring words, when given, settle the
    auxiliaries: "a prévu" and "est attendu" look ahead, "a lieu" is a present, "est" marks
    the past only before a participle ("est parti") or after a reflexive ("s'est")."""
    lex = _lexicon(pack)
    word, previous, following = word.lower(), previous.lower(), following.lower()
    if word in lex.markers or word in lex.scheduled or is_future_form(word, pack):
        return 1
    aux = lex.auxiliaries.get(word)
    if aux is not None:
        if aux.verb == "have" and aux.tense == "present" and following in lex.have_idioms:
            return 0
        if following in lex.scheduled or (aux.verb == "be" and following in lex.awaited):
            return 1
        if aux.verb == "have" or aux.tense == "past":
            return -1
        if previous in lex.reflexives or (lex.participle_form.fullmatch(following)
                                          and following not in lex.markers):
            return -1
        return 0
    if lex.imperfect_form.fullmatch(word) and not lex.conditional_form.fullmatch(word):
        return -1
    return 0
