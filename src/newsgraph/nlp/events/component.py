"""The events component: the cascade over sentences, the international-interaction filter, one
typed result per event (`FoundEvent`, turned into an `Event` record by `extract.py`), and the
merging of repeated mentions of one interaction.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from ...gazetteer import Gazetteer
from ...model import QUAD_OF
from ..context import gazetteer_of, pack_of
from ..textutil import lower_lemmas, pos_ids, text_of
from .addressed import addressed_type, addressee
from .arguments import Resolver
from .article_view import Arg, ArticleView
from .frames import THREAT_MODES, Found, joint_target, read_predicate
from .slots import actor_slot
from .lexicon import EventLexicon, event_lexicon
from .groups import multinational_group
from .modality import conditional_act, event_date, flags
from .quoted import (CUE_TYPED, STATED_TYPED, cue_token, main_subject, quote_type, relayed_target, reported_side,
                     speaker_arg, targets)
from .references import topic_state
from .syntax import agent_of, is_passive, participle_head, subject_of
from .predicates import (Predicate, PredicateTable, embedding_verb, is_embedded, is_withdrawn, lemmas_of,
                         match_predicates, predicate_table)

SYMMETRIC_TYPES = {"AGREE", "CONSULT"}  # merged as unordered pairs (except visits)
VISIT_MODE = "visit"  # a visit is directed even when merged (to the state visited)
# verbal types whose unnamed recipient is whoever just acted on the actor (_reaction)
REACTION_TYPES = {"REJECT", "ACCUSE", "SUPPORT", "THREATEN", "PROTEST"}
HOSTILE_REACTIONS = {"REJECT", "ACCUSE", "THREATEN", "PROTEST"}  # "les critiques de X": nouns too
REACTION_WINDOW = 400  # characters before the sentence: about two sentences
# the verbal event a stated intention is, by the quad class of the predicate wished (PLOVER: AGREE
# "indicate willingness or commitment to cooperate"; THREATEN, a stated intent to harm or sanction)
WISHED_TYPES = {"verbal_cooperation": "AGREE", "material_cooperation": "AGREE",
                "verbal_conflict": "THREATEN", "material_conflict": "THREATEN"}


@dataclass(slots=True)
class FoundEvent:
    """One event the component found: its sides and place as resolved arguments, its date as a
    result of the dates component, the evidence span and the flags."""
    type: str
    mode: str | None
    actor: Arg
    recipient: Arg
    place: Arg | None
    date: object | None       # a date of doc._.ng_dates (text, value, start, end)
    start: int
    end: int
    reported_by: str | None
    confidence: float
    negated: bool
    hypothetical: bool
    future: bool
    trigger: int | None = None  # the predicate's token (None for an event carried by a quote)
    predicate: Predicate | None = None  # the row of event_predicates.tsv (None for a quote's event)
    typed_by: str = ""  # why this type: the predicate, the quote's cue or a stance word of the quote


def _acceptable(actor: Arg, recipient: Arg, unlisted: set[str] | frozenset[str] = frozenset()) -> bool:
    """International interactions only (guidelines §7): different actors of different states,
    at least one of them a state or a state's agent; never a medium."""
    if actor.key == recipient.key or "media" in (actor.kind, recipient.kind):
        return False
    if (actor.actor in unlisted and not _for_a_state(recipient)) or \
            (recipient.actor in unlisted and not _for_a_state(actor)):
        # an organisation only the NER knows (an NGO, a company, a union, an armed group) is
        # no state: with another body or a person of no known state, neither side is one
        return False
    if "group" in (actor.kind, recipient.kind) and not (_for_a_state(actor) or _for_a_state(recipient)):
        # "les rebelles syriens" against the État islamique: two non-state sides, though the group
        # has a country (guidelines §7: no interaction between non-state actors)
        return False
    a, r = actor.country, recipient.country
    if a is None and r is None:
        # "des forces ouest-africaines" against an armed group: states acting together, of no one state
        return "states" in (actor.kind, recipient.kind) and actor.kind != recipient.kind
    if actor.official or recipient.official:
        return False  # an office holder of unstated country: presumably the same state
    return a != r


