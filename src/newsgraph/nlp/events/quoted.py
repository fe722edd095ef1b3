"""Verbal events carried by quotes: a speaker of one state who accuses, warns, threatens, praises,
calls on or rejects another state (or its leader) in what they say.

The quotes layer gives the speaker, the cue and the span (read through `article_view.quotes_of`). A
quote whose speaker is an actor of one state and whose words name an actor of another is a verbal
event of the speaker toward that actor: its type is the cue's when the cue is an event predicate
("a accusé", "a averti", "a salué"), else the stance of the quote's words (`event_stance_words.tsv`:
threat, demand, hostile, friendly); a quote with no stance is a stated position, an event only
between states (a speaker with a country, a state named). The evidence is the quote, and
`reported_by` its speaker.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ...model import QUAD_CLASSES
from ..lexicon import guess_lemmas
from ..quotemarks import find_quoted
from ..textutil import text_of
from .article_view import Arg, ArticleView, QuoteView, display_name, no_party
from .governors import stopped_by_verb
from .groups import qualifies_people
from .predicates import SLOT_MARKERS, PredicateTable, asserts, case_of, has_marker, lemmas_of, match_predicates, word_stance
from .references import anaphoric_countries, bridged_state
from .voice import is_passive

# the PLOVER type (and mode) each stance of the quote's words codes (docs/events.md)
STANCE_TYPES = {"threat": ("THREATEN", None), "demand": ("REQUEST", None), "hostile": ("ACCUSE", "disapprove"),
                "friendly": ("SUPPORT", None)}
STANCE_ORDER = ("threat", "demand", "hostile", "friendly")
# verbal types a cue may give the quote's event (a cue "a signé" or "a frappé" is no speech)
VERBAL_TYPES = {"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"}
CUE_TYPED = "the quote's cue"  # how the `why` of a type given by the cue starts
ASSERTED_TYPED = "the quote's asserting cue"  # … by the words under a cue that asserts ("a soutenu que")
# a retaliation announced without a threat word ("« nous prendrons les mesures nécessaires »",
# event_veiled_threats.tsv): a threat that, naming no foreign actor, answers the context as a cue does
VEILED_TYPED = "a veiled threat in the quote"
# a quote with neither a verbal cue nor a stance word: a stated position toward the state it names,
# which the guidelines annotate as a statement; PLOVER has no neutral verbal type, so it is coded
# as the verbal cooperation of a position stated (SUPPORT), only between states (component.py)
STATED_TYPED = "a stated position: the quote has no stance word"
# a speaker who says that a foreign actor attacks, sanctions, arrests or threatens ("« la Russie
# bombarde nos villes »") accuses it: PLOVER ACCUSE covers charging an actor with a hostile act
HOSTILE_ACT_TYPES = frozenset(QUAD_CLASSES["material_conflict"])


def speaker_arg(article: ArticleView, quote: QuoteView) -> Arg | None:
    """The quote's speaker as an event side, when resolved to an actor that is no medium."""
    actor = article.index.actors.get(quote.speaker_actor) if quote.speaker_actor else None
    if actor is None or actor.kind == "media":
        return None
    start = quote.speaker_start if quote.speaker_start is not None else quote.start
    end = quote.speaker_end if quote.speaker_end is not None else quote.start
    said = article.doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if actor.kind == "country" and said is not None and former(said, article.lex):
        return None  # "un ancien ambassadeur de Suède": read as his state, no longer its voice
    state = article.body_state_arg(actor, start, end, 0.5, f"the quote's speaker, {quote.speaker_name!r}, its state's body")
    if state is not None:  # "« … », a déclaré le Conseil fédéral": the state's body speaks for it
        return state
    return Arg(actor.id, display_name(actor, article.index), actor.kind, actor.country, start, end,
               confidence=0.5, official=no_party(actor, article.lex),
               how=f"the quote's speaker, {quote.speaker_name!r}")


def former(span: Span, lex) -> bool:
    """Whether a description is of a former office holder ("un ancien ambassadeur de Suède",
    "l'ex-ministre malien"): a former adjective before the description's head, or its hyphenated
    prefix on the head; not a word of a complement after it ("le ministre des Anciens combattants")."""
    formers, head = lex.former_adjectives, span.root
    return any(t.lower_ in formers for t in span if t.i < head.i) or \
        any(head.lower_.startswith(f"{f}-") for f in formers)


