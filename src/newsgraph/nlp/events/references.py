"""References to actors that name none: descriptions of a person ("le président élu", "le Premier
ministre grec", "l'émissaire du Kenya"), anaphoric nouns ("le pays", "ce pays", "la ville", "les
deux pays": `anaphoric_sides.py`) and lists the parser broke ("entre l'Allemagne, la France, l'Italie …").

Descriptions go through the speaker resolver of the quotes layer (`nlp/speakers.py`), so a person
is found by the same rules whether they speak or act; this module is the one place that calls it.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..actor_index import Mention
from ..context import pack_of
from ...gazetteer_data import federal_states
from ..person_countries import org_kinds
from ..speakers import SpeakerResolver
from .article_states import dispatch_state, lex_stance
from .anaphoric_sides import ANAPHORA_WINDOW
from .article_view import Arg
from .lexicon import EventLexicon
from .predicates import case_of
from .subjects import subject_of

# how far back (characters before a bare description) the one office holder in view may be named,
# when others were named before: about the clause or sentence before (200 lost the one check gain)
HOLDER_WINDOW = 120
# kinds of bodies a state has its own of ("institution", "ONG"): only the bare singular noun takes
# up the international one named before; armed-group nouns keep their adjectives ("la milice chiite")
_BODY_KINDS = ("igo", "ngo")


def described_group(article, token: Token) -> Mention | None:
    """The organisation a description by its kind takes up ("le groupe djihadiste", "cette milice",
    event_group_descriptions.tsv): the one organisation of that kind the article named before it,
    none when it named several (strict: a guess between two groups costs precision)."""
    lex = article.lex
    words = lex.group_words
    kind = words.get(token.lemma_.lower()) or words.get(token.lower_)
    if token.pos_ != "NOUN" or kind is None:
        return None
    determiners = [c for c in token.children if c.dep_ in lex.labels.determiner]
    # "les camps du groupe djihadiste": the article fused with the preposition makes it definite too
    fused = any(c.dep_ in lex.labels.case_marker and c.lower_ in lex.contracted_articles for c in token.children)
    if not fused and not any("Dem" in d.morph.get("PronType") or "Def" in d.morph.get("Definite")
                             for d in determiners):
        return None  # "un groupe armé": a group new to the text
    modifiers = [c for c in token.children if c.dep_ in lex.labels.adjective_modifier]
    if kind == "-":
        kinds = {words.get(c.lemma_.lower()) or words.get(c.lower_) for c in modifiers}
        kind = next((k for k in kinds if k not in (None, "-")), None)
        if kind is None:
            return None
    elif kind in _BODY_KINDS and modifiers:
        return None  # "l'institution judiciaire", "l'ONG locale": another body than the one named
    if kind in _BODY_KINDS and ("Plur" in token.morph.get("Number") or
                                any(article.gaz.demonym(c.lower_) for c in modifiers)):
        return None  # "les institutions libyennes", "l'organisation humanitaire malienne": a state's own
    if any(c.i in article.by_token for c in token.subtree if c != token):
        return None  # "le groupe Boko Haram": named
    kinds = org_kinds(article.gaz)
    earlier = {m.actor_id: m for m in article.mentions_in(0, token.idx) if kinds.get(m.actor_id) == kind}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


def described_actor(article, token: Token) -> str | None:
    """The person a description headed by a role noun stands for, as the speaker resolver reads it
    ("le ministre grec" -> the Greek minister the article names), when the description names the
    state that person belongs to. A bare description ("le président", "le ministre") is not read
    by salience (the current speaker, the latest person named), which suits who speaks a quote but
    not the two sides of an interaction, where officials of both states are in view (it cost
    held-out precision): only the sole holder of the office it echoes takes it up."""
    start, end = noun_phrase_bounds(token, article.lex)
    span = article.doc.char_span(start, end, alignment_mode="expand")
    named = {arg.country for t in span or () if t != token and (arg := article.arg_at(t)) is not None and arg.country}
    resolver = article.describer
    if resolver is None:
        resolver = article.describer = SpeakerResolver(article.doc, article.index, [])
    if not named:
        return sole_office_holder(article, token, span, resolver)
    speaker = resolver.resolve(start, end, start)
    actor = article.index.actors.get(speaker.actor) if speaker.actor else None
    if actor is None or (actor.country or article.role_country(actor)) not in named:
        return None  # another state's official, or someone the description does not place
    return actor.id


def sole_office_holder(article, token: Token, span, resolver) -> str | None:
    """A definite description that names no state ("le ministre", "le président de la
    République"): the one person named before it whose role it echoes, if the article ties them
    to a state. With two holders in view it is a guess (the salience the quotes layer uses cost
    held-out precision), so none is taken."""
    if span is None or any(t.i in article.by_token for t in span):
        return None  # "le président de la Commission": another body's office
    if not any(c.dep_ in article.lex.labels.determiner and "Def" in c.morph.get("Definite")
               for c in token.children):
        return None  # "un ministre", "ce ministre": someone new, or a choice between several
    holder = resolver.descriptions.sole_holder(span.text, span.start_char, span.end_char, HOLDER_WINDOW)
    actor = article.index.actors.get(holder) if holder else None
    if actor is None or not (actor.country or article.role_country(actor)):
        return None
    return actor.id


def resolved_pronoun(article, token: Token) -> str | None:
    """The actor the speaker resolver gives a subject pronoun no quote made a speaker of ("Il a
    rencontré …"): its own agreement-checked reading of the sentence, the previous subject and the
    latest person of the pronoun's gender, rather than a second resolver's."""
    resolver = article.describer
    if resolver is None:
        resolver = article.describer = SpeakerResolver(article.doc, article.index, [])
    speaker = resolver.resolve(token.idx, token.idx + len(token.text), token.idx)
    return speaker.actor if speaker.actor in article.index.actors else None


def noun_phrase_bounds(token: Token, lex: EventLexicon) -> tuple[int, int]:
    """Character bounds of a noun phrase: the noun with its determiners, adjectives and
    complements, without relative or participial clauses."""
    labels = lex.labels
    kept = [token]
    stack = [token]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in labels.clause_edges or child.dep_ in labels.punctuation or \
                    child.dep_ in labels.conjunct or child.dep_ in labels.apposition:
                continue
            kept.append(child)
            stack.append(child)
    first, last = min(kept, key=lambda t: t.i), max(kept, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def listed_after(article, token: Token, sent: Span) -> list[Mention]:
    """The actor mentions of a list that starts at `token`, read on the text where the parser
    broke it: mentions separated only by commas, conjunctions, determiners, the list's
    preposition, or a short common-noun designation ("et l'organisation Amnesty International")."""
    lex = article.lex
    first = article.by_token.get(token.i)
    if first is None:
        return []
    listed, joined = [first], 0
    doc = article.doc
    position = max(t.i for t in doc.char_span(first.start, first.end, alignment_mode="expand")) + 1
    while position < sent.end:
        gap: list[Token] = []
        nxt = None
        for t in doc[position:min(sent.end, position + 6)]:
            if t.i in article.by_token:
                nxt = article.by_token[t.i]
                break
            gap.append(t)
        if nxt is None or nxt.kind == "media" or nxt.descriptive or not _separates(gap, lex):
            break
        span = doc.char_span(nxt.start, nxt.end, alignment_mode="expand")
        if span.root.dep_ in lex.labels.subjects and span.root.head != token.head and \
                not _goes_on(span, gap, lex):
            break  # "…, et la Chine a répondu": the subject of a clause of its own
        listed.append(nxt)
        if any(t.pos_ == "CCONJ" for t in gap):
            joined = len(listed)  # a list ends with its conjunction: "A, B et C"
        position = max(t.i for t in span) + 1
    return listed[:joined] if joined > 1 else []


def _goes_on(span: Span, gap: list[Token], lex: EventLexicon) -> bool:
    """Whether a mention the parser made a subject, after a bare comma, is a middle member of the
    list it broke: a later member is coordinated to it ("soutenus par la Turquie, l'Arabie
    saoudite et le Qatar, ont pris …", "l'Arabie" the subject of "ont pris", "Qatar" its conjunct)."""
    if any(t.pos_ == "CCONJ" for t in gap):
        return False
    return any(c.dep_ in lex.labels.conjunct and c.i >= span.end for t in span for c in t.children)


def _separates(gap: list[Token], lex: EventLexicon) -> bool:
    """Whether the words between two mentions only join them into a list."""
    if not gap or not any(t.text == "," or t.pos_ == "CCONJ" for t in gap):
        return False
    words = [t for t in gap if not (t.text == "," or t.pos_ in ("CCONJ", "DET", "ADP"))]
    if words and any(t.pos_ == "ADP" for t in gap):
        return False  # "Rafael Correa, président de la république équatorienne": a description
    return len(words) <= 2 and all(t.pos_ in ("NOUN", "ADJ") and t.text.islower() for t in words)


def bridged_state(article, token: Token, sent: Span) -> Mention | None:
    """The state a bridging noun stands for ("le régime", "cette décision"): the last state named
    within the anaphora window before it, else, for a noun of the state itself ("le régime", "le
    gouvernement"), the state the article names most. An act ("cette décision", "cette
    législation") with no state named in the window has no known author: it may be an
    organisation's or a person's, and the article's main state is a guess (it cost held-out
    precision)."""
    lex = article.lex
    kind = lex.bridging_nouns.get(token.lemma_.lower()) or lex.bridging_nouns.get(token.lower_)
    if kind is None:
        return None
    determiners = [c for c in token.children if c.dep_ in lex.labels.determiner]
    demonstrative = any("Dem" in d.morph.get("PronType") for d in determiners)
    definite = any("Def" in d.morph.get("Definite") for d in determiners)
    if not (demonstrative or kind == "state" and definite):
        return None
    if any(c.i in article.by_token for c in token.subtree if c != token) or \
            any(c.dep_ in lex.labels.adjective_modifier and c.pos_ == "ADJ" and article.gaz.demonym(c.lower_)
                for c in token.children):
        return None  # "le gouvernement russe", "la décision des États-Unis", "cette loi hongroise": named
    if kind == "state" and not demonstrative and any(c.dep_ in lex.labels.adjective_modifier or
                                                     c.dep_ in lex.labels.nominal_modifier for c in token.children):
        # "les autorités séparatistes", "le régime de transition": another body than the state
        return _federal_state(article, token)
    lo = max(0, sent.start_char - ANAPHORA_WINDOW)
    for mention in reversed(article.mentions_in(lo, token.idx)):
        if mention.kind == "country" and not mention.as_place and not lex_stance(article, mention):
            return mention
    if kind == "state":  # "KINSHASA (AFP) – Le gouvernement a …": the dispatch's state, else the article's
        return dispatch_state(article)
    return act_author(article, token, kind)


def _federal_state(article, token: Token) -> Mention | None:
    """The state a state noun placed at the federal level stands for ("le gouvernement fédéral"):
    the state the article is about (`dispatch_state`), when it is a federation
    (data/federal_states.tsv); the last state named may be the one the federation acts upon."""
    pack, lex = pack_of(article.doc), article.lex
    modifiers = [c for c in token.children if c.dep_ in lex.labels.adjective_modifier or
                 c.dep_ in lex.labels.nominal_modifier]
    if len(modifiers) != 1 or modifiers[0].lower_ not in pack.words("event_federal_adjectives"):
        return None
    state = dispatch_state(article)
    country = article.index.actors[state.actor_id].country if state is not None else None
    return state if country in federal_states() else None


def unnamed_council(article, token: Token) -> Arg | None:
    """A state's council, court or commission the recogniser did not take for a name ("la Cour
    constitutionnelle a …", "le Conseil des ministres", event_council_nouns.txt): a definite,
    capitalised head whose phrase names no actor and no international or bloc word, for the state
    the article is about (`article_state`), as a body no list knows is (`unlisted_body_state`).
    A demonym in its phrase names its state by itself; a lower-case one is a local or a company's
    board ("le conseil municipal", "le conseil d'administration")."""
    lex, pack = article.lex, pack_of(article.doc)
    heads = pack.words("event_council_nouns")
    if token.pos_ != "NOUN" or not token.text[:1].isupper() or token.i in article.by_token or \
            article.home_state is None or not ({token.lower_, token.lemma_.lower()} & heads):
        return None
    if not any("Def" in c.morph.get("Definite") for c in token.children if c.dep_ in lex.labels.determiner):
        return None  # "une commission": a body new to the text, of no known state
    phrase = [c for c in token.subtree if c != token and c.dep_ not in lex.labels.determiner]
    if not phrase:
        return None  # a bare "la Cour", "la Commission": a body named before, restated
    international = pack.words("international_words")
    if any(c.i in article.by_token or c.lower_ in international or c.lower_ in lex.bloc_adjectives or
           article.gaz.demonym(c.lower_) for c in phrase):
        return None  # "la Cour de justice de l'UE", "la commission internationale", "la Cour suprême iranienne"
    entry = article.gaz.country_by_iso3(article.home_state)
    return Arg(f"country:{article.home_state}", entry.name_fr if entry else article.home_state, "organization",
               article.home_state, token.idx, token.idx + len(token.text), confidence=0.4,
               how=f"{token.text!r}: a body of the state the article is about")


def act_author(article, token: Token, kind: str) -> Mention | None:
    """The state that did the latest act of the bridging noun's kind told before it, farther back
    than the anaphora window ("le parlement hongrois a adopté une loi … Plusieurs ONG ont critiqué
    cette législation"): the state named in the subject of the last verb whose object is such a
    noun. None when that subject names no state, or names several: the act's author is unknown."""
    lex, doc = article.lex, article.doc
    for i in range(token.i - 1, -1, -1):
        noun = doc[i]
        if noun.dep_ not in lex.labels.object or noun.head.pos_ != "VERB" or \
                lex.bridging_nouns.get(noun.lemma_.lower(), lex.bridging_nouns.get(noun.lower_)) != kind:
            continue
        subject = subject_of(noun.head, lex)
        if subject is None:
            return None
        span = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
        states = {m.actor_id: m for m in article.mentions_in(*span)
                  if m.kind == "country" and not m.as_place and not lex_stance(article, m)}
        return next(iter(states.values())) if len(states) == 1 else None
    return None


def government_named_after(article, token: Token) -> Arg | None:
    """A state's government named by the person at its head right after the state noun ("l'
    administration Trump", "le gouvernement Trudeau"), read on the text when the parser hung the
    name elsewhere (made it the subject of the next words: "par l'administration Trump début
    avril"): the name starts right after the noun, with no punctuation between; the person's
    state (`nominals.government_of_person` reads the same on a sound parse)."""
    lex = article.lex
    kind = lex.bridging_nouns.get(token.lemma_.lower()) or lex.bridging_nouns.get(token.lower_)
    if kind != "state" or token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return None
    name = token.doc[token.i + 1]
    mention = article.by_token.get(name.i)
    if mention is None or mention.kind != "person" or mention.start != name.idx or mention.as_place or \
            name.head == token:  # a name the parser hung on the noun is government_of_person's
        return None
    arg = article.arg_of_mention(mention, 0.6)
    entry = article.gaz.country_by_iso3(arg.country) if arg.country else None
    if entry is None or arg.stance:
        return None
    return Arg(f"country:{arg.country}", entry.name_fr, "country", arg.country, token.idx, mention.end,
               confidence=0.6, how=f"the government of {arg.name!r}: {token.text!r} stands for the state")


def names_an_agreement(article, token: Token) -> bool:
    """Whether a capital in the "de" complement of an agreement noun names the agreement by where it
    was signed ("l'accord de Paris", "les accords de Minsk", "le traité de Lisbonne"), not a party
    to it. A country's own name stays a party ("l'accord de l'Iran"); a summit's city is left to
    its frame ("le sommet de Vienne": the host)."""
    head, lex = token.head, article.lex
    if head == token or head.pos_ != "NOUN" or head.i > token.i or \
            not ({head.lemma_.lower(), head.lower_} & article.agreement_nouns) or \
            case_of(token, lex) not in lex.prepositions[lex.genitive]:
        return False
    mention = article.by_token.get(token.i)
    if mention is None or mention.kind != "country":
        return False
    entry = article.gaz.country(mention.text)
    return entry is not None and entry.match in ("capital", "seat")


def name_read_as_noun(article, token: Token):
    """The name of an organisation a common noun classifies when the tagger reads the name's first
    word as a noun ("le groupe État islamique": "État" a noun modifier of "groupe", which
    nominals.classified_name, reading names only, passes over): the mention starting right after
    the noun, with no preposition, is the actor."""
    if token.i + 1 >= len(token.doc):
        return None
    child = token.doc[token.i + 1]
    lex = article.lex
    if child.head != token or child.pos_ != "NOUN" or case_of(child, lex) is not None or \
            child.dep_ not in lex.labels.nominal_modifier | lex.labels.apposition:
        return None
    mention = article.by_token.get(child.i)
    if mention is None or mention.start != child.idx or mention.kind != "organization":
        return None
    arg = article.arg_of_mention(mention, 0.7)
    return None if arg.stance or arg.place else arg