def _for_a_state(arg: Arg) -> bool:
    """A state, states acting together, or a person the article places in a state."""
    return arg.kind in ("country", "states") or (arg.kind == "person" and arg.country is not None)


def _reported_by(position: int, sent: Span, article: ArticleView, actor: Arg) -> str | None:
    """The speaker of the quote the predicate stands in, else a source of the sentence ("selon X")."""
    for quote in article.quotes:
        if quote.start <= position < quote.end and quote.speaker_name:
            return quote.speaker_name
    for source in article.sources:
        inside = sent.start_char <= source.start < sent.end_char
        if inside and not (source.start <= actor.start < source.end):
            return source.name
    return None


def _event(found: Found, actor: Arg, recipient: Arg, sent: Span, article: ArticleView,
           table: PredicateTable) -> FoundEvent:
    token = found.token
    pieces = [(token.idx, token.idx + len(token.text))]
    for arg in (actor, recipient, found.place):
        if arg is not None and sent.start_char <= arg.start and arg.end <= sent.end_char and arg.actor:
            pieces.append((arg.start, arg.end))
    start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
    when = event_date(token, sent, article, [(actor.start, actor.end), (recipient.start, recipient.end)], table)
    negated, hypothetical, future = flags(token, when, article, table, stopped=found.type != found.predicate.type)
    confidence = round(min(actor.confidence, recipient.confidence) - 0.15 * hypothetical, 2)
    etype, mode = found.type, found.mode
    if etype in THREAT_MODES and not negated and conditional_act(token, table, article.lex):
        etype, mode = "THREATEN", THREAT_MODES[etype]  # "frappera X s'il le juge nécessaire"
    return FoundEvent(etype, mode, actor, recipient, found.place, when, start, end,
                      _reported_by(token.idx, sent, article, actor), max(confidence, 0.1),
                      negated, hypothetical, future, token.i, found.predicate,
                      f"predicate {found.predicate.expression!r} ({found.predicate.pos})")


def _worth_reading(sent: Span, article: ArticleView, table: PredicateTable) -> int:
    """The cascade: 2 when a sentence holds a predicate lemma and two references to actors
    (mentions, demonyms, pronouns, "ce pays", "le régime"), 1 when it holds a predicate and one
    (its predicates' actors are remembered for the event nouns of later sentences: "le tir"),
    else 0; one mention is enough for a demonstration, whose actor may go unnamed."""
    lex = article.lex
    if not _holds_predicate_head(sent, lex, table):
        return 0
    count = len(article.mentions_in(sent.start_char, sent.end_char))
    if count >= 2:
        return 2
    others = sum(1 + ("Plur" in t.morph.get("Number") and t.lemma_.lower() in lex.anaphoric_nouns)  # "les deux pays"
                 for t in sent if t.i not in article.by_token and (
                     t.pos_ in ("ADJ", "NOUN") and article.gaz.demonym(t.lower_) or
                     article.arg_of_bloc(t) is not None or  # "les sanctions occidentales", "les Occidentaux"
                     t.pos_ == "PRON" and (t.lower_ in lex.personal_pronouns or t.lower_ in lex.first_person or
                                          t.lower_ in lex.object_clitics) or
                     (t.pos_ in ("NOUN", "ADJ") or t.pos_ == "PROPN" and t.text.islower()) and
                     t.lemma_.lower() in lex.anaphoric_nouns or  # "Le royaume", tagged as a name
                     t.pos_ == "NOUN" and (t.lemma_.lower() in lex.bridging_nouns or
                                           t.lemma_.lower() in lex.group_words or
                                           t.lower_ in lex.side_nouns) or  # "les séparatistes"
                     multinational_group(t, lex, article.by_token) is not None))  # "des forces ouest-africaines"
    # "le sommet franco-allemand": a compound demonym names its states, which no mention covers
    others += sum(max(0, len(_compound(t, article)) - (t.i in article.by_token)) for t in sent)
    if count + others >= 2 or (count >= 1 and any(t.lemma_.lower() in table.unnamed_actor_heads for t in sent)):
        return 2
    if count + others == 1 and any(_takes_up_event(t, article, table) for t in sent):
        return 2  # "La Corée du Nord a tiré un missile. Le Japon a condamné le tir.": the noun names its actor
    return 1 if count + others else 0