def targets(article: ArticleView, quote: QuoteView, table: PredicateTable) -> list[Arg]:
    """Actors the quote's words name as a participant: the subject, object or complement of a verb
    ("la Russie a piraté", "nous aidons l'Ukraine"), or the complement or demonym of a noun standing
    for a state ("le gouvernement de Kiev", "les troupes américaines"); not places ("au Liban"),
    media, names inside another name ("les accords de Minsk") or descriptions of a person
    ("la secrétaire d'État américaine")."""
    found: dict[str, Arg] = {}
    doc, lex = article.doc, article.lex
    own = speaker_words(article, quote)
    for mention in article.mentions_in(quote.start, quote.end):
        if mention.end > quote.end or mention.as_place or mention.kind == "media":
            continue
        if not any(s <= mention.start and mention.end <= e for s, e in own):
            continue  # the narrator's words around a continuation's marks
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if _reported_side(root, table, lex):
            continue  # "« l'attentat commis contre X »": a side of the event the quote reports, not a target
        if root.pos_ == "ADJ" and root.head != root:
            if not _demonym_acts(root, article, lex):
                continue  # "le gouvernement russe a piraté", not "la secrétaire d'État américaine"
        elif mention.descriptive or not _participant(root, lex, article.act_nouns):
            continue
        arg = replace(article.arg_of_mention(mention, 0.5), how="named in the quote")
        if not arg.stance:
            found.setdefault(arg.key, arg)
    span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    for token in span or ():
        if not any(s <= token.idx < e for s, e in own):
            continue
        if token.pos_ == "NOUN" and _participant(token, lex, article.act_nouns):
            bridged = bridged_state(article, token, token.sent)
            if bridged is not None:  # "« le régime s'engouffre dans la répression »"
                arg = article.arg_of_mention(bridged, 0.4)
                found.setdefault(arg.key, replace(arg, start=token.idx, end=token.idx + len(token.text),
                                                  how=f"bridging in the quote: {token.text!r} stands for {arg.name!r}"))
                continue
            qualified = any(c.dep_ in lex.labels.adjective_modifier or c.dep_ in lex.labels.nominal_modifier
                            for c in token.children)  # "l'État polonais": named, no anaphor
            taken = [] if qualified else anaphoric_countries(article, token, token.sent)
            if len(taken) == 1 and not lex.has_stance(taken[0].text):  # "« ce pays doit respecter ses engagements »"
                arg = article.arg_of_mention(taken[0], 0.4)
                found.setdefault(arg.key, replace(arg, start=token.idx, end=token.idx + len(token.text), place=False,
                                                  how=f"anaphora in the quote: {token.text!r} takes up {taken[0].text!r}"))
            continue
        if token.i in article.by_token or token.pos_ != "ADJ" or not _demonym_acts(token, article, lex):
            continue
        arg = article.arg_of_demonym(token, 0.5)
        if arg is not None and not arg.stance:
            found.setdefault(arg.key, replace(arg, how=f"demonym in the quote: {token.head.text} {token.text}"))
    return list(found.values())


def speaker_words(article: ArticleView, quote: QuoteView) -> list[tuple[int, int]]:
    """The parts of a quote that are the speaker's words: all of it, except in a continuation (a
    quote with no cue of its own, lent the speaker of a quote before it) that mixes the narrator's
    words with quoted ones ("L'Irak avait été retiré de la liste « en raison de … »"): there only
    the words inside quotation marks are the speaker's, the rest is the narrator's."""
    whole = [(quote.start, quote.end)]
    if not quote.continuation:
        return whole
    text = text_of(article.doc)[quote.start:quote.end]
    marked = [(quote.start + q.open_at, quote.start + q.outer_end) for q in find_quoted(text)]
    return marked or whole  # a continuation with no marks (indirect speech) is the speaker's


