"""The events component: the cascade over sentences and the predicates it reads, on
`doc._.ng_events`. The typed result and the international-interaction filter are found.py's,
reactions and remembered actors reactions.py's, events carried by quotes quote_events.py's, the
merging of repeated mentions merging.py's.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from ...gazetteer import Gazetteer
from ...model import QUAD_OF
from ..context import gazetteer_of, pack_of
from ..textutil import lower_forms, lower_lemmas, pos_ids
from .arguments import Resolver
from .article_states import agency_state, article_state
from .article_view import Arg, ArticleView
from .found import EARLIER_ACT_WINDOW, FoundEvent, acceptable, event_of, faces_marked_foreigner
from .frames import Found, joint_target, read_predicate
from .governors import done_by_participle, embedding_verb, is_withdrawn, stop_noun_of, verb_objects
from .groups import multinational_group
from .lexicon import EventLexicon, event_lexicon
from .merging import merge_repeats
from .noun_roles import travel_purpose
from .parallel import additive_act, parallel_act, unaimed_aid
from .predicates import Predicate, PredicateTable, absorbed, lemmas_of, match_predicates, predicate_table
from .quote_events import quoted_events
from .reactions import forget_unnamed, one_sided, reaction, remember, remember_speaker
from .sides import restated_body
from .subjects import subject_of
from .voice import agent_of, is_passive

HOSTILE_QUADS = frozenset(("verbal_conflict", "material_conflict"))
# the verbal event a stated intention is, by the quad class of the predicate wished (PLOVER: AGREE
# "indicate willingness or commitment to cooperate"; THREATEN, a stated intent to harm or sanction)
WISHED_TYPES = {"verbal_cooperation": "AGREE", "material_cooperation": "AGREE",
                "verbal_conflict": "THREATEN", "material_conflict": "THREATEN"}


def _worth_reading(sent: Span, article: ArticleView, table: PredicateTable) -> int:
    """The cascade: 2 when a sentence holds a predicate lemma and two references to actors
    (mentions, demonyms, pronouns, "ce pays", "le régime"), 1 when it holds a predicate and one
    (its predicates' actors are remembered for the event nouns of later sentences: "le tir"),
    else 0; one mention is enough for a demonstration, whose actor may go unnamed."""
    lex = article.lex
    if not _holds_predicate_head(sent, lex, table):
        return 0
    # a city or region below the capital counts: "a bombardé Kherson" names the state it hits
    count = len(article.mentions_in(sent.start_char, sent.end_char)) + article.places_in(sent.start_char, sent.end_char)
    if count >= 2:
        return 2
    # the tests below read the Doc's lists first and build a Token only for the words they may
    # hold: every reference to an actor is a noun, a name, an adjective or a pronoun, a compound
    # demonym a hyphenated word or the one after a hyphen, a noun taking up an event a noun
    doc, span = sent.doc, range(sent.start, sent.end)
    tags, lowers, lemmas = pos_ids(doc), lower_forms(doc), lower_lemmas(doc)
    others = sum(_reference_weight(doc[i], article, lex) for i in span
                 if tags[i] in _REFERRING_IDS and i not in article.by_token)
    # "le sommet franco-allemand": a compound demonym names its states, which no mention covers
    hyphened = (doc[i] for i in span if "-" in lowers[i] or i > 0 and lowers[i - 1] == "-")
    others += sum(max(0, len(_compound(t, article)) - (t.i in article.by_token)) for t in hyphened)
    if count + others >= 2 or (count >= 1 and any(lemmas[i] in table.unnamed_actor_heads for i in span)):
        return 2
    if count + others == 1 and any(_takes_up_event(doc[i], article, table) for i in span if tags[i] == _NOUN_ID):
        return 2  # "La Corée du Nord a tiré un missile. Le Japon a condamné le tir.": the noun names its actor
    return 1 if count + others else 0


def _reference_weight(t: Token, article: ArticleView, lex: EventLexicon) -> int:
    """How many actors a word outside the mentions refers to for `_worth_reading`: 0 when it is
    no reference, 2 for a plural anaphoric noun ("les deux pays"), else 1. The anaphoric kind is
    looked up once: it serves both the test and the plural count."""
    kind = lex.anaphoric_kind(t.lemma_.lower(), t.lower_)
    refers = (t.pos_ in ("ADJ", "NOUN") and article.gaz.demonym(t.lower_) or article.misread_demonym(t) or
              article.arg_of_bloc(t) is not None or  # "les sanctions occidentales", "les Occidentaux"
              t.pos_ == "PRON" and (t.lower_ in lex.personal_pronouns or t.lower_ in lex.first_person or
                                    t.lower_ in lex.object_clitics) or
              t.lower_ in lex.inverted_pronouns or  # "a-t-il ajouté, accusant X": the incise's speaker
              (t.pos_ in ("NOUN", "ADJ") or t.pos_ == "PROPN" and t.text.islower()) and
              kind is not None or  # "Le royaume", tagged as a name
              t.pos_ == "NOUN" and (t.lemma_.lower() in lex.bridging_nouns or
                                    t.lemma_.lower() in lex.protester_nouns or  # "des manifestants"
                                    t.lemma_.lower() in lex.group_words or
                                    t.lower_ in lex.side_nouns or  # "les séparatistes"
                                    t.lower_ in pack_of(article.doc).words("event_council_nouns")) or  # "la Cour"
              multinational_group(t, lex, article.by_token) is not None or  # "des forces ouest-africaines"
              t.text[:1].isupper() and restated_body(article, t) is not None)  # "la Commission"
    if not refers:
        return 0
    return 1 + ("Plur" in t.morph.get("Number") and kind is not None)


# the parts of speech for which `lemmas_of` tries more than the token's lemma
_MORE_LEMMAS = frozenset(POS_IDS[tag] for tag in ("NOUN", "PROPN", "ADJ", "VERB"))
# the parts of speech of the words `_worth_reading` counts as references to an actor
_REFERRING_IDS = frozenset(POS_IDS[tag] for tag in ("NOUN", "PROPN", "ADJ", "PRON"))
_NOUN_ID = POS_IDS["NOUN"]


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
    # only a hostile act is aimed ("les sanctions frappent X"); "l'alliance des armées de X et de Y
    # a frappé …": a union of its members, a cooperative noun, acts itself
    return aimer is not None and any(p.pos == "noun" and QUAD_OF.get(p.type) in HOSTILE_QUADS
                                     for p in match_predicates(aimer, table, lex))


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
    if not any(p.pos == "noun" and article.last_actors.get(p.type) for p in match_predicates(token, table, lex)):
        return False
    return any("Def" in d.morph.get("Definite") or "Dem" in d.morph.get("PronType")
               for d in token.children if d.dep_ in lex.labels.determiner)


def _agreement_nouns(table: PredicateTable) -> frozenset[str]:
    """The nouns of the table's agreements ("accord", "traité", "protocole")."""
    return frozenset(lemma for (lemma, pos), rows in table.by_head.items()
                     if pos == "noun" and any(row.type == "AGREE" for row in rows))


def find_events(doc: Doc, gaz: Gazetteer | None = None) -> list[FoundEvent]:
    """Every interaction between two actors the article states, one per pair and type per sentence."""
    index = doc._.ng_actors
    if index is None:
        return []
    pack = pack_of(doc)
    table, lex = predicate_table(pack), event_lexicon(pack)
    article = ArticleView(doc, index, gaz or gazetteer_of(doc), lex, table.noun_heads, _agreement_nouns(table))
    if not index.mentions and not index.places and not any(_compound(t, article) for t in doc):
        return []  # no actor named ("le traité franco-algérien" names two)
    article.home_state = article_state(article)
    article.agency_state = agency_state(article)
    events: list[FoundEvent] = []
    for sent in doc.sents:
        events += _imitated(sent, article, events)
        worth = _worth_reading(sent, article, table)
        if not worth and not (article.last_actors and _holds_predicate_head(sent, lex, table)):
            continue
        resolver = Resolver(article, sent)
        if article.last_actors:  # an act by no named actor is the latest of its kind
            forget_unnamed(sent, resolver, table)
        if not worth:
            continue
        if worth == 1:
            # one actor: no interaction named, but its predicates' actors are remembered, and a
            # verbal reaction answers whoever just acted on it ("Cette dernière a refusé.")
            events += one_sided(sent, resolver, table, events)
            continue
        seen: set[tuple] = set()
        # only a noun, a name, an adjective or a verb heads a predicate (match_predicates): the
        # other words are passed over on their tag, with no Token built
        tags = pos_ids(doc)
        for token in (doc[i] for i in range(sent.start, sent.end) if tags[i] in _MORE_LEMMAS):
            predicates = match_predicates(token, table, lex)
            if not predicates:
                continue
            objects = verb_objects(token, lex) if token.pos_ == "VERB" else []
            if token.lemma_.lower() in table.support_verbs and \
                    any(match_predicates(c, table, lex) or c.lemma_.lower() in lex.carrier_nouns for c in objects):
                # "ont repris leurs pourparlers", "a promis son soutien": the noun is the event; "a
                # envoyé un message (de soutien)": the message carries one, or none
                continue
            if all(p.type == "AID" or p.mode == "handover" for p in predicates) and \
                    any(c.lemma_.lower() in lex.carrier_nouns for c in objects):
                continue  # "a livré sa version des faits", "a remis une note à X": what is said or shown is given, no aid
            if _speaker_read_as_object(token, article):
                remember_speaker(token, predicates[0], resolver, table)  # for "ces accusations" later
                continue  # "…, a dénoncé l'ONU": the quote carries the event, its speaker acting
            if _aims_an_event(token, table, lex):
                continue  # "la Russie, frappée par des sanctions": the noun is the event, the verb its aim
            if _befalls_an_act(token, predicates, table, lex):
                continue  # "les négociations parrainées par X ont repris": what became of the act
            if absorbed(token, table, lex):
                continue  # "ont levé leurs sanctions": the lifting is the event, no sanction
            # a meeting a journey is for is wanted when the journey is ("a refusé de se rendre à X pour …")
            wished_by = embedding_verb(token.head if travel_purpose(token, table, lex) else token, lex)
            stop = stop_noun_of(token, table, lex) if wished_by is None else None
            if stop is not None:
                wished_by = embedding_verb(stop, lex)  # "exige la fin de l'aide américaine": a demand
            if wished_by is not None and token.pos_ == "NOUN" and token.head == wished_by and \
                    wished_by.lemma_.lower() in table.support_verbs:
                wished_by = None  # "a promis son soutien à Kiev": a light verb, not an intention
            if wished_by is not None and token.head == wished_by and done_by_participle(token, table, lex):
                # "conteste les droits de douane imposés par X": done, not wanted; not through
                # another verb ("menace de suspendre l'accord conclu avec X": the suspension is wanted)
                wished_by = None
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
                remember(token, predicates[0], found.actors if found else None, resolver, table)
            if found is None:  # "X a également condamné": the same act as the one just told
                found = additive_act(resolver, token, predicates[0], table, events)
            if found is None:
                found = reaction(resolver, token, predicates[0], table, events)
            if found is None:
                found = parallel_act(resolver, token, predicates[0], table, events)
            if found is None:
                found = unaimed_aid(resolver, token, predicates[0], table, events)
            if found is None:
                continue
            found = _from_host(found)
            joined = [] if wished_by is not None else joint_target(found, predicates, resolver, table)
            for found in [found, *joined]:
                predicate = found.predicate
                for actor in found.actors:
                    for recipient in found.recipients:
                        if not acceptable(actor, recipient, article.index.unlisted) and \
                                not faces_marked_foreigner(actor, recipient, article):
                            continue
                        pair = frozenset((actor.key, recipient.key)) if predicate.symmetric else (actor.key, recipient.key)
                        if (pair, found.type, found.mode) in seen:
                            continue
                        seen.add((pair, found.type, found.mode))
                        events.append(event_of(found, actor, recipient, sent, article, table))
    events += quoted_events(article, table, events)
    return merge_repeats(events, doc)


def _from_host(found: Found) -> Found:
    """A meeting of three or more held in the state of one of them ("le Brésil, l'Inde et la Chine
    se sont réunis à Pékin"): GUIDELINES §7.2 writes a multilateral meeting as a star from the
    host, not from the first named."""
    place = found.place
    if place is None or not found.predicate.symmetric or len(found.actors) != 1 or len(found.recipients) < 2:
        return found
    host = next((r for r in found.recipients if r.kind == "country" and r.country == place.country), None)
    if host is None:
        return found
    return replace(found, actors=[host], recipients=[a for a in found.actors + found.recipients if a.key != host.key])


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
                      e.start >= sent.start_char - EARLIER_ACT_WINDOW and e.start < sent.start_char), None)
        subject = subject_of(token, lex)
        if model is None or subject is None:
            return []
        resolver = Resolver(article, sent)
        copies = []
        for actor in resolver.members(subject, deep=False, listed=True):
            actor = replace(actor, confidence=min(actor.confidence, 0.5),
                            how=f"did the same ({token.text!r}) as {model.actor.name!r}: {actor.how}")
            if actor.key == model.actor.key or not acceptable(actor, model.recipient, article.index.unlisted):
                continue
            copies.append(replace(model, actor=actor, start=min(actor.start, token.idx),
                                  end=max(actor.end, token.idx + len(token.text)), trigger=token.i,
                                  confidence=min(model.confidence, 0.5), place=None, date=None,
                                  typed_by=f"the event it imitates: {model.typed_by}"))
        return copies
    return []




@Language.component("newsgraph_events", assigns=["doc._.ng_events"],
                    requires=["doc._.ng_actors", "doc._.ng_quotes", "doc._.ng_sources", "doc._.ng_dates"])
def events_component(doc: Doc) -> Doc:
    doc._.ng_events = find_events(doc)
    return doc