# the parts of speech for which `lemmas_of` tries more than the token's lemma
_MORE_LEMMAS = frozenset(POS_IDS[tag] for tag in ("NOUN", "PROPN", "ADJ", "VERB"))


def _holds_predicate_head(sent: Span, lex: EventLexicon, table: PredicateTable) -> bool:
    """Whether one of a sentence's words has a lemma (`lemmas_of`) that heads a predicate. Read
    from the Doc's lemma and part-of-speech lists: this runs on every sentence, and building a
    Token for each word cost more than the test; only open-class words need their Token."""
    doc, heads = sent.doc, table.heads
    lemmas, tags = lower_lemmas(doc), pos_ids(doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] in heads:  # the first lemma `lemmas_of` gives
            return True
        if tags[i] in _MORE_LEMMAS and any(lemma in heads for lemma in lemmas_of(doc[i], lex)):
            return True
    return False


def _compound(token: Token, article: ArticleView) -> list[Arg]:
    """The states a compound demonym names (compounds.py), looked up only for a hyphenated word or
    the word after a hyphen."""
    if not ("-" in token.text or token.i > 0 and token.nbor(-1).text == "-"):
        return []
    return article.arg_of_compound(token)


def _aims_an_event(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a targeting verb that is a predicate of its own ("frapper", "cibler") has a noun
    predicate as its agent or subject ("frappée par des sanctions", "les sanctions ciblent l'Iran"):
    the verb then only says whom the noun's event is aimed at, it is no attack."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lex.target_verbs:
        return False
    aimer = agent_of(token, lex)
    if aimer is None and not is_passive(token, lex):
        aimer = subject_of(token, lex)
    return aimer is not None and any(p.pos == "noun" for p in match_predicates(aimer, table, lex))


def _befalls_an_act(token: Token, predicates: list[Predicate], table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a verb with no object has for subject an act of another type ("les négociations
    parrainées par X ont repris à Astana"): the verb tells what became of the act, it is no act of
    whoever the subject names inside; an act of the verb's own type does it ("les frappes russes
    ont tué …"), and a group noun acts on its object ("la coalition menée par X a bombardé Y")."""
    if token.pos_ != "VERB" or is_passive(token, lex) or any(c.dep_ in lex.labels.object for c in token.children):
        return False  # "la coalition menée par X a bombardé Y": a group acting on an object
    subject = subject_of(token, lex)
    if subject is None or subject.pos_ != "NOUN":
        return False
    acts = [p for p in match_predicates(subject, table, lex) if p.pos == "noun"]
    return bool(acts) and not any(a.type == p.type for a in acts for p in predicates)


def _speaker_read_as_object(token: Token, article: ArticleView) -> bool:
    """Whether a verb is the cue of an incise after its quote, with the speaker after it ("« La
    Russie ment », a accusé Kiev"; "Des frappes russes ont visé des hôpitaux, a dénoncé l'ONU"):
    the parser reads the quote's words as the verb's subject and the speaker as its object or
    complement. The speaker acts and the quote says at whom (quoted_events)."""
    if token.pos_ != "VERB":
        return False
    return any(q.cue_start is not None and q.speaker_start is not None and q.end <= token.idx and
               q.cue_start <= token.idx < q.cue_end and q.speaker_start > token.idx
               for q in article.quotes)


def _takes_up_event(token: Token, article: ArticleView, table: PredicateTable) -> bool:
    """Whether an event noun takes up an event told before, whose actors are remembered ("le tir",
    "cette exécution" after "a tiré", "a exécuté"): a reference to an actor of its own."""
    if token.pos_ != "NOUN" or not article.last_actors:
        return False
    lex = article.lex
    if not any(p.pos == "noun" and p.type in article.last_actors for p in match_predicates(token, table, lex)):
        return False
    return any("Def" in d.morph.get("Definite") or "Dem" in d.morph.get("PronType")
               for d in token.children if d.dep_ in lex.labels.determiner)


def find_events(doc: Doc, gaz: Gazetteer | None = None) -> list[FoundEvent]:
    """Every interaction between two actors the article states, one per pair and type per sentence."""
    index = doc._.ng_actors
    if index is None:
        return []
    pack = pack_of(doc)
    table, lex = predicate_table(pack), event_lexicon(pack)
    article = ArticleView(doc, index, gaz or gazetteer_of(doc), lex, table.noun_heads)
    if not index.mentions and not any(_compound(t, article) for t in doc):
        return []  # no actor named ("le traité franco-algérien" names two)
    events: list[FoundEvent] = []
    for sent in doc.sents:
        events += _imitated(sent, article, events)
        worth = _worth_reading(sent, article, table)
        if not worth:
            continue
        resolver = Resolver(article, sent)
        if worth == 1:
            # one actor: no interaction named, but its predicates' actors are remembered, and a
            # verbal reaction answers whoever just acted on it ("Cette dernière a refusé.")
            events += _one_sided(sent, resolver, table, events)
            continue
        seen: set[tuple] = set()
        for token in sent:
            predicates = match_predicates(token, table, lex)
            if not predicates:
                continue
            objects = [c for c in token.children if c.dep_ in lex.labels.object] if token.pos_ == "VERB" else []
            if token.lemma_.lower() in table.support_verbs and \
                    any(match_predicates(c, table, lex) or c.lemma_.lower() in lex.carrier_nouns for c in objects):
                # "ont repris leurs pourparlers", "a promis son soutien": the noun is the event; "a
                # envoyé un message (de soutien)": the message carries one, or none
                continue
            if all(p.type == "AID" for p in predicates) and any(c.lemma_.lower() in lex.carrier_nouns for c in objects):
                continue  # "a livré sa version des faits": what is said or shown is given, no aid
            if _speaker_read_as_object(token, article):
                continue  # "…, a dénoncé l'ONU": the quote carries the event, its speaker acting
            if _aims_an_event(token, table, lex):
                continue  # "la Russie, frappée par des sanctions": the noun is the event, the verb its aim
            if _befalls_an_act(token, predicates, table, lex):
                continue  # "les négociations parrainées par X ont repris": what became of the act
            wished_by = embedding_verb(token, lex)
            if wished_by is not None and token.pos_ == "NOUN" and token.head == wished_by and \
                    wished_by.lemma_.lower() in table.support_verbs:
                wished_by = None  # "a promis son soutien à Kiev": a light verb, not an intention
            if wished_by is not None and (wished_by.lemma_.lower() not in lex.wish_verbs or
                                          match_predicates(wished_by, table, lex)):
                continue  # inside a demand, threat or refusal: the outer predicate is the event
            if is_withdrawn(token, predicates[0], table, lex):
                continue  # "X doit retirer ses menaces": a threat withdrawn is none, nor a reaction
            found = next((f for p in predicates if (f := read_predicate(resolver, token, p, table)) is not None),
                         None)
            if wished_by is not None:
                if found is None:
                    continue
                # "il souhaite maintenir des sanctions contre la Russie": a stated intention
                found.type, found.mode = WISHED_TYPES[QUAD_OF[found.type]], None
            else:
                _remember(token, predicates[0], found.actors if found else None, resolver, table)
            if found is None:
                found = _reaction(resolver, token, predicates[0], table, events)
            if found is None:
                continue
            joined = [] if wished_by is not None else joint_target(found, predicates, resolver, table)
            for found in [found, *joined]:
                predicate = found.predicate
                for actor in found.actors:
                    for recipient in found.recipients:
                        if not _acceptable(actor, recipient, article.index.unlisted):
                            continue
                        pair = frozenset((actor.key, recipient.key)) if predicate.symmetric else (actor.key, recipient.key)
                        if (pair, found.type, found.mode) in seen:
                            continue
                        seen.add((pair, found.type, found.mode))
                        events.append(_event(found, actor, recipient, sent, article, table))
    events += quoted_events(article, table, events)
    return merge_repeats(events, doc)


IMITATION_SPAN = 4  # words after the head an imitation's other words stand in ("ont fait de même")


def _imitated(sent: Span, article: ArticleView, earlier: list[FoundEvent]) -> list[FoundEvent]:
    """"Le Canada, le Brésil et la Colombie ont fait de même": each subject did what the last event
    of the sentence or the two before told (event_imitation.txt), toward the same recipient."""
    lex = article.lex
    lemmas = lower_lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        forms = lex.imitations.get(lemmas[i])
        if not forms:
            continue
        token = sent.doc[i]
        if token.pos_ != "VERB":
            continue
        following = sent.doc[token.i + 1: min(sent.end, token.i + 1 + IMITATION_SPAN)]
        after = {t.lemma_.lower() for t in following} | {t.lower_ for t in following}
        if not any(set(words) <= after for words in forms):
            continue
        model = next((e for e in reversed(earlier) if not e.negated and
                      e.start >= sent.start_char - REACTION_WINDOW and e.start < sent.start_char), None)
        subject = subject_of(token, lex)
        if model is None or subject is None:
            return []
        resolver = Resolver(article, sent)
        copies = []
        for actor in resolver.members(subject, deep=False, listed=True):
            actor = replace(actor, confidence=min(actor.confidence, 0.5),
                            how=f"did the same ({token.text!r}) as {model.actor.name!r}: {actor.how}")
            if actor.key == model.actor.key or not _acceptable(actor, model.recipient, article.index.unlisted):
                continue
            copies.append(replace(model, actor=actor, start=min(actor.start, token.idx),
                                  end=max(actor.end, token.idx + len(token.text)), trigger=token.i,
                                  confidence=min(model.confidence, 0.5), place=None, date=None,
                                  typed_by=f"the event it imitates: {model.typed_by}"))
        return copies
    return []


def _same_side(a: Arg, b: Arg) -> bool:
    return a.key == b.key or (a.country is not None and a.country == b.country)


def quoted_events(article: ArticleView, table: PredicateTable, found: list[FoundEvent]) -> list[FoundEvent]:
    """Verbal events carried by quotes (quoted.py): one per quote and foreign actor its words name,
    unless a predicate of the quote or of its sentence already codes that pair."""
    events: list[FoundEvent] = []
    said: set[tuple] = set()
    for quote in article.quotes:
        speaker = speaker_arg(article, quote) or _described_speaker(article, quote)
        if speaker is None:
            continue
        typed = quote_type(article, quote, table)
        kind = typed[:2] if typed else None
        token = cue_token(article, quote) if typed else None
        if token is None or any(e.trigger == token.i for e in found):
            continue  # "X a accusé Y de …": the cue's own event is coded, with its own recipient
        sent = token.sent
        lo, hi = min(quote.start, sent.start_char), max(quote.end, sent.end_char)
        named = targets(article, quote, table)
        spoken_to = addressee(article, quote)  # "« … », a-t-il dit aux soldats polonais"
        if spoken_to is not None and all(t.key != spoken_to.key for t in named):
            named.append(spoken_to)
        for target in named:
            if not _acceptable(speaker, target, article.index.unlisted) or reported_side(quote, target, speaker, found) or \
                    relayed_target(article, quote, target):
                continue
            addressed = target is spoken_to
            typed_for = addressed_type(article, quote, table) if addressed else \
                quote_type(article, quote, table, target)
            if typed_for is None:
                continue
            kind = typed_for[:2]
            if addressed and not (target.country and speaker.country):
                continue  # what is said to someone of no known state: no interaction of states
            if not addressed and typed_for[2] == STATED_TYPED and not (target.kind == "country" and speaker.country):
                # a stated position is an event between states only: an expert's or an NGO's
                # words naming a person or a body cost more precision than they found events
                continue
            if not addressed and (kind[0] == "REQUEST" or typed_for[2].startswith(CUE_TYPED)) and \
                    not main_subject(article, quote, target):
                # a demand is aimed at whom it asks to act, not at whoever else it names; a cue
                # ("a accusé", "a averti") says how the speaker speaks, not at whom: the one the
                # quote's main clause says acts (a type from the words' stance is aimed already:
                # the stance word stands in the target's clause or one governing it, quote_type)
                continue
            pair = frozenset((speaker.key, target.key))
            if any(lo <= e.start < hi and not e.negated and (frozenset((e.actor.key, e.recipient.key)) == pair or
                                           e.recipient.key == target.key and _same_side(e.actor, speaker))
                   for e in found):
                continue  # the speaker's act is coded by the quote's predicate ("« la France soutient l'Ukraine »")
            key = (pair, kind, quote.speaker_name) if quote.continuation else (pair, kind, quote.start)
            if key in said:
                continue
            said.add(key)
            when = event_date(token, sent, article, [(target.start, target.end)], table)
            negated, hypothetical, future = flags(token, when, article, table)
            confidence = round(min(speaker.confidence, target.confidence) - 0.15 * hypothetical -
                               0.1 * (typed_for[2] == STATED_TYPED), 2)
            events.append(FoundEvent(kind[0], kind[1], speaker, target, None, when, quote.start, quote.end,
                                     quote.speaker_name, max(confidence, 0.1), negated, hypothetical, future,
                                     typed_by=typed_for[2]))
    return events


def _described_speaker(article: ArticleView, quote) -> Arg | None:
    """A speaker the quotes layer leaves as a description of a state's body or official, which
    names its state inside ("le ministère de la Défense de Russie", "le ministère des Affaires
    étrangères français", "le gouvernement de Justin Trudeau"): the state (or the person) named
    in it, read as an event side is read inside a noun phrase (Resolver.search). Only a noun
    standing for a state or an office: "un homme marocain" speaks for no state."""
    if quote.speaker_actor is not None or quote.speaker_start is None or quote.speaker_end is None:
        return None
    start, end = quote.speaker_start, quote.speaker_end
    text = text_of(article.doc)
    if quote.speaker_name and text[start:end] != quote.speaker_name:
        # a pronoun the quotes layer took up ("a-t-il précisé"): its antecedent, written before
        at = text.rfind(quote.speaker_name, 0, start)
        start, end = (at, at + len(quote.speaker_name)) if at >= 0 else (start, end)
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    head, lex = span.root, article.lex
    if head.pos_ != "NOUN" or not ({head.lemma_.lower(), head.lower_} & (lex.state_nouns | lex.role_nouns)):
        return None
    found = Resolver(article, head.sent).search(head, 3)
    if found is None or found.kind == "media" or found.country is None or \
            not (span.start_char <= found.start and found.end <= span.end_char):
        return None
    return replace(found, start=span.start_char, end=span.end_char, confidence=0.5,
                   how=f"the quote's speaker, described: {span.text!r} ({found.how})")


def _reaction(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable,
              earlier: list[FoundEvent]) -> Found | None:
    """A verbal reaction with no recipient named answers whoever just acted on its actor ("Kiev a
    exigé que Moscou retire ses troupes. Cette dernière a refusé."): the actor of the latest event,
    in the sentence or the two before, whose recipient is this predicate's actor; with no such
    event and no object at all, it is aimed at the state the article is about. A hostile noun reacts
    too, each of its actors ("malgré les critiques de l'Algérie et de l'Afrique du Sud"); a noun of
    support with no recipient backs whatever its clause names, not the state spoken of."""
    if predicate.type not in REACTION_TYPES or token.pos_ != "VERB" and \
            (token.pos_ != "NOUN" or predicate.type not in HOSTILE_REACTIONS):
        return None
    if any(q.cue_start is not None and q.cue_start <= token.idx < q.cue_end for q in resolver.a.quotes):
        return None  # "« … », a accusé Kiev": the quote says at whom (quoted_events), not the context
    lex = resolver.lex
    if token.dep_ in lex.labels.open_complement and token.head != token and match_predicates(token.head, table, lex):
        return None  # "Téhéran a accusé Washington de soutenir le terrorisme": what the charge says, no reaction
    governed = token
    while governed.dep_ in lex.labels.conjunct and governed.head != governed:
        governed = governed.head
    if token.pos_ == "NOUN" and governed.head != governed and match_predicates(governed.head, table, lex):
        return None  # "X a qualifié d'absurdes les accusations britanniques": what X reacts to, no reaction
    if any((c.dep_ in lex.labels.object or c.dep_ in lex.labels.passive_subject) and c.pos_ == "NOUN" and
           any("Ind" in d.morph.get("Definite") for d in c.children if d.dep_ in lex.labels.determiner) and
           not match_predicates(c, table, lex) for c in token.children):
        return None  # "Paris continue de soutenir des groupes terroristes": aimed at what it names, new to the text
    actors, _ = actor_slot(resolver, token, predicate, table)
    if not actors or len(actors) > 1 and token.pos_ != "NOUN":
        return None
    actor = actors[0]
    low = resolver.sent.start_char - REACTION_WINDOW
    for event in reversed(earlier if len(actors) == 1 else ()):
        if event.start < low:
            break
        if event.recipient.key == actor.key and event.actor.key != actor.key:
            answered = replace(event.actor, how=f"reaction to the event {event.type} of {event.actor.name!r}",
                               confidence=0.4)
            return Found(predicate, token, actors, [answered], None, predicate.mode, predicate.type)
    # no recipient named ("a refusé", "se dit rassuré", "a condamné l'essai"): aimed at the state the
    # article is about, when it is another state than the actor's; not when the object is an event
    # of its own ("a condamné l'attentat commis contre X") or someone the clause names otherwise
    # ("les rebelles qu'elle soutient", "les séparatistes soutenus par Moscou")
    lex = resolver.lex
    objects = [c for c in token.children if c.dep_ in lex.labels.object or c.dep_ in lex.labels.passive_subject]
    labels = lex.labels
    if any(a.country is None for a in actors) or participle_head(token, lex) is not None or \
            token.dep_ in labels.adverbial_clause or token.dep_ in labels.clausal_modifier or \
            any("Rel" in c.morph.get("PronType") or match_predicates(c, table, lex) or
                c.lemma_.lower() in lex.state_nouns for c in objects):
        return None  # nor a gerund or a participle telling how another act was done ("en refusant de …"),
        # nor a state body named but not resolved ("tient les autorités locales pour responsables")
    topic = topic_state(resolver.a)
    if topic is None or any(resolver.a.index.actors[topic.actor_id].country == a.country for a in actors):
        return None
    if any(q.start <= token.idx < q.end and q.speaker_actor == topic.actor_id for q in resolver.a.quotes):
        return None  # "Selon Kinshasa, le Rwanda soutient les rebelles": who reports the act is not its aim
    about = replace(resolver.a.arg_of_mention(topic, 0.3),
                    how=f"no recipient named: the state the article is about, {topic.text!r}")
    return Found(predicate, token, actors, [about], None, predicate.mode, predicate.type)


def _one_sided(sent: Span, resolver: Resolver, table: PredicateTable,
               earlier: list[FoundEvent]) -> list[FoundEvent]:
    """A sentence with one actor: its predicates' actors are remembered for the event nouns of later
    sentences ("La Corée du Nord a tiré un missile. Le tir a été condamné par …"), and a verbal
    reaction answers whoever just acted on its actor (`_reaction`)."""
    lex = resolver.lex
    events = []
    for token in sent:
        if token.pos_ != "VERB" or is_embedded(token, lex):
            continue
        predicates = match_predicates(token, table, lex)
        if not predicates:
            continue
        _remember(token, predicates[0], None, resolver, table)
        found = _reaction(resolver, token, predicates[0], table, earlier)
        if found is not None:
            events += [_event(found, actor, recipient, sent, resolver.a, table)
                       for actor in found.actors for recipient in found.recipients
                       if _acceptable(actor, recipient, resolver.a.index.unlisted)]
    return events


def _remember(token: Token, predicate: Predicate, actors, resolver: Resolver, table: PredicateTable) -> None:
    """Keep the actors of a verb predicate stated as done (not negated nor supposed), for
    `ArticleView.earlier_actors`."""
    if token.pos_ != "VERB" or token.dep_ in resolver.lex.labels.clausal_modifier or \
            any(q.start <= token.idx < q.end for q in resolver.a.quotes):
        return  # "« … n'a aucun intérêt à tuer X »": what is said is no fact to take up
    if actors is None:
        actors, _ = actor_slot(resolver, token, predicate, table)
    if not actors:
        return
    negated, hypothetical, _ = flags(token, None, resolver.a, table)
    if not negated and not hypothetical:
        resolver.a.remember(predicate.type, actors)


def merge_repeats(events: list[FoundEvent], doc: Doc | None = None) -> list[FoundEvent]:
    """One event per interaction: a headline, a lead and a later paragraph often state the same
    one (same actors, type and polarity, no conflicting dates); keep its most explicit mention."""
    groups: list[list[FoundEvent]] = []
    for event in events:
        key = _identity(event)
        for group in groups:
            if (_identity(group[0]) == key or any(_told_together(other, event, doc) for other in group)) and \
                    all(_same_time(other, event) for other in group):
                group.append(event)
                break
        else:
            groups.append([event])
    kept = [max(group, key=lambda e: ((e.date is not None) + (e.place is not None), e.confidence,
                                      e.mode is not None, -e.start)) for group in groups]
    return sorted(kept, key=lambda e: (e.start, e.end))


def _identity(event: FoundEvent) -> tuple:
    sides = (event.actor.key, event.recipient.key)
    mode = event.mode
    if event.type in SYMMETRIC_TYPES and mode != VISIT_MODE:
        # "X a reçu Y. Les deux dirigeants se sont entretenus …": hosting, a meeting and a call
        # between the same two sides are one meeting told twice
        sides = tuple(sorted(sides))
        mode = None if event.type == "CONSULT" else mode
    return (event.type, mode, event.negated, sides)


def _told_together(a: FoundEvent, b: FoundEvent, doc: Doc | None) -> bool:
    """One interaction read twice from one mention: same type and sides (in either order), one
    predicate qualifying the other ("le cessez-le-feu conclu entre X et Y": the noun and its
    participle). Coordinated predicates ("ont expulsé … et ont sanctionné …") are two acts."""
    if doc is None or a.trigger is None or b.trigger is None or a.type != b.type or a.negated != b.negated or \
            {a.actor.key, a.recipient.key} != {b.actor.key, b.recipient.key}:
        return False
    labels = event_lexicon(pack_of(doc)).labels
    first, second = doc[a.trigger], doc[b.trigger]
    return any(low.head == high and low != high and (low.dep_ in labels.clausal_modifier or
                                                     low.dep_ in labels.adjective_modifier)
               for low, high in ((first, second), (second, first)))


def _same_time(a: FoundEvent, b: FoundEvent) -> bool:
    values = [e.date.value for e in (a, b) if e.date is not None and e.date.value]
    return len(values) < 2 or values[0] == values[1]


@Language.component("newsgraph_events", assigns=["doc._.ng_events"],
                    requires=["doc._.ng_actors", "doc._.ng_quotes", "doc._.ng_sources", "doc._.ng_dates"])
def events_component(doc: Doc) -> Doc:
    doc._.ng_events = find_events(doc)
    return doc