def _demonym_acts(token: Token, article: ArticleView, lex) -> bool:
    """Whether a demonym stands for its state in the quote: on a noun standing for a state ("le
    gouvernement russe"), or inside the subject of a clause that names no person ("la présence
    d'actifs américains menace …"); not describing a person ("la secrétaire d'État américaine
    Hillary Clinton"), a named actor ("le Hezbollah libanais"), a place ("dans les prisons
    syriennes") or a topic ("la question syrienne")."""
    head = token.head
    if head.i in article.by_token or head.pos_ == "PROPN":
        # "le Hezbollah libanais", "le PKK irakien": the demonym describes a name (an actor of the
        # index or one it does not know), which stands for itself, not for the state
        return False
    if qualifies_people(head, lex):
        return False  # "les Kurdes iraniens", "les forces kurdes irakiennes": a people of no state
    if _stands_for_state(head, lex):
        return _participant(head, lex)
    if head.pos_ == "NOUN" and _stance(head, lex) in ("hostile", "threat"):
        # "« c'est une provocation nord-coréenne »": the author of the hostile act the quote is about
        return head.head == head or _participant(head, lex, article.act_nouns)
    labels = lex.labels
    node = head
    for _ in range(3):
        if node.dep_ in labels.subjects:
            phrase = list(node.subtree)
            return not any(article.by_token.get(t.i) is not None and article.by_token[t.i].kind == "person"
                           for t in phrase)
        if not (node.dep_ in labels.nominal_modifier and case_of(node, lex) in lex.prepositions[lex.genitive]):
            return False
        node = node.head
    return False


def _reported_side(token: Token, table: PredicateTable, lex) -> bool:
    """Whether a nominal is a complement of an event noun the quote reports ("l'attentat contre X",
    "l'attentat commis contre X")."""
    labels = lex.labels
    if not (token.dep_ in labels.oblique or token.dep_ in labels.nominal_modifier):
        return False
    head = token.head
    if head.dep_ in labels.clausal_modifier and head.head != head:
        head = head.head  # through the participle: "commis", "perpétré", "mené"
    rows = match_predicates(head, table, lex) if head.pos_ in ("NOUN", "PROPN") else []
    if rows and rows[0].type in HOSTILE_ACT_TYPES and has_marker(token, lex.agent, lex):
        return False  # "« l'attaque menée par le Hamas est un crime »": its author, said to act with hostility
    return bool(rows)


def _participant(token: Token, lex, acts: frozenset[str] = frozenset()) -> bool:
    """Whether a nominal is a participant of its clause rather than a place or a name part."""
    labels = lex.labels
    if case_of(token, lex) in lex.locative_cases:
        return False
    if token.dep_ in labels.subjects or token.dep_ in labels.object or token.dep_ in labels.indirect_object or \
            token.dep_ in labels.oblique or token.dep_ in labels.conjunct:
        return True
    if token.dep_ in labels.nominal_modifier or token.dep_ in labels.apposition:
        head = token.head
        # "le gouvernement de Kiev", "les combattants de l'État islamique": a noun standing for
        # the actor its complement names
        proxy = head.lemma_.lower() in lex.proxy_nouns or head.lower_ in lex.proxy_nouns
        act = _act_of(token, head, lex, acts)
        if not (proxy or _stands_for_state(head, lex) or act):
            return False
        if act and head.head == head:
            return True  # "« c'est une provocation de la Corée du Nord »": the act the quote is about
        return _participant(head, lex, acts)
    return False


def _act_of(token: Token, head: Token, lex, acts: frozenset[str] = frozenset()) -> bool:
    """Whether a nominal is the author of an act noun the quote judges ("« irresponsable » la décision
    de Washington", "« la politique de la Turquie » est dangereuse"): an act noun of the bridging
    list (event_bridging_nouns.tsv, kind act) or a hostile noun ("« les mensonges de Washington »",
    `_hostile_noun`) and its "de" complement; not a place nor a victim ("la décision contre l'Iran"
    names no author). `acts` are the predicate table's nouns (ArticleView.act_nouns)."""
    kind = lex.bridging_nouns.get(head.lemma_.lower()) or lex.bridging_nouns.get(head.lower_)
    authored = kind == "act" or bool(acts) and _hostile_noun(head, lex, acts)
    return authored and token.dep_ in lex.labels.nominal_modifier and \
        case_of(token, lex) in lex.prepositions[lex.genitive]


