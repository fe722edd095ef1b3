"""The act a quote's words carry: the type (and mode) of the verbal event a quote makes, read from
its cue ("a accusé", "a averti", "a salué") or else from its words: the stance they carry
(`event_stance_words.tsv`: threat, demand, hostile, friendly), a veiled threat, a hostile act they
charge the target with or warn it against, or else a stated position.

Split from `quoted.py` (stop 55) because reading what a quote *does* is one job and finding whom
it does it to another (`quote_targets.py`, which imports this module, never the reverse); both
feed `quote_events.py`, which makes one event per quote and target.
"""
from __future__ import annotations

from spacy.tokens import Token

from ...model import QUAD_CLASSES
from ..lexicon import guess_lemmas
from .article_view import Arg, ArticleView, QuoteView
from .governors import stopped_by_verb
from .predicates import (SLOT_MARKERS, PredicateTable, asserts, case_of, idiom_complete, lemmas_of, match_predicates,
                         word_stance)
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
        elif stance == "friendly" and named is not None and _ties_of_others(token, named.root, article):
            continue  # "« le Kremlin peut compter sur des partenaires »": told of the target, not offered it
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
        # an idiom's word heads no clause of its own, even read as a verb ("a **tort** de", "tort" VERB)
        anchor = token.head if stance is not None and _idiom_word(token, lex) else token
        if stance is not None and (governing is None or _own_clause(anchor, lex) in governing):
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


def _ties_of_others(word: Token, target: Token, article: ArticleView) -> bool:
    """Whether a friendly noun of a quote names ties the speaker describes between others, not a
    stance of the speaker's: ties the noun names the parties of ("« l'alliance Russie-Corée du Nord
    s'inscrit dans une stratégie »": two actors hung on it), or ties the target holds as the subject
    of the verb that takes the noun ("« le Kremlin peut compter sur des partenaires »"), the verb
    not a copula ("« la Chine est un partenaire »" is the speaker's own judgment)."""
    lex = article.lex
    if word.pos_ != "NOUN":
        return False
    parties = [c for c in word.children if c.i in article.by_token and c.dep_ in lex.labels.nominal_modifier
               and case_of(c, lex) is None]
    if len(parties) >= 2:
        return True
    while target.pos_ == "ADJ" and target.head != target:  # a demonym: the noun it qualifies
        target = target.head
    verb = word.head
    if word.dep_ not in lex.labels.object and word.dep_ not in lex.labels.oblique_argument or verb == word:
        return False
    if any(c.dep_ in lex.labels.copula for c in verb.children) or verb.lemma_.lower() in lex.copular_verbs:
        return False
    holders = [verb] + ([verb.head] if verb.dep_ in lex.labels.open_complement else [])
    return any(target.head == v and target.dep_ in lex.labels.subjects for v in holders)


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
        found = next((stance for g in guess_lemmas(token)
                      if (stance := lex.stance_of(g, token.pos_)) and idiom_complete(token, g, lex)), None)
    # an idiom may be a denial itself ("« aucune leçon à recevoir de X »"): its determiner takes nothing back
    return None if found is not None and _denied(token, lex) and not _idiom_word(token, lex) else found


def _idiom_word(token: Token, lex) -> bool:
    """Whether a word carries its stance only in an idiom (event_stance_words.tsv, "with")."""
    return token.lemma_.lower() in lex.stance_companions or token.lower_ in lex.stance_companions


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
        if (act := _act_of_means(token.head, table, lex)) is not None:
            return act
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


def _act_of_means(noun: Token, table: PredicateTable, lex) -> Token | None:
    """The hostile act noun whose "de" complement is a state noun a demonym qualifies ("« des frappes
    de missiles russes »", "« les tirs de l'armée syrienne »"): the means or force named acts for its
    state, so the state is the act's author; a place or people in that complement is its victim
    ("« le bombardement de villes ukrainiennes »"), which a state noun is not."""
    lemma = noun.lemma_.lower()
    if lemma not in lex.state_nouns and noun.lower_ not in lex.state_nouns or noun.head == noun or \
            noun.dep_ not in lex.labels.nominal_modifier or lex.genitive not in lex.prepositions:
        return None
    if case_of(noun, lex) not in lex.prepositions[lex.genitive]:
        return None
    rows = match_predicates(noun.head, table, lex)
    return noun.head if rows and rows[0].type in HOSTILE_ACT_TYPES and noun.head.pos_ == "NOUN" else None


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
