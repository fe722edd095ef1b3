"""Verbal events carried by quotes: one per quote and foreign actor its words name (the typing of
the words is quote_acts.py's), unless a predicate of the quote or of its sentence already codes the pair;
a threat or a blame that names no foreign actor answers whoever just acted on the speaker's state,
else the article's other party (reactions.py).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..textutil import text_of
from .addressed import addressed_type, addressee, asked
from .arguments import Resolver
from .article_view import Arg, ArticleView
from .found import EARLIER_ACT_WINDOW, FoundEvent, acceptable
from .modality import event_date, flags
from .nominals import sided_body
from .predicates import PredicateTable
from .quote_acts import ASSERTED_TYPED, CUE_TYPED, STATED_TYPED, VEILED_TYPED, quote_type
from .quote_targets import condition_subject, cue_token, former, main_subject, relayed_target, reported_side, speaker_arg, targets
from .reactions import HOSTILE_REACTIONS, answering, article_party


def _same_side(a: Arg, b: Arg) -> bool:
    return a.key == b.key or (a.country is not None and a.country == b.country)


def quoted_events(article: ArticleView, table: PredicateTable, found: list[FoundEvent]) -> list[FoundEvent]:
    """Verbal events carried by quotes (quote_acts.py, quote_targets.py): one per quote and foreign actor its words name,
    unless a predicate of the quote or of its sentence already codes that pair."""
    events: list[FoundEvent] = []
    said: set[tuple] = set()
    for quote in article.quotes:
        speaker = _described_speaker(article, quote) or speaker_arg(article, quote)
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
        asking = spoken_to is None and typed is not None and typed[2].startswith(CUE_TYPED)
        spoken_to = spoken_to or (asked(article, quote, token) if asking else None)  # "a appelé Kigali à « … »"
        if spoken_to is not None and all(t.key != spoken_to.key for t in named):
            named.append(spoken_to)
        if typed is not None and typed[0] in HOSTILE_REACTIONS and typed[2].startswith((CUE_TYPED, VEILED_TYPED)) and \
                _main_act(token, article) and not _speaks_of_someone(article, quote, token) and \
                not any(acceptable(speaker, t, article.index.unlisted) for t in named):
            # "« nous répondrons de manière proportionnée », a averti Téhéran": a cue that threatens
            # or blames, whose quote names no foreign actor, answers whoever just acted on the
            # speaker's state, as a verbal reaction with no recipient does (reactions.py); not a
            # hostile word alone, which may blame anyone ("« l'ennemi est en déroute »")
            named = _answered(article, speaker, found, sent, _judges_a_thing(token, article))
            answered = {t.key for t in named}
        elif typed is not None and typed[0] == "SUPPORT" and typed[2].startswith(CUE_TYPED) and \
                _main_act(token, article) and _judged_in_quote(token, quote, article) and \
                not _speaks_of_someone(article, quote, token) and \
                not any(acceptable(speaker, t, article.index.unlisted) for t in named):
            # "X a salué « une étape décisive »": praise whose quoted object names no foreign actor
            # answers, as a blame does, whoever just acted toward the speaker, else the state the
            # article is about (the thing praised is what that state did)
            named = _answered(article, speaker, found, sent, True, hostile=False)
            answered = {t.key for t in named}
        else:
            answered = set()
        for target in named:
            if not acceptable(speaker, target, article.index.unlisted) or reported_side(quote, target, speaker, found) or \
                    relayed_target(article, quote, target):
                continue
            addressed = target is spoken_to
            typed_for = addressed_type(article, quote, table) if addressed else typed if target.key in answered else \
                quote_type(article, quote, table, target)
            if typed_for is None:
                continue
            kind = typed_for[:2]
            if addressed and not (target.country and (speaker.country or asking)):
                # what is said to someone of no known state: no interaction of states; but a body
                # of no state that calls on a state acts toward it ("L'ONG a appelé Kigali à …")
                continue
            if not addressed and typed_for[2] == STATED_TYPED and not (target.kind == "country" and speaker.country):
                # a stated position is an event between states only: an expert's or an NGO's
                # words naming a person or a body cost more precision than they found events
                continue
            if not addressed and target.key not in answered and \
                    (kind[0] == "REQUEST" or typed_for[2].startswith((CUE_TYPED, ASSERTED_TYPED))) and \
                    not main_subject(article, quote, target) and \
                    not (kind[0] == "THREATEN" and condition_subject(article, quote, target)):
                # a demand is aimed at whom it asks to act, not at whoever else it names; a cue
                # ("a accusé", "a averti") says how the speaker speaks, not at whom: the one the
                # quote's main clause says acts (a type from the words' stance is aimed already:
                # the stance word stands in the target's clause or one governing it, quote_type)
                continue
            pair = frozenset((speaker.key, target.key))
            if any(lo <= e.start < hi and not e.negated and (frozenset((e.actor.key, e.recipient.key)) == pair or
                                           e.recipient.key == target.key and _same_side(e.actor, speaker)) and
                   not _another_act(e, quote, typed_for) for e in found):
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


def _another_act(event: FoundEvent, quote, typed: tuple[str, str | None, str]) -> bool:
    """Whether an event of the quote's sentence is another act than the one its cue types: a verb
    of its own outside the quote, of another type ("X a accusé le Canada de …, et a prévenu que
    …": an accusation, then a threat)."""
    return typed[2].startswith(CUE_TYPED) and event.type != typed[0] and not quote.start <= event.start < quote.end


def _main_act(cue: Token, article: ArticleView) -> bool:
    """Whether a cue is an act of its own, not a participle or a gerund telling of something else
    ("l'Aléna, accusé de …", "accusant Soros de …"): only that act answers the context."""
    labels = article.lex.labels
    if cue.dep_ in labels.clausal_modifier or cue.dep_ in labels.adverbial_clause:
        return False
    if cue.pos_ == "VERB" and "Part" in cue.morph.get("VerbForm"):
        return any(c.dep_ in labels.tense_auxiliary for c in cue.children)  # "a accusé", not "accusé de"
    return True


def _speaks_of_someone(article: ArticleView, quote, cue: Token) -> bool:
    """Whether a quote, or the sentence around its words, speaks of someone named before by a
    third-person subject pronoun ("« Nous ferons en sorte » qu'il « ne soit pas au détriment de
    l'Europe », a-t-il prévenu"): it may name a foreign actor that way; not the cue's own subject,
    the speaker ("a-t-il prévenu")."""
    sent = cue.sent
    span = article.doc.char_span(min(quote.start, sent.start_char), max(quote.end, sent.end_char),
                                 alignment_mode="contract")
    lex = article.lex
    return any(t.pos_ == "PRON" and t.lower_ in lex.personal_pronouns and t.dep_ in lex.labels.subjects and
               t.head != cue for t in span or ())


def _judges_a_thing(cue: Token, article: ArticleView) -> bool:
    """Whether a hostile cue judges an act, its direct object an act noun (a bridging act noun or
    an event noun: "a qualifié la décision d'« incompréhensible »", "a dénoncé des sanctions
    « illégales »"): a judgement of what the state the article is about did, not words about
    someone named before."""
    lex = article.lex
    return any(c.dep_ in lex.labels.object and c.pos_ == "NOUN" and c.i not in article.by_token and
               (lex.bridging_nouns.get(c.lemma_.lower()) == "act" or c.lemma_.lower() in article.act_nouns)
               for c in cue.children)


def _judged_in_quote(cue: Token, quote, article: ArticleView) -> bool:
    """Whether a quote opens the nominal object or complement of its cue, the thing the cue judges
    ("a salué « une étape décisive »", "s'est félicité d'une avancée « encourageante »"), not a
    clause it reports ("a salué le fait que …", "a salué : « … »")."""
    labels = article.lex.labels
    words = list(article.doc.char_span(quote.start, quote.end, alignment_mode="contract") or ())
    opened = next((i for i, t in enumerate(words) if t.is_quote), -1)  # the quoted words, past "un accord qui évite «"
    first = next((t for t in words[opened + 1:] if not t.is_punct), None)
    if first is None or first.i <= cue.i:
        return False
    for child in cue.children:
        if child.pos_ not in ("NOUN", "PROPN", "ADJ") or \
                not (child.dep_ in labels.object or child.dep_ in labels.oblique_argument):
            continue
        node = first
        while node != child and node.head != node and node.pos_ not in ("VERB", "AUX"):
            node = node.head  # "a salué un accord qui évite « une escalade »": a clause of its own
        if node == child:
            return True
    return False


def _answered(article: ArticleView, speaker: Arg, found: list[FoundEvent], sent: Span,
              judged: bool = False, hostile: bool = True) -> list[Arg]:
    """The side a hostile quote that names no foreign actor answers: the actor of the latest event
    aimed at the speaker, else the article's other party when it is about the speaker's state
    (reactions.py), or, for a cue judging a thing done (`judged`), the state the article is about."""
    if speaker.country is None:
        return []
    answered = answering(speaker, hostile, found, sent)
    if answered is not None:
        return [answered]
    # only the other party of an article about the speaker's state: a state the article is about
    # that is no party of the speaker's may be no aim of theirs ("« nous ferons en sorte qu'il … »")
    topic = article_party(article, frozenset((speaker.country,)), hostile, other_only=not judged)
    if topic is None or not hostile and not _named_before(article, topic, sent):
        return []
    return [replace(article.arg_of_mention(topic, 0.3),
                    how=f"no recipient named: the state the article is about, {topic.text!r}")]


def _named_before(article: ArticleView, topic, sent: Span) -> bool:
    """Whether the state the article is about, or one of its people, is named in the sentence or
    the two before: praise that names no one is aimed at what was just told of that state ("Berne
    a restitué les fonds. X a salué « une étape décisive »"), not at a state the story left."""
    country = article.index.actors[topic.actor_id].country
    return any(article.index.actors[m.actor_id].country == country
               for m in article.mentions_in(max(sent.start_char - EARLIER_ACT_WINDOW, 0), sent.end_char))


def _portfolio_only(article: ArticleView, actor_id: str) -> bool:
    """Whether the quotes layer resolved the speaker to an organisation the gazetteer does not
    know and that carries no state, such as the portfolio of a ministry ("le ministère indien des
    Affaires extérieures" read as "Affaires extérieures"): its description then says whose it is."""
    actor = article.index.actors.get(actor_id)
    return actor is not None and actor.kind == "organization" and not actor.country and \
        article.gaz.organization(actor.name) is None


def _described_speaker(article: ArticleView, quote) -> Arg | None:
    """A speaker the quotes layer leaves as a description of a state's body or official (or reads
    as a bare portfolio, `_portfolio_only`), which
    names its state inside ("le ministère de la Défense de Russie", "le ministère des Affaires
    étrangères français", "le gouvernement de Justin Trudeau"): the state (or the person) named
    in it, read as an event side is read inside a noun phrase (Resolver.search). Only a noun
    standing for a state or an office: "un homme marocain" speaks for no state."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    if quote.speaker_actor is not None and not _portfolio_only(article, quote.speaker_actor):
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
    if former(span, lex):
        return None  # "un ancien ambassadeur du Canada à Pékin": no longer the state's voice
    found = Resolver(article, head.sent).search(head, 3)
    if found is None:  # "Côté israélien, le ministère des Affaires étrangères a fait savoir « … »"
        sided = sided_body(article, head, head.sent)
        return sided and replace(sided, confidence=0.5, how=f"the quote's speaker, described: {sided.how}")
    if found.kind == "media" or found.country is None or \
            not (span.start_char <= found.start and found.end <= span.end_char):
        return None
    return replace(found, start=span.start_char, end=span.end_char, confidence=0.5,
                   how=f"the quote's speaker, described: {span.text!r} ({found.how})")
