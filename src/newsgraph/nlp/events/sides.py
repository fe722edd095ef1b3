"""Unnamed sides of a conflict: "les rebelles syriens", "les séparatistes du Donbass", and later
"les rebelles", "les groupes rebelles" alone.

GUIDELINES §7.2 writes an unnamed non-state group by a short designation from the text
("rebelles syriens"). An article places such a side once (a demonym, a place complement) and then
names it by its bare noun; the bare noun takes up the latest designation that placed it, as an
annotator reads it. The side words are the pack's (event_side_nouns.txt).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..context import pack_of
from ..group_antecedents import opens_name
from ..textutil import fold_same_length, text_of
from .article_view import Arg
from .predicates import case_of

# how far back (characters) a bare side noun looks for the designation that placed it: the whole
# of a news article of usual length
SIDE_REACH = 6000


def side_key(token: Token, lex) -> str | None:
    """The side word of a noun, as a key: the noun itself ("les rebelles") or an adjective right
    after it ("les groupes rebelles", "les forces séparatistes")."""
    if token.pos_ not in ("NOUN", "ADJ"):
        return None
    words = lex.side_nouns
    for t in (token, *(c for c in token.children if c.i == token.i + 1 and
                       (c.dep_ in lex.labels.adjective_modifier or c.dep_ in lex.labels.nominal_modifier))):
        if t.lower_ in words or t.lemma_.lower() in words:
            return t.lower_.rstrip(lex.plural_marks)
    return None


def _placing(article, head: Token) -> tuple[str | None, int, int] | None:
    """What places a side noun phrase: a demonym (its country, and where it ends) or a place
    complement no gazetteer knows ("du Donbass": no country, where it ends); None when nothing
    places it, or when a complement names an actor (left to the rules that name it)."""
    lex = article.lex
    nodes = [head, *(c for c in head.children if c.i == head.i + 1 and c.dep_ in lex.labels.adjective_modifier)]
    for node in nodes:
        for child in node.children:
            if child.i <= node.i:
                continue
            if child.dep_ in lex.labels.adjective_modifier:
                arg = article.arg_of_demonym(child, 0.5)
                if arg is not None and not arg.stance:
                    return arg.country, head.idx, child.idx + len(child.text)
            elif child.dep_ in lex.labels.nominal_modifier and case_of(child, lex) is not None:
                if any(t.i in article.by_token and not _locates(article, t) for t in child.subtree):
                    return None  # "les rebelles de l'Armée syrienne libre": named
                if child.pos_ == "PROPN":  # "les séparatistes du Donbass": a region of no state
                    return None, head.idx, child.idx + len(child.text)
    return None


def _locates(article, token: Token) -> bool:
    """A token of a city or region below the capital ("de Homs", "du Donbass"): it places a side,
    it names no actor."""
    arg = article.arg_at(token)
    return arg is not None and article.below_capital(arg)


def _nominal(token: Token, lex) -> bool:
    """Whether a word stands as a noun: "des centaines de rebelles syriens" (the parser may tag
    "rebelles" an adjective, though it heads its phrase)."""
    return token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ not in lex.labels.adjective_modifier


def _bare(token: Token, lex) -> bool:
    """Whether a side noun phrase has a definite, demonstrative or no determiner ("les rebelles",
    "ces insurgés", "rebelles, armée syrienne et kurdes"): an indefinite one is a group new to the
    text ("des rebelles ont enlevé …")."""
    determiners = [c for c in token.children if c.dep_ in lex.labels.determiner]
    return not determiners or any("Def" in d.morph.get("Definite") or "Dem" in d.morph.get("PronType")
                                  for d in determiners)


def side_of(article, token: Token) -> Arg | None:
    """The side a side noun designates: the latest designation of the same side word that placed it
    by a demonym ("les rebelles syriens … les rebelles", "… les rebelles de Homs": the annotators
    write the side of the conflict, "rebelles syriens"), else its own place complement ("les
    séparatistes du Donbass"), else the latest earlier one that placed it so; None for a side never
    placed, or placed by its own demonym (the group rules name it)."""
    lex = article.lex
    key = side_key(token, lex)
    if key is None or not _nominal(token, lex) or token.i in article.by_token:
        return None
    own = _placing(article, token)
    if own is not None and own[0] is not None:
        return None  # "les rebelles syriens": the group rules name it
    if own is None and (not _bare(token, lex) or any(c.dep_ in lex.labels.nominal_modifier for c in token.children)):
        return None
    text = text_of(article.doc)
    placings = list(_earlier_placings(article, token, key))
    by_demonym = next((p for p in placings if p[0] is not None), None)
    found = by_demonym or own or (placings[0] if placings else None)
    if found is None:
        return None
    country, start, end = found
    name = text[start:end]
    if found is own:
        return Arg(None, name, "group", None, start, end, confidence=0.5,
                   how=f"a side placed by its complement: {name!r}")
    return Arg(None, name, "group", country, token.idx, token.idx + len(token.text), confidence=0.4,
               how=f"a side taken up: {token.text!r} is the {name!r} named before")


def _earlier_placings(article, token: Token, key: str):
    """The placings of the earlier noun phrases of the same side word, latest first."""
    lo = max(0, token.idx - SIDE_REACH)
    for earlier in reversed(article.doc[:token.left_edge.i]):
        if earlier.idx < lo:
            break
        if _nominal(earlier, article.lex) and side_key(earlier, article.lex) == key:
            placed = _placing(article, earlier)
            if placed is not None:
                yield placed


def restated_state(article, token: Token) -> Arg | None:
    """The state a bare state noun ("le régime", "le gouvernement", event_bridging_nouns.tsv kind
    "state") stands for when the article named that noun with its state before: "le régime de
    Bachar el-Assad" (the leader's state) or "le régime syrien" (the demonym), then "le régime".
    Read before the nearest-state guess of `bridged_state`, which takes whichever state was named
    last (the clause's own subject too)."""
    lex = article.lex
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lex.bridging_nouns.get(lemma) != "state" or token.i in article.by_token or \
            any(c.dep_ in lex.labels.adjective_modifier or c.dep_ in lex.labels.nominal_modifier for c in token.children) or \
            not any("Def" in d.morph.get("Definite") for d in token.children if d.dep_ in lex.labels.determiner):
        return None
    for earlier in _same_noun_before(article, token, lemma):
        country = _state_named_with(article, earlier)
        if country is not None:
            entry = article.gaz.country_by_iso3(country)
            return Arg(f"country:{country}", entry.name_fr if entry else country, "country", country,
                       token.idx, token.idx + len(token.text), confidence=0.4,
                       how=f"{token.text!r} named with its state before ({earlier.text!r}: {country})")
    return None


def _same_noun_before(article, token: Token, lemma: str):
    """The nouns of the same lemma before a token, nearest first, within SIDE_REACH: where a
    restated noun ("le régime", "cette force") may have been named with its actor."""
    lo = max(0, token.idx - SIDE_REACH)
    for earlier in reversed(article.doc[:token.i]):
        if earlier.idx < lo:
            return
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() == lemma:
            yield earlier


def _state_named_with(article, noun: Token) -> str | None:
    """The state a noun is named with: a demonym on it, or a complement naming a state or a person
    of a known state ("le régime de Bachar el-Assad")."""
    arg = _named_with(article, noun, ("country", "person"))
    return arg.country if arg is not None else None


def _named_with(article, noun: Token, kinds: tuple[str, ...]) -> Arg | None:
    """The actor a noun is named with: a demonym on it, or a "de" complement naming an actor of
    one of `kinds`."""
    lex = article.lex
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ in lex.labels.adjective_modifier:
            arg = article.arg_of_demonym(child, 0.5)
            if arg is not None and not arg.stance:
                return arg
        elif child.dep_ in lex.labels.nominal_modifier and case_of(child, lex) in lex.prepositions[lex.genitive]:
            arg = article.arg_at(child, 0.5)
            if arg is not None and not arg.stance and not arg.place and arg.kind in kinds:
                return arg
    return None


def restated_proxy(article, token: Token) -> Arg | None:
    """A demonstrative noun of people or things standing for an actor (event_proxy_nouns: "cette
    force", "ces troupes") with nothing of its own to name it, taking up the same noun named with
    its actor before: "la force régionale de la CEDEAO … cette force" is the CEDEAO's, "les troupes
    rwandaises … ces troupes" Rwanda's. The latest such naming within reach; an unnamed one ("des
    troupes … ces troupes") leaves it unread."""
    lex = article.lex
    lemma, proxies = token.lemma_.lower(), lex.proxy_nouns
    if token.pos_ != "NOUN" or not (lemma in proxies or token.lower_ in proxies) or token.i in article.by_token or \
            _named_here(article, token) or \
            not any("Dem" in d.morph.get("PronType") for d in token.children if d.dep_ in lex.labels.determiner):
        return None  # "cette force de la CEDEAO", "ces troupes russes": named where they stand
    for earlier in _same_noun_before(article, token, lemma):
        arg = _named_with(article, earlier, ("country", "person", "organization"))
        if arg is not None:
            return Arg(arg.actor, arg.name, arg.kind, arg.country, token.idx, token.idx + len(token.text),
                       confidence=0.4, how=f"{token.text!r} takes up {earlier.text!r} named with {arg.name!r}")
    return None


def restated_body(article, token: Token) -> Arg | None:
    """An organisation named again by the first noun of its name ("la Commission européenne …
    la Commission", "le Conseil de sécurité … le Conseil"): a definite bare noun, written with a
    capital as a name is (not at the sentence's start, where any word is), that begins the name of
    exactly one organisation the article named before it; two such ("le Conseil de sécurité", "le
    Conseil des droits de l'homme") leave it unread. The recogniser may have taken the bare noun
    for an organisation of its own, one no list knows ("l'Union européenne … l'Union"): that
    reading yields to the organisation named."""
    lex = article.lex
    own = article.by_token.get(token.i)
    if own is not None and (own.actor_id not in article.index.unlisted or own.end - own.start != len(token.text)):
        return None
    if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper() or token.i == token.sent.start or \
            any(c.i > token.i and c.dep_ not in lex.labels.punctuation for c in token.children) or \
            not any("Def" in d.morph.get("Definite") for d in token.children if d.dep_ in lex.labels.determiner):
        return None
    found, pack, head = {}, pack_of(article.doc), fold_same_length(token.lower_)
    for mention in article.mentions_in(max(0, token.idx - SIDE_REACH), token.idx):
        if mention.kind == "organization" and not mention.as_place and (own is None or mention.actor_id != own.actor_id) \
                and opens_name(article.index, pack, mention, head):
            found[mention.actor_id] = mention
    if len(found) != 1:
        return None
    mention = next(iter(found.values()))
    arg = article.arg_of_mention(mention, 0.5)
    return Arg(arg.actor, arg.name, arg.kind, arg.country, token.idx, token.idx + len(token.text),
               confidence=0.5, how=f"{token.text!r} restates the organisation named before, {mention.text!r}")


def _named_here(article, noun: Token) -> bool:
    """Whether a noun's own phrase names an actor: a demonym or a complement (not a clause hung on
    it, "cette force d'avoir cohabité avec le M23", whose actors are the clause's)."""
    labels = article.lex.labels
    return any(t.i in article.by_token or article.arg_of_demonym(t) is not None
               for c in noun.children if c.dep_ in labels.adjective_modifier or c.dep_ in labels.nominal_modifier
               or c.dep_ in labels.apposition for t in c.subtree)
