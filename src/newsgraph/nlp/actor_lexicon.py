"""The words the actor, person and role rules read, from the language pack, built once per pack.

Every list comes from a data file of `lang/<xx>/` (named next to each field); this module only
gathers them into sets and tuples in the form the rules compare them in (folded, lower-cased or
as written), so the rules hold no words of any language.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..errors import PackError
from ..lang import LanguagePack
from ..textfold import fold_same_length

__all__ = ["ActorLexicon", "actor_lexicon"]


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    # actors: entities that name nothing, places, states (folded forms where the rule folds)
    editorial: frozenset[str]           # editorial_marks.txt, folded: "ndlr"
    not_entities: frozenset[str]        # not_entities.txt, folded: "etats"
    place_prepositions: frozenset[str]  # place_prepositions.txt: "à", "vers"
    place_heads: frozenset[str]         # place_heads.txt (lemmas): "banlieue"
    agreement_heads: frozenset[str]     # agreement_heads.txt (lemmas or words): "accord", "processus"
    state_name_heads: frozenset[str]    # state_name_heads.txt (lemmas): "république"
    contracted_article: dict[str, str]  # contractions.tsv: "au" -> "le"
    contractions: frozenset[str]        # contractions.tsv: "au", "du", "aux", "des"
    prepositions: frozenset[str]        # contractions.tsv: the prepositions they contract, "à", "de"
    of: frozenset[str]                  # actor_words.tsv `of` with the contractions of it: "de", "d'", "du"
    of_bare: frozenset[str]             # actor_words.tsv `of` alone: "de", "d'"
    between: frozenset[str]             # actor_words.tsv: "entre"
    and_: frozenset[str]                # actor_words.tsv: "et"
    press_agency: frozenset[str]        # actor_words.tsv: "agence"
    # persons
    titles: dict[str, str | None]       # civility_titles.tsv: "mme" -> "f", "dr" -> None
    title_keys: frozenset[str]          # the titles without their final dot
    elided: frozenset[str]              # elided determiners and prepositions: "l'", "d’"
    leader_nouns: frozenset[str]        # leader_nouns.txt: "gouvernement"
    # roles
    not_role_nouns: frozenset[str]      # not_role_nouns.txt + leader_nouns.txt
    time_nouns: frozenset[str]          # time_nouns.txt + the month names of months.tsv
    agent_endings: tuple[str, ...]      # agent_endings.txt: "eur", "iste"
    not_agent_endings: tuple[str, ...]  # actor_words.tsv: "ment"
    pre_role: frozenset[str]            # pre_role_adjectives.txt: "ancien"
    appointed: frozenset[str]           # appointment_words.txt: "nommé"
    definite: frozenset[str]            # determiners.tsv: "le", "la", "l'"
    elided_definite: frozenset[str]     # "l'", "l’"
    indefinite: frozenset[str]          # determiners.tsv: "un", "une"
    feminine_determiners: frozenset[str]   # determiners.tsv gender f
    masculine_determiners: frozenset[str]  # determiners.tsv gender m
    epicene_endings: tuple[str, ...]    # epicene_endings.txt: "iste", "ministre"
    former_prefixes: tuple[str, ...]    # actor_words.tsv: "ex-", "ancien-"
    plural_endings: tuple[str, ...]     # actor_words.tsv: "s", "x"
    feminine_endings: tuple[str, ...]   # actor_words.tsv: "e"
    relatives: frozenset[str]           # actor_words.tsv: "qui", "dont"
    as_: frozenset[str]                 # actor_words.tsv: "comme"
    minister: str                       # actor_words.tsv: "ministre"
    portfolio_of: str                   # actor_words.tsv: "de"
    of_elided: str                      # actor_words.tsv: "d'", the complement's "de" before a vowel
    elides_before: tuple[str, ...]      # actor_words.tsv: the initials before which "de" elides
    # person countries
    expertise: frozenset[str]           # expertise_nouns.txt: "spécialiste"
    no_fallback: frozenset[str]         # stateless_roles.txt + expertise_nouns.txt
    international: frozenset[str]       # international_words.txt: "onusien"
    party: frozenset[str]               # actor_words.tsv: "parti"


def _uses(pack: LanguagePack) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for row in pack.table("actor_words", ("use", "word")):
        found.setdefault(row["use"], []).append(row["word"])
    return {use: tuple(words) for use, words in found.items()}


@cache
def actor_lexicon(pack: LanguagePack) -> ActorLexicon:
    """The actor rules' words of a language pack (cached per pack)."""
    uses = _uses(pack)

    def use(name: str) -> tuple[str, ...]:
        return uses.get(name, ())

    def one(name: str) -> str:
        if not uses.get(name):
            raise PackError(f"lang/{pack.code}/actor_words.tsv: no row for the use {name!r}")
        return uses[name][0]

    contractions = pack.table("contractions", ("form", "preposition", "article"))
    determiners = pack.table("determiners", ("form", "kind", "gender"))
    titles = pack.table("civility_titles", ("form", "gender"))
    of_bare = frozenset(use("of"))
    definite = frozenset(r["form"] for r in determiners if r["kind"] == "definite")

    def elided(words) -> frozenset[str]:
        return frozenset(w for w in words if w.endswith(("'", "’")))
    leader = pack.words("leader_nouns")
    expertise = pack.words("expertise_nouns")
    return ActorLexicon(
        editorial=frozenset(fold_same_length(w) for w in pack.words("editorial_marks")),
        not_entities=frozenset(fold_same_length(w) for w in pack.words("not_entities")),
        place_prepositions=pack.words("place_prepositions"),
        place_heads=pack.words("place_heads"),
        agreement_heads=pack.words("agreement_heads"),
        state_name_heads=pack.words("state_name_heads"),
        contracted_article={r["form"]: r["article"] for r in contractions},
        contractions=frozenset(r["form"] for r in contractions),
        prepositions=frozenset(r["preposition"] for r in contractions),
        of=of_bare | {r["form"] for r in contractions if r["preposition"] in of_bare},
        of_bare=of_bare,
        between=frozenset(use("between")),
        and_=frozenset(use("and")),
        press_agency=frozenset(use("press_agency")),
        titles={r["form"]: r["gender"] or None for r in titles},
        title_keys=frozenset(r["form"].rstrip(".") for r in titles),
        elided=elided(definite | of_bare),
        leader_nouns=leader,
        not_role_nouns=leader | pack.words("not_role_nouns"),
        time_nouns=pack.words("time_nouns") | {r["form"] for r in pack.table("months", ("form",))},
        agent_endings=pack.entries("agent_endings"),
        not_agent_endings=use("not_agent_ending"),
        pre_role=pack.words("pre_role_adjectives"),
        appointed=pack.words("appointment_words"),
        definite=definite,
        elided_definite=elided(definite),
        indefinite=frozenset(r["form"] for r in determiners if r["kind"] == "indefinite"),
        feminine_determiners=frozenset(r["form"] for r in determiners if r["gender"] == "f"),
        masculine_determiners=frozenset(r["form"] for r in determiners if r["gender"] == "m"),
        epicene_endings=pack.entries("epicene_endings"),
        former_prefixes=use("former_prefix"),
        plural_endings=use("plural_ending"),
        feminine_endings=use("feminine_ending"),
        relatives=frozenset(use("relative")),
        as_=frozenset(use("as")),
        minister=one("minister"),
        portfolio_of=one("portfolio_of"),
        of_elided=(use("of_elided") or (one("portfolio_of"),))[0],
        elides_before=use("elides_before"),
        expertise=expertise,
        no_fallback=expertise | pack.words("stateless_roles"),
        international=pack.words("international_words"),
        party=frozenset(use("party")),
    )