def _hostile_noun(token: Token, lex, acts: frozenset[str]) -> bool:
    """Whether a noun names a hostile act of someone ("les provocations de la Corée du Nord", "les
    mensonges de Washington", "une ingérence russe"): a hostile or threatening word of the stance
    list; not an event noun of the predicate table, whose "de" complement may be its victim
    ("l'invasion de l'Ukraine", read by its frame instead)."""
    if token.pos_ != "NOUN" or _stance(token, lex) not in ("hostile", "threat"):
        return False
    return not (token.lemma_.lower() in acts or token.lower_ in acts)


def _stands_for_state(token: Token, lex) -> bool:
    """"le gouvernement", "les forces", "le président": a noun whose complement or demonym is a
    state acting (not "l'opposition syrienne", "les prisons syriennes")."""
    nouns = lex.state_nouns | lex.role_nouns
    return token.lemma_.lower() in nouns or token.lower_ in nouns


def quote_type(article: ArticleView, quote: QuoteView, table: PredicateTable,
               target: Arg | None = None) -> tuple[str, str | None, str] | None:
    """(type, mode, why) of the verbal event a quote carries (toward `target`): the cue's predicate
    (not one that asserts, "a soutenu que": ASSERTED_TYPED, the words type it), else the stance of its
    words (in the target's clause or one governing it: "« nous cherchons des liens plus étroits avec
    la Russie »", not a friendly word of a clause below), else a stated position (STATED_TYPED)."""
    doc, lex = article.doc, article.lex
    if quote.cue_start is not None:
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        for token in cue or ():
            if asserts(token, table, lex):
                typed = _words_type(article, quote, table, target)  # "a soutenu que": aimed as a cue's
                return typed and (typed[0], typed[1], f"{ASSERTED_TYPED} {cue.text!r}, {typed[2]}")
            for predicate in match_predicates(token, table, lex):
                if predicate.type in VERBAL_TYPES and not _reflexive_other(token, predicate, lex):
                    why = f"{CUE_TYPED} {cue.text!r} (predicate {predicate.expression!r})"
                    return predicate.type, predicate.mode, why
    return _words_type(article, quote, table, target)


def _words_type(article: ArticleView, quote: QuoteView, table: PredicateTable,
                target: Arg | None) -> tuple[str, str | None, str] | None:
    """(type, mode, why) of a quote's words (`quote_type`, past its cue)."""
    doc, lex = article.doc, article.lex
    span = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    named = doc.char_span(target.start, target.end, alignment_mode="expand") if target is not None else None
    governing = set(_clauses_above(named.root, lex)) if named is not None else None
    if named is not None:
        # "« nous ne laisserons pas la Corée du Nord menacer nos alliés »": an infinitive hung on
        # the target is the target's own act, its words are said of the target
        governing |= {c for c in named.root.children
                      if (c.dep_ in lex.labels.clausal_modifier or c.dep_ in lex.labels.open_complement)
                      and "Inf" in c.morph.get("VerbForm")}
    stances: dict[str, str] = {}
    for token in span or ():
        stance = _stance(token, lex)
        if stance == "threat" and stopped_by_verb(token, table, lex):
            continue  # "« X doit retirer ses menaces »": a threat withdrawn is none
        if stance == "friendly" and _friendship_denied(token, table, lex):
            stance = "hostile"  # "« la Chine n'est pas un partenaire »", "« une confiance rompue »": a reproach
        if stance == "threat" and named is not None and _made_by(token, named.root, lex):
            stance = "hostile"  # "« le Togo menace notre pays »": the target threatens, the speaker accuses it
        elif stance in ("demand", "hostile") and named is not None and _made_by(token, named.root, lex) and \
                _speech_act(token, table, lex):
            continue  # "[a dit que] la Guinée réclamait la levée des sanctions": the target's own demand, relayed
        why = f"the quote's words: {token.text!r} ({stance})"
        if stance is None and _veiled_threat(token, article):
            if named is not None and _made_by(token.head, named.root, lex):
                continue  # "« le Maroc se réserve le droit de répondre »": the target's own retaliation, relayed
            stance, why = "threat", f"{VEILED_TYPED}: {token.text!r}"
        if stance is not None and (governing is None or _own_clause(token, lex) in governing):
            stances.setdefault(stance, why)
    act = _hostile_act(named.root, table, lex) if named is not None else None
    for stance in STANCE_ORDER:
        if stance == "friendly" and act is not None:
            break  # "« les Américains nous frappent, on se tourne vers nos amis »": the charge outweighs praise
        if stance in stances:
            return (*STANCE_TYPES[stance], stances[stance])
    if act is not None:
        return "ACCUSE", "disapprove", f"the quote says the target acts with hostility ({act.text!r})"
    warned = _warned_act(named.root, table, lex) if named is not None else None
    if warned is not None:
        return "THREATEN", None, f"the quote warns the target against a hostile act ({warned.text!r})"
    if not lex.stance_words:
        # a pack with no stance words cannot tell a neutral quote from a hostile one: "warned X to
        # refrain", "will never accept X" would be coded as support (the English pack has none yet)
        return None
    return "SUPPORT", None, STATED_TYPED


