"""Events read from the context of a predicate rather than its own arguments: a verbal reaction
with no recipient named answers whoever just acted on its actor (or the state the article is
about), and the actors of acts stated as done are remembered for the event nouns of later
sentences ("le tir").
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .anaphoric_sides import article_sides
from .arguments import Resolver
from .article_states import topic_state
from .found import EARLIER_ACT_WINDOW, FoundEvent, acceptable, event_of
from .frames import Found
from .governors import is_embedded, support_verb
from .modality import flags
from .noun_roles import participle_head
from .parallel import additive_act, parallel_act
from .predicates import HOSTILE_STANCES, Predicate, PredicateTable, case_of, has_marker, match_predicates, word_stance
from .prepositional import agents_on_patient
from .quote_targets import speaker_arg
from .slots import actor_slot
from .subjects import subject_of
from .voice import agent_of, is_passive

# verbal types whose unnamed recipient is whoever just acted on the actor (`reaction`)
REACTION_TYPES = {"REJECT", "ACCUSE", "SUPPORT", "THREATEN", "PROTEST"}
MEDIATE = "mediate"  # the PLOVER CONSULT mode of a third party's brokering
HOSTILE_REACTIONS = {"REJECT", "ACCUSE", "THREATEN", "PROTEST"}  # "les critiques de X": nouns too
# times the article must name its other party for an unaimed reaction of the main party to answer it
OTHER_PARTY_MENTIONS = 2
# acts done together, with no one author a reaction to "the talks" or "the meeting" could be aimed at
SHARED_ACTS = {"AGREE", "CONSULT", "COOPERATE"}
# the PLOVER RETREAT mode of freeing people: a demand for it is aimed at whoever holds them
RELEASE = "release"


def reaction(resolver: Resolver, token: Token, predicate: Predicate, table: PredicateTable,
              earlier: list[FoundEvent]) -> Found | None:
    """A verbal reaction with no recipient named answers whoever just acted on its actor ("Kiev a
    exigé que Moscou retire ses troupes. Cette dernière a refusé."): the actor of the latest event,
    in the sentence or the two before, whose recipient is this predicate's actor; with no such
    event and no object at all, it is aimed at the state the article is about. A hostile noun reacts
    too, each of its actors ("malgré les critiques de l'Algérie et de l'Afrique du Sud"); a noun of
    support with no recipient backs whatever its clause names, not the state spoken of. A demand for
    a release naming no one is read so too (`_demanded_release`), toward the holder of the people
    freed: whoever just acted on the demander, else the state the article is about."""
    # "a réclamé la libération du journaliste": the holder, never named in the demand, is its aim
    release = predicate.type == "REQUEST" and token.pos_ == "VERB" and _demanded_release(token, table, resolver.lex)
    if not release and (predicate.type not in REACTION_TYPES or token.pos_ != "VERB" and
                        (token.pos_ != "NOUN" or predicate.type not in HOSTILE_REACTIONS)):
        return None
    judged = _apposed_act_author(token, predicate, table, earlier, resolver)
    if judged is not None:
        return judged  # "X a suspendu les vols, une mesure que Y a jugée « injustifiée »": X's act
    if any(_quote_says_whom(token, q, resolver) for q in resolver.a.quotes):
        return None  # "« … », a accusé Kiev": the quote says at whom (quoted_events), not the context
    lex = resolver.lex
    if token.dep_ in lex.labels.open_complement and token.head != token and match_predicates(token.head, table, lex):
        return None  # "Téhéran a accusé Washington de soutenir le terrorisme": what the charge says, no reaction
    governed = token
    while governed.dep_ in lex.labels.conjunct and governed.head != governed:
        governed = governed.head
    if token.pos_ == "NOUN" and governed.head != governed and match_predicates(governed.head, table, lex):
        return None  # "X a qualifié d'absurdes les accusations britanniques": what X reacts to, no reaction
    praised = _praised_step(token, predicate, table, resolver)
    actors, _ = actor_slot(resolver, token, predicate, table)
    # a party's or a stateless person's praise of a step is no side's stance on it: the earlier reading
    praised = praised and bool(actors) and all(_praises_for_a_state(a, resolver) for a in actors)
    if not praised and any((c.dep_ in lex.labels.object or c.dep_ in lex.labels.passive_subject) and c.pos_ == "NOUN" and
           any("Ind" in d.morph.get("Definite") for d in c.children if d.dep_ in lex.labels.determiner) and
           not match_predicates(c, table, lex) and not _judged_act(c, predicate, lex) for c in token.children):
        return None  # "Paris continue de soutenir des groupes terroristes": aimed at what it names, new to the text
    if praised:
        # "X et Y ont salué la signature": each praising side, toward whoever just acted on it, else
        # toward the sides the step is theirs
        answered = answering(actors[0], False, earlier, resolver.sent) if len(actors) == 1 else None
        own = frozenset(k for a in actors for k in (a.actor, a.country and f"country:{a.country}") if k)
        sides = [answered] if answered is not None else [
            replace(resolver.a.arg_of_mention(m, 0.4), how=f"praise of a step naming no one: a side the article is about, {m.text!r}")
            for m in article_sides(resolver.a, token, own)]
        return Found(predicate, token, actors, sides, None, predicate.mode, predicate.type) if sides else None
    if not actors or len(actors) > 1 and token.pos_ != "NOUN":
        return None
    # (not for a release demand: one's own nationals freed are what it is most often about)
    if not release and _about_own_person(token, actors, resolver):
        return None  # "a exprimé des inquiétudes quant à la spontanéité du président élu": one's own side
    # a release is demanded of whoever acted on the demander's people ("les autorités chinoises
    # détenaient deux Canadiens. Freeland a réclamé leur libération"), as a hostile act is answered
    answered = answering(actors[0], release or predicate.type in HOSTILE_REACTIONS,
                         earlier if len(actors) == 1 else [], resolver.sent)
    if answered is None and len(actors) == 1:
        answered = _author_of_object_act(token, actors[0], table, earlier, resolver)
    if answered is not None:
        return Found(predicate, token, actors, [answered], None, predicate.mode, predicate.type)
    if release:  # else the state the article is about, or its other party, other than the demander's
        topic = article_party(resolver.a, frozenset(a.country for a in actors), True)
        if topic is None:
            return None
        about = replace(resolver.a.arg_of_mention(topic, 0.3),
                        how=f"a release demanded of no one named: the state the article is about, {topic.text!r}")
        return Found(predicate, token, actors, [about], None, predicate.mode, predicate.type)
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
                c.lemma_.lower() in lex.state_nouns or
                predicate.type in HOSTILE_REACTIONS and _names_a_side(c, lex) for c in objects):
        return None  # nor a gerund or a participle telling how another act was done ("en refusant de …"),
        # nor a state body named but not resolved ("tient les autorités locales pour responsables"),
        # nor blame of a side it names otherwise ("a condamné les séparatistes prorusses"; backing
        # rebels is still read as aimed at the state they fight: "X soutient les rebelles")
    # the other party only answers a reaction to an act, not one that names a thing of its own ("le
    # projet avait été bloqué par Obama")
    topic = article_party(resolver.a, frozenset(a.country for a in actors), predicate.type in HOSTILE_REACTIONS and
                          all(_an_act_or_envoy(c, predicate, table, lex) for c in objects))
    if topic is None:
        return None
    if any(q.start <= token.idx < q.end and q.speaker_actor == topic.actor_id for q in resolver.a.quotes):
        return None  # "Selon Kinshasa, le Rwanda soutient les rebelles": who reports the act is not its aim
    about = replace(resolver.a.arg_of_mention(topic, 0.3),
                    how=f"no recipient named: the state the article is about, {topic.text!r}")
    return Found(predicate, token, actors, [about], None, predicate.mode, predicate.type)


def _demanded_release(token: Token, table: PredicateTable, lex) -> bool:
    """Whether a demand's object, or its complement ("appeler à la libération de …"), is a release
    (a RETREAT noun of mode `release`) whose author is not named by an agent ("par X"): who must free
    the prisoners is the state holding them, which the demand leaves to the context."""
    for child in token.children:
        if child.pos_ != "NOUN" or not (child.dep_ in lex.labels.object or child.dep_ in lex.labels.oblique):
            continue
        if not any(p.type == "RETREAT" and p.mode == RELEASE for p in match_predicates(child, table, lex)):
            continue
        agents = lex.prepositions.get(lex.agent, frozenset())  # "par X": the pack's agent marker
        return not any(c.pos_ in ("NOUN", "PROPN") and case_of(c, lex) in agents for c in child.children)
    return False


def _praised_step(token: Token, predicate: Predicate, table: PredicateTable, resolver: Resolver) -> bool:
    """Whether a praise verb (frame flag `praise`) is aimed at a step that names no one: its object,
    or its complement of the frame's recipient preposition ("s'est félicité d'une avancée"), is a
    common noun whose phrase holds only act nouns ("la signature de l'accord", "les discussions"),
    stance words ("un geste de confiance"), anaphors of the sides ("le courage des deux parties")
    and no possessive ("son succès" is someone's), and names no actor: "a salué « une étape
    significative »", "a salué « un développement très important »". Praise of people ("le courage
    des inspecteurs", "les efforts de l'émissaire") is not."""
    if not predicate.praise or token.pos_ != "VERB":
        return False
    lex = resolver.lex
    markers = {m.rstrip("*") for m in predicate.markers("recipient")}
    cases = {form for m in markers for form in lex.prepositions.get(m, ())}
    praised = [c for c in token.children if c.pos_ == "NOUN" and (
        "obj" in markers and c.dep_ in lex.labels.object or c.dep_ in lex.labels.oblique and case_of(c, lex) in cases)]
    if not praised or any((n.lemma_.lower() in lex.role_nouns or n.lower_ in lex.role_nouns) and
                          lex.anaphoric_kind(n.lemma_.lower(), n.lower_) is None for n in praised):
        return False  # "a félicité les artistes", "les négociateurs": people praised, not a step ("les dirigeants" are the sides)
    for noun in praised:
        for word in noun.subtree:
            if word.i in resolver.a.by_token or "Yes" in word.morph.get("Poss"):
                return False  # an actor named ("la signature de l'accord avec le Rwanda"), or someone's
            if word.pos_ == "PROPN" or word.pos_ == "NOUN" and word != noun and not (
                    match_predicates(word, table, lex) or word_stance(word, lex) is not None or
                    lex.anaphoric_kind(word.lemma_.lower(), word.lower_) is not None):
                return False
    return True


def _praises_for_a_state(arg, resolver: Resolver) -> bool:
    """Whether a praiser of a step speaks for a state or a body of states: a state, a body or a
    person of a known state that is no party, a listed international organisation, or a person of
    no state who holds an international office (listed with a role and no state, "le secrétaire
    général de l'ONU", or an official of a listed international organisation). Anyone else of no
    known state ("Popescu") would praise from nowhere (his own state counted as a side), and a party
    ("l'UDC", "le PLR", known or not) judges its own government's step, not the sides'."""
    gaz = resolver.a.gaz
    actor = resolver.a.index.actors.get(arg.actor) if arg.actor else None
    if actor is None:
        return bool(arg.country)
    if actor.kind == "person" and not arg.country:
        return bool(gaz.roles_of(actor.id)) or _international(gaz, actor.affiliation)
    if actor.kind != "organization":
        return bool(arg.country)
    return _international(gaz, actor.name) if not arg.country else getattr(gaz.organization(actor.name), "kind", None) != "party"


def _international(gaz, name: str | None) -> bool:
    """Whether `name` is a listed international organisation (organizations.tsv kind igo)."""
    entry = gaz.organization(name) if name else None
    return entry is not None and entry.kind == "igo"


def answering(actor, hostile: bool, earlier: list[FoundEvent], sent: Span):
    """The actor of the latest event, in the sentence or the two before, aimed at `actor` (`_acted_on`),
    as the side a reaction of `actor` answers; None if there is none. Events told after the sentence
    answer nothing: a reaction follows what it answers."""
    for event in reversed(earlier):
        if event.start >= sent.end_char:
            continue
        if event.start < sent.start_char - EARLIER_ACT_WINDOW:
            break
        if _acted_on(event, actor, hostile):
            return replace(event.actor, how=f"reaction to the event {event.type} of {event.actor.name!r}",
                           confidence=0.4)
    return None


def _author_of_object_act(token: Token, actor, table: PredicateTable, earlier: list[FoundEvent], resolver: Resolver):
    """The author of the act the reaction's object names by its kind ("Washington a imposé des
    droits de douane … Macron a dénoncé des mesures brutales"): the actor of the latest event, in the
    sentence or the two before, of a type the object noun names; None if there is none, or if that
    actor is of the reacting actor's own state (a reaction to one's own state's act is no event).
    Acts done together ("les discussions", "la réunion") have no author to answer."""
    lex = resolver.lex
    kinds = {p.type for c in token.children if c.dep_ in lex.labels.object and c.pos_ == "NOUN"
             for p in match_predicates(c, table, lex)} - SHARED_ACTS
    if not kinds:
        return None
    sent = resolver.sent
    for event in reversed(earlier):
        if event.start >= sent.end_char:
            continue
        if event.start < sent.start_char - EARLIER_ACT_WINDOW:
            break
        if event.type not in kinds:
            continue
        if event.actor.key == actor.key or actor.country is not None and event.actor.country == actor.country:
            return None
        return replace(event.actor, how=f"reaction to the act {event.type} its object names, of {event.actor.name!r}",
                       confidence=0.4)
    return None


def _apposed_act(token: Token, lex) -> Token | None:
    """The head of the clause a hostile verb's relative clause judges, when that relative hangs on
    "ce" or on a noun in apposition to the clause ("X a suspendu les vols, une mesure que Y a jugée
    « injustifiée »", "X a livré des chars à Z, ce que Y a qualifié de « provocation »"): the
    relative's object is that clause's act, not a thing of its own. The parser may read "que" as a
    conjunction (`object_relatives`). None when the verb has an object of its own or no relative."""
    labels = lex.labels
    if token.dep_ not in labels.relative_clause and token.dep_ not in labels.clausal_modifier:
        return None
    antecedent = token.head
    if antecedent == token or antecedent.i > token.i or not any(
            c.i < token.i and c.lower_ in lex.object_relatives for c in token.children):
        return None
    if any(c.dep_ in labels.object and c.lower_ not in lex.object_relatives for c in token.children):
        return None  # "une mesure qui vise les vols": the relative names its own object
    pronoun = antecedent.pos_ == "PRON" and antecedent.lower_ in lex.clause_pronouns
    if not pronoun and (antecedent.pos_ != "NOUN" or antecedent.dep_ not in labels.apposition):
        return None  # "les frappes que Y a qualifiées …": a noun of its own, read by its kind
    return antecedent.head if antecedent.head != antecedent else None


def _apposed_act_author(token: Token, predicate: Predicate, table: PredicateTable,
                        earlier: list[FoundEvent], resolver: Resolver) -> Found | None:
    """A hostile verb judging, through a relative on "ce" or on an apposed noun, the act its
    sentence told just before (`_apposed_act`): aimed at the author of the event read on that
    clause, unless that author is of the judging actor's own state or the judgement's quote names
    someone (quoted_events says at whom)."""
    lex = resolver.lex
    if predicate.type not in HOSTILE_REACTIONS or token.pos_ != "VERB":
        return None
    clause = _apposed_act(token, lex)
    if clause is None:
        return None
    if any(q.cue_start is not None and q.cue_start <= token.idx < q.cue_end and
           any(not m.as_place for m in resolver.a.mentions_in(q.start, q.end)) for q in resolver.a.quotes):
        return None
    heads = []
    while True:  # the clause head and the heads above it, nearest first
        heads.append(clause)
        if clause.head == clause:
            break
        clause = clause.head
    sent = resolver.sent
    acts = [e for e in earlier if sent.start_char <= e.start and e.end <= token.idx and not e.negated and
            any(e.start <= h.idx < e.end for h in heads)]
    if acts:
        act = min(acts, key=lambda e: next(n for n, h in enumerate(heads) if e.start <= h.idx < e.end))
        author = replace(act.actor, how=f"judged act of the clause it is apposed to, {act.type} of {act.actor.name!r}",
                         confidence=0.4)
    else:  # no event read on the clause ("X a riposté en écartant …"): its first verb's subject did it
        verb = next((h for h in heads if h.pos_ == "VERB" and subject_of(h, lex) is not None), None)
        author = resolver.one(subject_of(verb, lex), False) if verb is not None else None
        if author is None:
            return None
        author = replace(author, how=f"judged act of the clause it is apposed to, by {author.name!r}", confidence=0.4)
    actors, _ = actor_slot(resolver, token, predicate, table)
    if len(actors) != 1:
        return None
    actor = actors[0]
    if author.key == actor.key or actor.country is not None and author.country == actor.country:
        return None  # one's own state's act judged: no event
    return Found(predicate, token, actors, [author], None, predicate.mode, predicate.type)


def article_party(article, own: frozenset[str], hostile: bool, other_only: bool = False):
    """The state a reaction of the states `own` that names no one is aimed at: the state the article
    is about, else, for a hostile reaction, when that is one of `own` ("Téhéran a dénoncé une
    ingérence" in an article on the sanctions against Iran), the article's other party, named twice
    at least (praise of one's own state's matters answers no one: "Bagdad approuve le référendum").
    `other_only`: only the other party, not a state the article is about that is no party of it."""
    topic = topic_state(article)
    if topic is not None and article.index.actors[topic.actor_id].country not in own:
        return None if other_only else topic
    if topic is None or not hostile:
        return None
    other = topic_state(article, own)
    return other if other is not None and _named_times(article, other) >= OTHER_PARTY_MENTIONS else None


def _named_times(article, mention) -> int:
    """How many times the article names an actor, not as a place."""
    return sum(m.actor_id == mention.actor_id and not m.as_place for m in article.index.mentions)


def _acted_on(event: FoundEvent, actor, hostile: bool) -> bool:
    """Whether an earlier event was aimed at the reacting actor: at that actor, or, for a hostile
    reaction, at the state a person reacting speaks for ("Le Ghana a sanctionné le Togo. Le
    président togolais X a protesté."), by someone of another state (praise from a person answers
    no act on their state: "X a salué le courage de son peuple")."""
    if event.actor.key == actor.key:
        return False
    if event.mode == MEDIATE:
        return False  # a broker's good offices toward each side are nothing a side reacts against
    if event.recipient.key == actor.key:
        return True
    return hostile and actor.kind == "person" and event.recipient.kind == "country" and actor.country is not None and \
        event.recipient.country == actor.country and event.actor.country != actor.country


def _quote_says_whom(token: Token, quote, resolver: Resolver) -> bool:
    """Whether the token is the cue of a quote that says at whom it is aimed: one that names an
    actor, or any quote that is not the cue's object (the cue's quoted object that names nobody, "a
    dénoncé une « ingérence flagrante »", leaves the context to say whom)."""
    if quote.cue_start is None or not quote.cue_start <= token.idx < quote.cue_end:
        return False
    return any(not m.as_place for m in resolver.a.mentions_in(quote.start, quote.end)) or \
        not _quoted_object(token, quote, resolver.lex)


def _quoted_object(token: Token, quote, lex) -> bool:
    """Whether a quote lies in the direct object of its cue ("a dénoncé une « ingérence flagrante »
    dans ses affaires"), the thing the cue judges, not a complement of it."""
    return any(c.dep_ in lex.labels.object and _phrase_start(c, quote.start) <= quote.start and
               quote.end <= _phrase_end(c, quote.end) + 1 for c in token.children)


def _phrase_start(node: Token, limit: int) -> int:
    """Where a phrase starts, with the punctuation before it down to `limit`: the parser hangs the
    opening mark of "a dénoncé « des allégations »" on the verb, not on the noun it opens."""
    doc, first = node.doc, node.left_edge
    while first.i > 0 and doc[first.i - 1].is_punct and doc[first.i - 1].idx >= limit:
        first = doc[first.i - 1]
    return first.idx


def _phrase_end(node: Token, limit: int) -> int:
    """Where a phrase ends, with the punctuation after it up to `limit`: the parser hangs the closing
    mark of "une mesure « hostile »" on the verb, not on the noun it closes."""
    doc, last = node.doc, node.right_edge
    while last.i + 1 < len(doc) and doc[last.i + 1].is_punct and doc[last.i + 1].idx < limit:
        last = doc[last.i + 1]
    return last.idx + len(last)


def _judged_act(noun: Token, predicate: Predicate, lex) -> bool:
    """Whether the object of a hostile reaction names, by a hostile word of its own or of its
    adjective, the act it answers ("Lomé a dénoncé une ingérence flagrante", "une mesure injuste"):
    indefinite, it is still no new thing of the text but what the reaction is aimed at."""
    if predicate.type not in HOSTILE_REACTIONS:
        return False
    if word_stance(noun, lex) in HOSTILE_STANCES:
        return True  # not an adjective on any noun: "a dénoncé des groupes terroristes" names them
    return lex.bridging_nouns.get(noun.lemma_.lower()) == "act" and any(
        word_stance(c, lex) in HOSTILE_STANCES for c in noun.children if c.dep_ in lex.labels.adjective_modifier)


def _an_act_or_envoy(noun: Token, predicate: Predicate, table: PredicateTable, lex) -> bool:
    """Whether the object of a hostile reaction is an act (an event noun, a hostile word, an act
    judged: "une ingérence", "une décision unilatérale", "les sanctions") or an official summoned
    ("le chargé d'affaires"), rather than a thing of its own ("le projet Keystone XL")."""
    words = {noun.lemma_.lower(), noun.lower_}
    return bool(match_predicates(noun, table, lex)) or _judged_act(noun, predicate, lex) or bool(words & lex.role_nouns)


def _about_own_person(token: Token, actors, resolver: Resolver) -> bool:
    """Whether what a reaction is about names a person of the reacting actor's own state (in the
    predicate's own phrase, not the actor itself): concern or praise voiced about one's own leader
    ("a exprimé des inquiétudes quant à la spontanéité du président élu américain") is domestic,
    aimed at no state the article is about (GUIDELINES §7)."""
    own = {a.country for a in actors if a.country is not None}
    keys = {a.key for a in actors}
    if not own:
        return False
    # the parser often hangs "quant à …" on the light verb ("a exprimé des inquiétudes quant à …")
    phrase = list(token.children)
    if token.pos_ == "NOUN" and token.head != token and token.head.pos_ == "VERB":
        phrase += [c for c in token.head.children if c != token and c.pos_ not in ("VERB", "AUX")]  # no incise
    for child in phrase:
        if child.dep_ in resolver.lex.labels.subjects:
            continue
        for word in child.subtree:
            if word.pos_ not in ("NOUN", "PROPN"):
                continue
            arg = resolver.one(word, deep=False)
            if arg is not None and arg.kind == "person" and arg.key not in keys and arg.country in own:
                return True
    return False


def _names_a_side(token: Token, lex) -> bool:
    """Whether a noun names a side of its own, unresolved: an armed group's members, a side of a
    conflict, people standing for an actor ("les séparatistes", "les rebelles", "les milices")."""
    words = {token.lemma_.lower(), token.lower_}
    return bool(words & lex.side_nouns or words & set(lex.group_words) or words & lex.proxy_nouns)


def one_sided(sent: Span, resolver: Resolver, table: PredicateTable,
               earlier: list[FoundEvent]) -> list[FoundEvent]:
    """A sentence with one actor: its predicates' actors are remembered for the event nouns of later
    sentences ("La Corée du Nord a tiré un missile. Le tir a été condamné par …"), a verbal
    reaction answers whoever just acted on its actor (`reaction`), and an aid or a sanction told in
    turn goes where the one before went (`parallel_act`)."""
    lex = resolver.lex
    events = []
    for token in sent:
        if token.pos_ not in ("VERB", "NOUN") or is_embedded(token, lex):
            continue
        predicates = match_predicates(token, table, lex)
        if not predicates:
            continue
        if token.pos_ == "NOUN":  # "La Suède a annoncé un versement de 20 millions": a donor in turn
            found = additive_act(resolver, token, predicates[0], table, earlier) or \
                parallel_act(resolver, token, predicates[0], table, earlier)
        else:
            remember(token, predicates[0], None, resolver, table)
            found = additive_act(resolver, token, predicates[0], table, earlier) or \
                reaction(resolver, token, predicates[0], table, earlier) or \
                parallel_act(resolver, token, predicates[0], table, earlier)
        if found is not None:
            events += [event_of(found, actor, recipient, sent, resolver.a, table)
                       for actor in found.actors for recipient in found.recipients
                       if acceptable(actor, recipient, resolver.a.index.unlisted)]
    return events


def remember(token: Token, predicate: Predicate, actors, resolver: Resolver, table: PredicateTable) -> None:
    """Keep the actors of a verb predicate stated as done (not negated nor supposed), for
    `ArticleView.earlier_actors`."""
    if token.pos_ != "VERB" or not _told_as_fact(token, resolver):
        return
    if actors is None:
        actors, _ = actor_slot(resolver, token, predicate, table)
    if actors:
        _keep_if_stated(token, predicate, actors, resolver, table)


def _told_as_fact(token: Token, resolver: Resolver) -> bool:
    """Whether a predicate is told by the article, not said in a quote ("« … n'a aucun intérêt à
    tuer X »": what is said is no fact to take up) nor a clause modifying a noun."""
    return token.dep_ not in resolver.lex.labels.clausal_modifier and \
        not any(q.start <= token.idx < q.end for q in resolver.a.quotes)


def forget_unnamed(sent: Span, resolver: Resolver, table: PredicateTable) -> None:
    """Acts whose author the text gives but no actor names ("des hommes armés ont attaqué …",
    "l'exécution de soldats par les rebelles", "les rebelles ont procédé à des exécutions"): the
    latest act of its kind has no actor, so a later "ces attaques" takes up none, not the actors
    of an older act of the kind. Read before the sentence's events, which then remember theirs."""
    lex = resolver.lex
    for token in sent:
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        predicates = match_predicates(token, table, lex)  # (the cheap test first: most words are no predicate)
        if not predicates or is_embedded(token, lex) or not _told_as_fact(token, resolver) or \
                not _author_given(token, predicates[0], table, lex):
            continue
        actors, _ = actor_slot(resolver, token, predicates[0], table)
        if not actors:
            _keep_if_stated(token, predicates[0], [], resolver, table)


def _author_given(token: Token, predicate: Predicate, table: PredicateTable, lex) -> bool:
    """Whether an act names who did it: a verb's subject (its agent in the passive), an act
    noun's "par" agent or the subject of its light verb. A demonstrative act noun ("ces
    frappes") takes up an act told before: it tells no new one."""
    if token.pos_ == "VERB":
        return (agent_of(token, lex) if is_passive(token, lex) else subject_of(token, lex)) is not None
    if any("Dem" in c.morph.get("PronType") for c in token.children if c.dep_ in lex.labels.determiner):
        return False
    if any(has_marker(c, lex.agent, lex) for c in token.children) or agents_on_patient(token, lex):
        return True  # "par X" on the noun, or where the parser hangs it, on the noun's patient
    support = support_verb(token, table, lex)
    return support is not None and subject_of(support, lex) is not None


def _keep_if_stated(token: Token, predicate: Predicate, actors, resolver: Resolver, table: PredicateTable) -> None:
    """Remember the actors of a predicate stated as done, neither negated nor supposed (none:
    the act's author is no actor)."""
    negated, hypothetical, _ = flags(token, None, resolver.a, table)
    if not negated and not hypothetical:
        resolver.a.remember(predicate.type, actors)


def remember_speaker(token: Token, predicate: Predicate, resolver: Resolver, table: PredicateTable) -> None:
    """Keep the speaker of an incise cue that is a predicate ("« … », a accusé le ministre X") as
    the actor of its type, for the event nouns of later sentences ("Lomé a rejeté ces
    accusations"): the parser reads the speaker as the cue's object, so `remember` finds none."""
    quote = next((q for q in resolver.a.quotes
                  if q.cue_start is not None and q.cue_start <= token.idx < q.cue_end), None)
    speaker = speaker_arg(resolver.a, quote) if quote is not None else None
    if speaker is not None:
        _keep_if_stated(token, predicate, [speaker], resolver, table)
