"""Whom a quote's event is between: the quote's speaker as a side, the actors its words name as
participants, and which of them its act is aimed at (the subject of its main clause or of a
condition it sets) or is not (a side of an act the quote relays between others).

The quotes layer gives the speaker, the cue and the span (read through `article_view.quotes_of`).
A quote whose speaker is an actor of one state and whose words name an actor of another is a
verbal event of the speaker toward that actor; the evidence is the quote, and `reported_by` its
speaker. Split from `quoted.py` (stop 55) because finding whom a quote aims at is one job and
reading what its words do another (`quote_acts.py`, below this module: the stance a word
carries, the hostile act types); both feed `quote_events.py`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ...textfold import fold_same_length
from ..context import pack_of
from ..quotemarks import find_quoted
from ..textutil import text_of
from .article_view import Arg, ArticleView, QuoteView, display_name, no_party
from .groups import qualifies_people
from .predicates import PredicateTable, case_of, has_marker, match_predicates
from .quote_acts import HOSTILE_ACT_TYPES, _stance
from .anaphoric_sides import anaphoric_countries
from .references import bridged_state


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
               how=f"the quote's speaker, {quote.speaker_name!r}",
               home=None if actor.country else article.presumed_home(actor))


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
        if mention.end > quote.end or mention.kind == "media":
            continue
        if not any(s <= mention.start and mention.end <= e for s, e in own):
            continue  # the narrator's words around a continuation's marks
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if mention.as_place and not _addressee(root, lex):
            continue  # "au Liban"; not "« un signal adressé à Moscou »", a capital spoken to
        if _reported_side(root, table, lex):
            continue  # "« l'attentat commis contre X »": a side of the event the quote reports, not a target
        if root.pos_ == "ADJ" and root.head != root:
            if not _demonym_acts(root, article, lex):
                continue  # "le gouvernement russe a piraté", not "la secrétaire d'État américaine"
        elif mention.descriptive or not (_participant(root, lex, article.act_nouns) or
                                         _possessor(root, lex, article.act_nouns) or _addressee(root, lex)):
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
    text = text_of(article.doc)[quote.start:quote.end]
    if quote.continuation:
        marked = [(quote.start + q.open_at, quote.start + q.outer_end) for q in find_quoted(text)]
        whole = marked or whole  # a continuation with no marks (indirect speech) is the speaker's
    notes = [(quote.start + s, quote.start + e) for s, e in editorial_notes(text, article)]
    return [part for s, e in whole for part in _cut(s, e, notes)]


# a parenthesis or a bracket, with no other one inside
_BRACKETED = re.compile(r"[(\[][^()\[\]]*[)\]]")


def editorial_notes(text: str, article: ArticleView) -> list[tuple[int, int]]:
    """The newsroom's notes inside a quote: a parenthesis or bracket whose last word is an
    editorial mark (editorial_marks.txt: "(le début de l'invasion de l'Ukraine, NdlR)"). The
    journalist glosses the speaker's words there; the states the gloss names are none the speaker
    spoke of."""
    marks = frozenset(fold_same_length(w) for w in pack_of(article.doc).words("editorial_marks"))
    notes = []
    for found in _BRACKETED.finditer(text):
        words = found.group()[1:-1].split()
        last = fold_same_length(words[-1]).strip(",;:") if words else ""
        if last in marks or last.rstrip(".") in marks:  # "NdlR", "N.D.L.R."
            notes.append(found.span())
    return notes


def _cut(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) without the holes inside it, as the parts left."""
    parts, at = [], start
    for s, e in sorted(holes):
        if s >= at and e <= end:
            if s > at:
                parts.append((at, s))
            at = e
    if at < end:
        parts.append((at, end))
    return parts


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
        if _partner_of_ties(token, head, lex):
            return True  # "« un dialogue exigeant avec Pékin »": the state the speaker's ties are with
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


def _addressee(token: Token, lex) -> bool:
    """Whether a nominal is the one a message of the quote is meant for: the dative of a carrier noun
    (event_carrier_nouns: "« un message aux autorités russes »"), of a participle qualifying one ("« un
    signal adressé à Moscou »", "« un message envoyé au Kremlin »"), or of a stance noun that is no
    blame ("« merci à la Suisse »", "« un ultimatum à Kiev »"). The locative reading of "à" ("au
    Liban") would take the capital for a place; a message is sent to someone, not somewhere. Not
    a hostile noun's "à": "« la répression à Minsk »" places the act."""
    labels, head = lex.labels, token.head
    if head == token or not has_marker(token, lex.dative, lex) or not (
            token.dep_ in labels.nominal_modifier or token.dep_ in labels.oblique or
            token.dep_ in labels.indirect_object):
        return False
    if head.pos_ in ("VERB", "ADJ") and head.dep_ in labels.clausal_modifier and head.head != head:
        head = head.head  # through the participle: "adressé", "envoyé"
    if head.pos_ != "NOUN":
        return False
    return head.lemma_.lower() in lex.carrier_nouns or head.lower_ in lex.carrier_nouns or \
        _stance(head, lex) in ("friendly", "threat", "demand")


def _partner_of_ties(token: Token, head: Token, lex) -> bool:
    """Whether a nominal is the partner complement of a noun (event_prepositions partner: "« les
    relations avec Doha »", "« de nouvelles discussions avec Berne »"): the state the ties, talks or
    dialogue the quote speaks of are with, whom its stated position is about."""
    return bool(lex.partner) and head.pos_ == "NOUN" and token.dep_ in lex.labels.nominal_modifier and \
        has_marker(token, lex.partner, lex)


def _possessor(token: Token, lex, acts: frozenset[str]) -> bool:
    """Whether a nominal is the "de" complement of a participant noun that is no act: the state
    whose choice, interests or sovereignty the quote speaks of ("« respecter le choix souverain de
    la Suisse »", "« défendre la souveraineté du Ghana »"); an act noun's "de" complement may be its victim
    ("l'invasion de la Géorgie") and is read by its frame instead."""
    head = token.head
    if token.dep_ not in lex.labels.nominal_modifier or head.pos_ != "NOUN" or \
            case_of(token, lex) not in lex.prepositions[lex.genitive]:
        return False
    if head.lemma_.lower() in acts or head.lower_ in acts or _stance(head, lex):
        return False
    return _participant(head, lex, acts)


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