def relayed_target(article: ArticleView, quote: QuoteView, target: Arg) -> bool:
    """Whether a target is acted on by a third-person subject pronoun of a quote a report marker
    opens ("Selon l'Inde, elles ont condamné X"): someone else's act the speaker relays, aimed at X
    by no one the speaker stands for (not "X a dit qu'il …", whose pronoun is the speaker)."""
    lex = article.lex
    named = article.doc.char_span(target.start, target.end, alignment_mode="expand")
    if named is None or quote.cue_start is None or quote.speaker_start is None or \
            quote.cue_start > quote.speaker_start:
        return False
    verb = named.root.head
    return verb.pos_ in ("VERB", "AUX") and named.root.dep_ not in lex.labels.subjects and any(
        c.dep_ in lex.labels.subjects and c.pos_ == "PRON" and c.lower_ in lex.personal_pronouns
        for c in verb.children)


def _made_by(word: Token, target: Token, lex) -> bool:
    """Is the target the one who does what a word of the quote names: the subject of its verb
    ("« le Togo menace notre pays »"), or the "de" complement of its noun ("« les menaces du Togo »")?"""
    while target.pos_ == "ADJ" and target.head != target:  # a demonym: the noun it qualifies
        target = target.head
    if target.head != word or target == word:
        return False
    labels = lex.labels
    return target.dep_ in labels.subjects or \
        target.dep_ in labels.nominal_modifier and case_of(target, lex) in lex.prepositions[lex.genitive]


def _speech_act(word: Token, table: PredicateTable, lex) -> bool:
    """Whether a stance word is an act of speech (a demand, "réclamer", or a verbal predicate of the
    table, "accuser", "condamner"): made by the target, it is the target's, not the speaker's; a
    hostile act made by the target ("« la Russie ment »") is still the speaker's charge."""
    if _stance(word, lex) == "demand":
        return True
    rows = match_predicates(word, table, lex)
    return bool(rows) and rows[0].type in VERBAL_TYPES


def _stance(token: Token, lex) -> str | None:
    """The stance a word of a quote carries, by its lemma or form, else by the infinitive its
    ending suggests: the tagger leaves some verbs alone ("« la Russie ment »" read as a noun "ment"),
    and a hostile verb missed turns an accusation into a stated position."""
    found = word_stance(token, lex)
    if found is None and token.is_alpha and token.lemma_.lower() == token.lower_:
        found = next((stance for g in guess_lemmas(token) if (stance := lex.stance_of(g, token.pos_))), None)
    return None if found is not None and _denied(token, lex) else found


def _friendship_denied(token: Token, table: PredicateTable, lex) -> bool:
    """Whether a friendly word of a quote is denied or broken: negated itself (a verb, or a noun as
    the copula's attribute: "« X n'est pas un partenaire fiable »"), the object of a negated verb,
    or of a stop verb that is not itself negated ("« X a rompu la confiance »", not "« rien ne
    pourra rompre l'amitié »"), or a noun a stop participle qualifies, itself or the noun it
    completes ("« une relation de confiance rompue »"). Such words reproach. A restricted negation
    adds rather than denies ("« n'est pas seulement un partenaire »")."""
    if _negated(token, lex):
        return True
    head, labels = token.head, lex.labels
    if head != token and token.dep_ in labels.object and (_negated(head, lex) or (
            head.lemma_.lower() in table.stop_verbs and not _negated(head, lex) and
            not (head.dep_ in labels.open_complement and _negated(head.head, lex)))):
        return True
    nouns = [token] + ([head] if head != token and token.dep_ in labels.nominal_modifier else [])
    return any(c.dep_ in labels.clausal_modifier and c.lemma_.lower() in table.stop_verbs
               for n in nouns for c in n.children)


