"""Noun phrases that stand for an actor by their own words, with no search inside them: the name a
common noun classifies ("le groupe X"), the person named after a title, a region qualified by a
demonym, a people of no state, a group named by a noun and a demonym ("les indépendantistes
algériens"). The argument resolver (arguments.py) tries them in its cascade.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..textutil import fold_same_length, text_of
from .article_view import Arg, ArticleView
from .groups import of_people
from .lexicon import EventLexicon
from .predicates import case_of
from .references import noun_phrase_bounds


def classified_name(article: ArticleView, token: Token) -> Arg | None:
    """The name a common noun classifies ("le groupe X", "l'organisation islamiste X"): the
    parser hangs the name on the noun without a preposition, so the noun phrase is the named
    actor, as a subject too (a subject is not searched, lest "le chef de la diplomatie
    française" act as France)."""
    for child in token.children:
        if child.i <= token.i or child.pos_ != "PROPN" or case_of(child, article.lex) is not None or \
                child.dep_ not in article.lex.labels.nominal_modifier | article.lex.labels.apposition:
            continue
        between = article.doc[token.i + 1:child.i]
        if any(t.head != token or t.dep_ not in article.lex.labels.adjective_modifier for t in between):
            continue  # only adjectives of the noun stand between it and the name
        arg = article.arg_at(child, 0.7)
        if arg is not None and not arg.stance and not arg.place:
            return replace(arg, how=f"the name the noun {token.text!r} classifies: {arg.how}")
    return None


def government_of_person(article: ArticleView, token: Token) -> Arg | None:
    """A state's government named after the person at its head ("l'administration Trump", "le
    régime de Kim Jong-un", "le gouvernement Trudeau"; the state nouns of event_bridging_nouns.tsv):
    the government acts, not the person (GUIDELINES §7.2: an ISO3 code for a state, its
    government), so the person's state."""
    lex = article.lex
    if token.pos_ != "NOUN" or lex.bridging_nouns.get(token.lemma_.lower(), lex.bridging_nouns.get(token.lower_)) != "state":
        return None
    genitive = lex.prepositions.get(lex.genitive, frozenset())
    for child in token.children:
        labels = lex.labels
        # the tagger may read the name as an adjective of the noun ("l'administration Obama")
        if child.i <= token.i or not (child.dep_ in labels.nominal_modifier or child.dep_ in labels.apposition or
                                      child.dep_ in labels.adjective_modifier):
            continue
        case = case_of(child, lex)
        if case is not None and case not in genitive:
            continue
        mention = article.by_token.get(child.i)
        if mention is None or mention.kind != "person" or mention.as_place:
            continue
        arg = article.arg_of_mention(mention, 0.6)
        entry = article.gaz.country_by_iso3(arg.country) if arg.country else None
        if entry is None or arg.stance:
            return None
        return Arg(f"country:{arg.country}", entry.name_fr, "country", arg.country, token.idx,
                   child.idx + len(child.text), confidence=0.6,
                   how=f"the government of {arg.name!r}: {token.text!r} stands for the state")
    return None


def named_after(article: ArticleView, sent: Span, token: Token) -> Arg | None:
    """The person named right after a title ("le Premier ministre indien Narendra Modi"), which
    the parser sometimes hangs elsewhere."""
    _, end = noun_phrase_bounds(token, article.lex)
    doc = article.doc
    nxt = doc.char_span(end, end + 1, alignment_mode="expand")
    if nxt is None or nxt.start >= sent.end:
        return None
    mention = article.by_token.get(nxt.start)
    if mention is None or mention.kind != "person" or mention.start > end + 1:
        return None
    return replace(article.arg_of_mention(mention), how=f"the name after the title {token.text!r}")


def region_side(article: ArticleView, token: Token) -> Arg | None:
    """A name no gazetteer knows, qualified by a demonym ("le Kurdistan irakien", "le Donbass
    ukrainien"): a region of that state, a side of its own as written (GUIDELINES §7.2: its
    authorities are not the state's), placed in that state."""
    for child in token.children:
        if child.dep_ in article.lex.labels.adjective_modifier and child.i == token.i + 1:
            arg = article.arg_of_demonym(child, 0.5)
            if arg is not None and not arg.stance:
                return replace(arg, actor=None, name=f"{token.text} {child.text}", kind="group",
                               start=token.idx, end=child.idx + len(child.text),
                               how=f"a region of the state: {token.text} {child.text}")
    return None


def people_side(article: ArticleView, token: Token) -> Arg | None:
    """A plural noun of a people with no state ("les Kurdes syriens") or qualified by one ("les
    forces kurdes irakiennes", event_peoples.txt): a side of its own (GUIDELINES §7.2), named
    as written; a demonym beside it gives where it lives, not a state that acts."""
    lex = article.lex

    lemma = token.lemma_.lower()
    if "Plur" not in token.morph.get("Number") or token.i in article.by_token or \
            lemma in lex.domestic_offices or lex.anaphoric_nouns.get(lemma) == "persons":
        return None  # "les ministres kurdes irakiens" hold offices of the state (the leaders'
        # nouns "les deux dirigeants" takes up); "les combattants kurdes" do not
    after = [c for c in token.children if c.dep_ in lex.labels.adjective_modifier and c.i > token.i]
    if not (of_people(token, lex) or any(of_people(c, lex) for c in after)):
        return None
    end, country = token.idx + len(token.text), None
    for child in sorted(after, key=lambda c: c.i):
        demonym = article.arg_of_demonym(child, 0.5)
        if of_people(child, lex) or demonym is not None and not demonym.stance:
            end = max(end, child.idx + len(child.text))
            country = country or (demonym.country if demonym is not None else None)
    if country is None:
        return None  # "les forces kurdes": left to the other rules (the one such group named)
    text = text_of(article.doc)[token.idx:end]
    return Arg(None, text, "group", country, token.idx, end, confidence=0.5,
               how=f"a people of no state, a side of its own: {text!r}")


def group_side(article: ArticleView, token: Token) -> Arg | None:
    """A group named by a noun and a demonym ("les indépendantistes algériens"): not the state,
    but a group of that country. Media ("le quotidien français") are no actors."""
    nouns = article.lex.media_nouns
    if token.lemma_.lower() in nouns or token.lower_ in nouns:
        return None
    if "Plur" not in token.morph.get("Number"):
        return None  # people act as groups ("les étudiants iraniens"); "la proposition chinoise" does not
    acts = article.act_nouns
    if token.lemma_.lower() in acts or token.lower_.rstrip(article.lex.plural_marks) in acts:
        return None  # "les accusations britanniques" are the state's act, not a group of people
    goods = token.lemma_.lower() in article.lex.goods_nouns or token.lower_ in article.lex.goods_nouns
    for child in token.children:
        if child.dep_ in article.lex.labels.adjective_modifier and child.i == token.i + 1:
            arg = article.arg_of_demonym(child, 0.6)
            if arg is not None and not arg.stance and goods:  # "des armes russes": Russia supplies them
                return replace(arg, start=token.idx, end=child.idx + len(child.text),
                               how=f"goods of a state: {token.text} {child.text}")
            if arg is not None and not arg.stance:
                return replace(arg, actor=None, name=f"{token.text} {child.text}", kind="group", how="group",
                               start=token.idx, end=child.idx + len(child.text))
    return None


def group_demonym(lex: EventLexicon, node: Token, child: Token, arg: Arg) -> bool:
    """"les chefs de la rébellion malienne": a demonym on a group noun names a group of that
    country, not its state (as `group_side` reads "les indépendantistes algériens")."""
    words = lex.group_words
    return arg.kind == "country" and child.pos_ == "ADJ" and \
        (node.lemma_.lower() in words or node.lower_ in words)


def state_medium(article: ArticleView, token: Token) -> Arg | None:
    """A medium of a state ("la télévision d'État syrienne", "les médias d'État chinois"): a media
    noun whose "de" complement is a state noun, with a demonym on either, speaks for that state
    (guidelines §7.2: a state's organs are the state); a medium named alone is no actor."""
    lex = article.lex
    if token.pos_ != "NOUN" or not ({token.lemma_.lower(), token.lower_} & lex.media_nouns):
        return None
    genitive = lex.prepositions.get(lex.genitive, frozenset())
    for child in token.children:
        if child.dep_ not in lex.labels.nominal_modifier or case_of(child, lex) not in genitive or \
                child.lemma_.lower() not in lex.state_nouns or child.i in article.by_token:
            continue
        for word in list(child.children) + list(token.children):
            if word.dep_ not in lex.labels.adjective_modifier:
                continue
            arg = article.arg_at(word, 0.6)
            if arg is not None and arg.kind == "country" and not arg.stance:
                return replace(arg, start=token.idx, end=max(word.idx + len(word.text), child.idx + len(child.text)),
                               place=False, how=f"a state's medium: {token.text} {child.text} {word.text}")
    return None


def fronted_body(article: ArticleView, token: Token, sent: Span) -> Arg | None:
    """The body an unnamed spokesperson speaks for when the sentence opens on where they speak
    ("À la Commission européenne, une porte-parole a appelé …", "A Washington, un porte-parole a
    condamné …"): an indefinite noun of one who speaks for others (the pack's
    `event_spokesperson_nouns`: any role would make "À Moscou, un journaliste …" Russia) with no
    complement, the subject of its clause, right after a fronted locative phrase and its comma
    that names one organisation or state. A definite description ("le porte-parole") is read as a
    person, not here."""
    lex = article.lex
    if token.pos_ != "NOUN" or token.dep_ not in lex.labels.subjects or \
            not ({token.lemma_.lower(), token.lower_} & lex.spokesperson_nouns):
        return None
    determiners = [c for c in token.children if c.dep_ in lex.labels.determiner]
    if not determiners or not all("Ind" in d.morph.get("Definite") for d in determiners) or \
            any(c.dep_ in lex.labels.nominal_modifier for c in token.children):
        return None  # "le porte-parole", "un porte-parole de l'armée": named otherwise
    first, comma = sent[0], token.left_edge.i - 1
    locative = {fold_same_length(c) for c in lex.locative_cases}
    if fold_same_length(first.lower_) not in locative or comma <= first.i or token.doc[comma].text != "," or \
            any(t.text == "," for t in token.doc[first.i:comma]):
        return None
    end = token.doc[comma].idx
    actors = {m.actor_id: m for m in article.mentions_in(sent.start_char, end)
              if m.kind in ("organization", "country")}
    if len(actors) != 1:
        return None
    mention = next(iter(actors.values()))
    return replace(article.arg_of_mention(mention, 0.5), start=token.idx, end=token.idx + len(token.text),
                   place=False, how=f"an unnamed {token.text!r} where the sentence opens, {mention.text!r}")


def sided_body(article: ArticleView, token: Token, sent: Span) -> Arg | None:
    """The state whose side a sentence opens on, for the description of a state's body or office
    that is its subject and names no state of its own ("Du côté ukrainien, le ministère des
    Affaires étrangères a accusé Moscou …", "Côté ghanéen, le porte-parole du gouvernement a
    dénoncé …"): a noun of the pack's `event_side_phrases` that opens the sentence (after its
    preposition), with a demonym or a complement naming one state, then a comma right before the
    subject. The side tells whose voice the body is; the description alone would name no one."""
    lex = article.lex
    words = {token.lemma_.lower(), token.lower_}
    if token.pos_ != "NOUN" or token.dep_ not in lex.labels.subjects or \
            not words & (lex.state_nouns | lex.role_nouns | lex.spokesperson_nouns):
        return None
    if any(t.i in article.by_token or t.pos_ == "ADJ" and article.arg_of_demonym(t) is not None
           for t in token.subtree):
        return None  # "le ministère russe", "le porte-parole du Kremlin": its own state
    side = next((t for t in sent[:2] if t.pos_ == "NOUN" and {t.lemma_.lower(), t.lower_} & lex.side_phrases), None)
    comma = token.left_edge.i - 1
    if side is None or comma <= side.i or token.doc[comma].text != "," or \
            any(t.text == "," for t in token.doc[side.i:comma]):
        return None
    phrase = token.doc[side.i + 1:comma]
    states = {a.actor: a for t in phrase if t.pos_ == "ADJ" and (a := article.arg_of_demonym(t, 0.5)) is not None}
    states.update({m.actor_id: article.arg_of_mention(m, 0.5)
                   for m in article.mentions_in(phrase.start_char, phrase.end_char) if m.kind == "country"})
    if len(states) != 1:
        return None
    arg = next(iter(states.values()))
    return replace(arg, start=token.idx, end=token.idx + len(token.text), place=False,
                   how=f"{token.text!r} on the side the sentence opens on, {side.text} {phrase.text}")