def _negated(word: Token, lex) -> bool:
    """Whether a word carries the negation particle ("ne": "plus", "jamais" alone compare or stress,
    "des liens plus étroits") with no restrictive adverb ("ne … pas seulement" adds)."""
    children = list(word.children)
    return any(c.lower_ in lex.negation_particles for c in children) and \
        not any(c.lower_ in lex.restrictive_adverbs for c in children)


def _veiled_threat(token: Token, article: ArticleView) -> bool:
    """Whether a noun of a quote announces a retaliation in veiled words (event_veiled_threats.tsv):
    with its companion ("les mesures **nécessaires**", "**toutes** les options", "le droit de
    **répondre**"), governed by one of its verbs if the row names any ("**prendre** les mesures
    nécessaires", "se **réserver** le droit de …"), the word that governs it not negated ("nous ne
    prendrons pas les mesures …", "nous n'avons pas étudié toutes les options" are none), nor aimed
    at a thing that is no actor (`_against_a_thing`)."""
    lex = article.lex
    rows = lex.veiled_threats.get(token.lemma_.lower()) or lex.veiled_threats.get(token.lower_)
    if not rows or token.pos_ != "NOUN" or _denied(token, lex):
        return False
    verb = token.head
    if any(c.lower_ in lex.negation_particles for c in verb.children):  # "ne": "plus" alone may compare
        return False  # "nous n'avons pas étudié toutes les options", "ne prendrons pas les mesures …"
    for companions, verbs in rows:
        if verbs and (verb == token or not verbs.intersection(lemmas_of(verb, lex))):
            continue  # ("se réserve": a verb the lemmatizer may leave as written)
        if any(_base_forms(c, lex) & companions for c in token.children):
            return not _against_a_thing(verb, article)
    return False


def _against_a_thing(verb: Token, article: ArticleView) -> bool:
    """Whether measures are aimed, by the opposing preposition (event_prepositions.tsv: "contre"),
    at a thing the quote names that is no actor, on the verb that takes them or below it ("les
    mesures nécessaires pour protéger la population contre l'épidémie", "afin de lutter contre la
    propagation du virus"): protection, no retaliation; "contre les provocations togolaises" names
    whose acts they answer."""
    lex = article.lex
    forms = lex.prepositions.get(lex.opposing, frozenset()) if lex.opposing else frozenset()
    aims = [t for t in verb.subtree if t.pos_ in ("NOUN", "PROPN") and case_of(t, lex) in forms]
    return bool(aims) and not any(w.i in article.by_token or w.pos_ == "ADJ" and article.arg_of_demonym(w) is not None
                                  for t in aims for w in t.subtree)


def _base_forms(token: Token, lex) -> set[str]:
    """A word's lemma and its form without an agreement ending (event_grammar's agreement_ending:
    "appropriées" → "approprié", which the lemmatizer may take for the verb "approprier"; "toutes"
    → "tout")."""
    form = token.lower_
    return {token.lemma_.lower(), form} | {form[:-len(end)] for end in lex.agreement_endings if form.endswith(end)}


def _denied(token: Token, lex) -> bool:
    """Whether a word is denied by its own determiner or preposition ("« sans aucune provocation »",
    "« sans provocation de la Chine »", "« aucune ingérence »"): the quote says it is not there, so
    it carries no stance (a negated verb still does: "« n'est pas un partenaire fiable »")."""
    if token.pos_ == "ADJ" and token.dep_ in lex.labels.adjective_modifier and token.head != token:
        token = token.head  # "« aucune mesure unilatérale »": the adjective of a noun denied is denied with it
    return any(c.lower_ in lex.negative_determiners or c.lower_ in lex.privative_cases for c in token.children
               if c.dep_ in lex.labels.determiner or c.dep_ in lex.labels.case_marker or c.dep_ in lex.labels.marker)


def _hostile_act(token: Token, table: PredicateTable, lex) -> Token | None:
    """The material-conflict predicate a target is the subject of in the quote ("« la Russie
    bombarde nos villes »", "« le régime a arrêté des opposants »"), or the author of as its
    demonym ("« les frappes russes ont détruit … »"), if any."""
    labels = lex.labels
    if token.pos_ == "ADJ" and token.head != token and token.head.pos_ == "NOUN":
        rows = match_predicates(token.head, table, lex)  # "« les frappes israéliennes ont tué … »": its author
        if rows and rows[0].type in HOSTILE_ACT_TYPES:
            return token.head
    while token.pos_ == "ADJ" and token.head != token:  # a demonym: the noun it qualifies
        token = token.head
    while token.dep_ in labels.nominal_modifier and token.head != token and \
            (token.head.lemma_.lower() in lex.proxy_nouns or token.head.lower_ in lex.proxy_nouns):
        token = token.head  # "« les miliciens de l'État islamique ont détruit … »": the members act
    for child in token.children:
        if (child.dep_ in labels.clausal_modifier or child.dep_ in labels.open_complement) and \
                "Inf" in child.morph.get("VerbForm"):
            if _hostile_verb(child, table, lex):  # "« laisser la Russie bombarder nos villes »"
                return child
        if child.dep_ in labels.relative_clause and not is_passive(child, lex) and \
                any(c.dep_ in labels.subjects and "Rel" in c.morph.get("PronType") for c in child.children):
            # "« l'État islamique, qui a bombardé nos villes, … »": the relative pronoun is the target
            if _hostile_verb(child, table, lex):
                return child
    if token.dep_ not in labels.subjects or token.head == token or is_passive(token.head, lex):
        return None  # "« le journaliste français a été tué »": the victim, no accused
    verb = token.head
    return verb if _hostile_verb(verb, table, lex) else None


def _warned_act(token: Token, table: PredicateTable, lex) -> Token | None:
    """The hostile act a target is the subject of in a condition of the quote ("« si le Togo
    attaquait nos soldats, ce serait la guerre »"): a warning to the target, no charge (the parser
    may hang the condition on the cue, so where it hangs is not read)."""
    while token.pos_ == "ADJ" and token.head != token:  # a demonym: the noun it qualifies
        token = token.head
    verb = token.head
    if token.dep_ not in lex.labels.subjects or verb == token or verb.dep_ not in lex.labels.adverbial_clause or \
            is_passive(verb, lex):
        return None
    return verb if _hostile_verb(verb, table, lex, condition=True) else None


def _reflexive_other(cue: Token, predicate, lex) -> bool:
    """Whether a cue verb is reflexive where its row is not: another verb ("se demander si" wonders,
    no demand; "s'accuser" blames oneself), which types no event."""
    return not predicate.reflexive and any(c.lower_ in lex.reflexives and c.dep_ in lex.labels.clitic_roles
                                           for c in cue.children)


def _hostile_verb(verb: Token, table: PredicateTable, lex, condition: bool = False) -> bool:
    """Whether a verb of the quote is a material-conflict predicate, not negated, with the
    complement its row reads the victim in when that is a preposition only ("prendre X **à** Y"
    seizes, "« le Canada prend un risque »" does not; "tirer **sur** X"); a direct object or
    another slot is not required. A condition or a question ("si") is no charge, unless
    `condition` asks for one ("« si le Togo attaquait … »": a warning)."""
    rows = match_predicates(verb, table, lex)
    if not rows or rows[0].type not in HOSTILE_ACT_TYPES:
        return False
    if any(c.lower_ in lex.negation_particles for c in verb.children):
        return False  # "« le Togo n'a jamais attaqué nos soldats »": a denial, no charge
    conditioned = any(c.lower_ in lex.condition_markers and c.dep_ in lex.labels.marker for c in verb.children)
    if conditioned != condition:
        return False  # "« si le Togo attaquait … »", "se demande « si le Togo a bombardé … »": no charge
    markers = [m.rstrip("*") for m in rows[0].markers("recipient")]
    if not markers or any(m in SLOT_MARKERS or m not in lex.prepositions for m in markers):
        return True
    forms = {f for m in markers for f in lex.prepositions[m]}
    return any(case_of(c, lex) in forms for c in verb.children)


def _own_clause(token: Token, lex) -> Token:
    """The head of the clause a word stands in, an infinitive complement being part of the clause
    of its verb ("« Paris continue de soutenir des groupes terroristes »")."""
    head = _clauses_above(token, lex)[0]
    while head.dep_ in lex.labels.open_complement and head.head != head:
        head = head.head
    return head


def _clauses_above(token: Token, lex) -> list[Token]:
    """The heads of the clauses a token stands in, innermost first (verbs, or the root); a clause
    coordinated with its own subject stands in no other ("« Washington ment et Paris se tait »":
    the lie is not said of Paris)."""
    heads, node, labels = [], token, lex.labels
    for _ in range(16):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in labels.auxiliaries or node.head == node:
            heads.append(node)
        if node.head == node:
            break
        if heads and node.dep_ in labels.conjunct and node.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in labels.subjects for c in node.children):
            break
        node = node.head
    return heads or [node]


def reported_side(quote: QuoteView, target: Arg, speaker: Arg, found) -> bool:
    """Whether a target is a side of an act the quote reports between others ("Selon la France, la
    Russie a critiqué la Hongrie"): an event the rules coded inside the quote whose actor is not
    the speaker's side. The speaker relays that act; it is aimed at neither side, except that who
    is said to act with hostility is accused (HOSTILE_ACT_TYPES: "« la Russie bombarde nos villes »")."""
    for e in found:
        if not quote.start <= e.start < quote.end or e.negated:
            continue
        if e.actor.key == speaker.key or (speaker.country is not None and e.actor.country == speaker.country):
            continue
        if e.recipient.key == target.key:
            return True
        if e.actor.key == target.key and e.type not in HOSTILE_ACT_TYPES:
            return True
    return False


def cue_token(article: ArticleView, quote: QuoteView) -> Token | None:
    """The cue's head word (for the event's flags and date), or the quote's first word."""
    doc = article.doc
    if quote.cue_start is not None:
        cue = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
        if cue is not None:
            return cue.root
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span.root if span is not None else None


def main_subject(article: ArticleView, quote: QuoteView, target: Arg) -> bool:
    """Whether a target is the subject of the quote's main clause: whom a quoted demand is aimed at
    ("[il a demandé que] la Russie retire ses troupes"), not an actor its subordinate clauses name."""
    doc, labels = article.doc, article.lex.labels
    quoted = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    named = doc.char_span(target.start, target.end, alignment_mode="expand")
    if quoted is None or named is None:
        return False
    node = named.root
    while node.pos_ == "ADJ" and node.head != node:  # a demonym: the noun it qualifies
        node = node.head
    lex = article.lex
    climbed = False
    while node.dep_ in labels.nominal_modifier and node.head != node and \
            _act_of(node, node.head, lex, article.act_nouns):
        node, climbed = node.head, True  # "« la décision de la Russie est une erreur »": the author of the act
    main = quoted.root
    if node == main and node.dep_ in labels.subjects and not quoted.start <= node.head.i < quoted.end:
        return True  # "« La Russie ment », a accusé Kiev": the quote's subject read as the cue's
    if climbed and node == main:
        return True  # "« c'est une provocation de Pyongyang », a dénoncé X": the author of what the quote judges
    return node.dep_ in labels.subjects and (node.head == main or node.head.dep_ in labels.conjunct and
                                             node.head.head == main)


def condition_subject(article: ArticleView, quote: QuoteView, target: Arg) -> bool:
    """Whether a target is the subject of a condition the quote sets ("[a prévenu que] d'autres
    hausses suivraient si Ottawa maintenait ses représailles"): whom a threat is aimed at."""
    doc, lex = article.doc, article.lex
    named = doc.char_span(target.start, target.end, alignment_mode="expand")
    if named is None:
        return False
    node = named.root
    while node.pos_ == "ADJ" and node.head != node:  # a demonym: the noun it qualifies
        node = node.head
    verb = node.head
    return node.dep_ in lex.labels.subjects and verb != node and quote.start <= verb.idx < quote.end and \
        any(c.lower_ in lex.condition_markers and c.dep_ in lex.labels.marker for c in verb.children)
