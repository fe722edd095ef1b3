"""What the cue itself says of its speaker, where its grammar overrides the finder's mention: a
passive cue's speaker is its agent ("est accusé par X de"); a gerund's speaker is the subject of
the verb it hangs on ("L'Humanité s'est défendue en précisant que"); a relative pronoun stands
for its antecedent ("Obama, qui estimait que"). `speaker_from_cue` does this. Split from
speaker_mentions.py (which trims the finder's mention to a noun phrase) by job.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .context import pack_of
from .lexicon import has_frame, speech_verb
from .mention_words import MentionWords, mention_words
from .syntax import document_place, labels, noun_phrase, np_after
from .marker_phrases import marker_at
from .textutil import expanded_span

# what a wrong decoding makes of a no-break space: a stray letter before it
STRAY, NO_BREAK_SPACE = "\u00c2", "\u00a0"


@dataclass(frozen=True, slots=True)
class CueReading:
    """What the cue itself says of its speaker: a mention span, or that nobody is named."""
    span: tuple[int, int] | None
    unspecified: bool = False
    written: tuple[int, int] | None = None  # the mention as written, when `span` is what it stands for


def cue_verb(doc: Doc, cue: tuple[int, int] | None) -> Token | None:
    """The speech verb of a cue span (its last verb that the lexicon knows), if the cue has one."""
    if cue is None:
        return None
    span = expanded_span(doc, cue[0], cue[1])
    if span is None:
        return None
    marker = marker_at(doc, span.start)
    for token in reversed(span):
        if token.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and speech_verb(token) is not None:
            if marker is not None and marker[1] >= span.end and "Inf" in token.morph.get("VerbForm"):
                return None  # a marker that holds an infinitive ("à en croire X"): X speaks, the verb has no subject
            return token
    return None


def _subject_child(verb: Token, words: MentionWords) -> Token | None:
    return next((c for c in verb.children if c.dep_ in words.subjects), None)


def _inverted_subject(verb: Token, words: MentionWords) -> Token | None:
    """ "ajoute-t-il": the subject clitic written after its verb."""
    doc = verb.doc
    for k in range(verb.i + 1, min(len(doc), verb.i + 3)):
        if doc[k].lower_ in words.inverted:
            return doc[k]
    return None


def _agent_of(verb: Token, words: MentionWords) -> Token | None:
    """The "par X" agent of a passive verb (obl:agent, or an oblique introduced by "par")."""
    for child in verb.children:
        if child.dep_ in words.agent_labels:
            return child
    for child in verb.children:
        if child.dep_ in words.obliques and child.i > verb.i and \
                any(c.dep_ in words.case and c.lower_ in words.agent for c in child.children):
            return child
    # "qualifié de « coup d'État » par ses détracteurs": the parser hangs the agent on the quoted
    # complement; a "par" phrase after that complement's closing mark is the verb's agent
    for child in verb.children:
        if child.i < verb.i:
            continue
        for grand in child.children:
            if grand.i > child.i and any(c.dep_ in words.case and c.lower_ in words.agent for c in grand.children) \
                    and any(t.text in ("»", '"', "”") for t in verb.doc[child.i:grand.i]):
                return grand
    return None


def _questioned(verb: Token, words: MentionWords) -> Token | None:
    """Who a participle of questioning was put to ("interrogé", "joint"): the noun it modifies or
    its passive subject, a name or a noun; that one answers, the "par" agent only asked."""
    if verb.lower_ not in words.questioned:
        return None
    if verb.dep_ in words.clausal_modifier and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return next((c for c in verb.children if c.dep_ in words.passive_subjects and c.pos_ in ("NOUN", "PROPN")), None)


def _impersonal_passive(verb: Token, words: MentionWords) -> bool:
    """A speech verb in the passive whose subject is the expletive pronoun ("il a été annoncé que",
    "il lui était reproché de"): the parser labels it expletive, or passive subject of a verb whose
    content clause stands for the real subject. Nobody is named: the speaker is unspecified."""
    if "Part" not in verb.morph.get("VerbForm"):
        return False  # "il estime que": the parser labels some personal "il" expletive too
    auxiliaries = [c for c in verb.children if c.pos_ == "AUX" and c.i < verb.i]
    if auxiliaries and all(c.lower_ in words.have for c in auxiliaries):
        return False  # "Il a précisé que": a compound tense of "have" alone is active, its "il" someone
    # the parse may hang the pronoun on the auxiliary ("Il a par ailleurs été annoncé")
    hung = [g for c in verb.children if c.dep_ in words.tense_auxiliary and c.i < verb.i for g in c.children]
    for child in [*verb.children, *hung]:
        if child.lower_ not in words.expletives or child.i > verb.i:
            continue
        if child.dep_ in words.expletive_labels:
            return True
        # (labelled active subject too when an adverbial stands between: "il a par ailleurs été annoncé")
        if child.dep_ in words.passive_subjects + words.subjects and _is_passive(verb, words) and \
                any(c.dep_ in words.content_clause for c in verb.children):
            return True
    return False


def _is_passive(verb: Token, words: MentionWords) -> bool:
    """"est accusé de", "accusée d'avoir", "a été révélé par": a past participle with a passive
    auxiliary, or alone with no auxiliary and no subject of its own."""
    if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense"):
        return False
    children = list(verb.children)
    if any(c.dep_ in words.passive_auxiliary for c in children):
        return True
    if any(c.dep_ in words.tense_auxiliary or c.dep_ in words.subjects for c in children):
        return False  # "a déclaré", "s'est dit", "dit-il"
    # a participle alone opens an adjunct ("Accusé de …,", "l'accord, accusé de …"); one that shares
    # an auxiliary written before it ("a, de son côté, dénoncé", "a signé et demandé") is not passive
    if verb.dep_ not in words.participle_adjunct:
        return False
    doc = verb.doc
    sent_start = verb.sent.start
    before = doc[max(sent_start, verb.i - 6):verb.i]
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if any(t.pos_ == "AUX" or t.dep_ in words.tense_auxiliary or t.lower_ in words.finite_auxiliary for t in before) \
            or (after is not None and after.lower_ in words.pronouns):
        return False
    return True


def _modified_speaker(verb: Token, words: MentionWords) -> tuple[int, int] | None:
    """A present participle the parse hangs on a noun that speaks ("« … » estime le président,
    répétant ainsi un engagement"): the noun is the subject of its clause, or the subject written
    after a speech verb that the parse read as its object; the participle goes on with what that
    noun says. Its own object is never the speaker. None for a noun that is anything else ("il a
    reçu le ministre, affirmant que": the participle may go with the subject)."""
    head = verb.head
    if verb.dep_ not in words.relative_clause or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return None
    inverted = head.head.i < head.i and speech_verb(head.head) is not None and \
        _subject_child(head.head, words) is None
    if head.dep_ not in words.subjects and not inverted:
        return None
    end = verb.left_edge.i
    while end > head.i + 1 and (verb.doc[end - 1].is_punct or verb.doc[end - 1].is_space):
        end -= 1
    start = head.left_edge.i
    if start > head.i or end <= head.i:
        return None
    span = verb.doc[start:end]
    return span.start_char, span.end_char


def subject_after_clitic(doc: Doc, cue: tuple[int, int] | None, mention: tuple[int, int]) -> tuple[int, int] | None:
    """ "« … », lui avait dit X", "m'a confié le maire": a mention that is an object pronoun
    before the cue's verb is whom the words were said to; the speaker is the noun phrase written
    after the verb. None when the mention is no such pronoun or nothing follows the verb."""
    words = mention_words(pack_of(doc))
    span = expanded_span(doc, mention[0], mention[1])
    verb = cue_verb(doc, cue)
    # the finder's mention may run on over the auxiliary ("m'a")
    if span is None or not len(span) or span[0].lower_ not in words.object_clitics or verb is None or \
            any(t.pos_ != "AUX" for t in span[1:]) or not span[0].i < verb.i <= span[0].i + 3:
        return None
    subject = np_after(doc, verb.i + 1, verb.sent.end)
    if subject is None or subject[0].pos_ not in ("DET", "PROPN", "NOUN"):
        return None
    return subject.start_char, subject.end_char


def is_adjunct(verb: Token) -> bool:
    """Is a cue verb a gerund ("en précisant") or a present participle ("précisant que")?"""
    words = mention_words(pack_of(verb.doc))
    return verb.i > 0 and (verb.doc[verb.i - 1].lower_ in words.gerund or
                           "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))


def own_subject(verb: Token) -> Token | None:
    """The subject the parse gives a verb, if any."""
    return _subject_child(verb, mention_words(pack_of(verb.doc)))


def is_stray(token: Token) -> bool:
    """The "Â" a wrong decoding leaves before a no-break space (UTF-8 C2 A0 read as Latin-1):
    no word, though the parser takes it for one and hangs the real word on it."""
    doc = token.doc
    return token.text == STRAY and token.i + 1 < len(doc) and doc[token.i + 1].text.startswith(NO_BREAK_SPACE)


def _past_stray(token: Token) -> Token:
    """The word after a stray the parser took for a phrase's head ("par la Â Russie")."""
    if not is_stray(token):
        return token
    k = token.i + 1
    while k < len(token.doc) and token.doc[k].is_space:
        k += 1
    return token.doc[k] if k < len(token.doc) and token.doc[k].is_alpha else token


def _phrase(token: Token) -> tuple[int, int]:
    """The noun phrase of a token, without the preposition that introduces it ("par X")."""
    token = _past_stray(token)
    phrase = noun_phrase(token)
    while len(phrase) > 1 and phrase[0].pos_ == "ADP" and phrase[0].i < token.i:
        phrase = phrase[1:]
    return phrase.start_char, phrase.end_char


def speaker_from_cue(doc: Doc, cue: tuple[int, int] | None, mention: tuple[int, int] | None,
                     governed: bool = True) -> CueReading | None:
    """The speaker the cue's own grammar gives, where it overrides the finder's mention:
    a passive cue that governs the reported words (its agent), a gerund (the
    subject of the verb it hangs on), a relative pronoun (its antecedent). None when the finder's
    mention stands."""
    verb = cue_verb(doc, cue)
    words = mention_words(pack_of(doc))
    if verb is not None and governed and _impersonal_passive(verb, words) and _agent_of(verb, words) is None:
        document = document_place(verb)  # "il est précisé dans le communiqué que": the document says it
        return CueReading(_phrase(document)) if document is not None else CueReading(None, unspecified=True)
    if verb is not None and governed and _is_passive(verb, words):
        agent = _agent_of(verb, words)
        questioned = _questioned(verb, words) if agent is not None else None
        if questioned is not None:  # "X, interrogé par la radio, maintient : « … »": X answers
            return CueReading(_phrase(questioned))
        if agent is not None:
            return CueReading(_phrase(agent))
        # no agent: the finder's mention stands (reading it as "unspecified" helped the tuning part
        # of the 2016-2018 set and hurt its check part), unless the pack reads a passive report as
        # its whole clause: its subject is then part of the words, and nobody is named
        info = speech_verb(verb)
        if pack_of(doc).setting("passive_report_is_clause", False) and info is not None and \
                has_frame(info, pack_of(doc), "passive"):
            return CueReading(None, unspecified=True)
        return None
    shared = _shared_relative(verb, words) if verb is not None else None
    if shared is not None:
        return CueReading(shared)
    adjunct = verb is not None and is_adjunct(verb)
    own = _subject_child(verb, words) if adjunct else None
    if own is not None and not (own.pos_ == "PRON" and own.lower_ in words.relatives):
        # an absolute participle has a subject of its own ("…, ce dernier expliquant que"): it speaks
        return CueReading(_phrase(own) if own.pos_ != "PRON" else (own.idx, own.idx + len(own.text)))
    if adjunct and verb.dep_ in words.governed and verb.head.i != verb.i:
        # "X s'est défendu en précisant que", "…, ajoute-t-il, précisant que": a gerund or a
        # present participle shares the subject of the verb it hangs on
        head = verb.head
        speaker = _modified_speaker(verb, words)
        if speaker is not None:
            return CueReading(speaker)
        while head.dep_ in words.content_clause and head.head.i != head.i and speech_verb(head.head) is not None:
            head = head.head  # "X a déclaré qu'elle partait, déplorant …": the parse hangs it on the words
        for _ in range(3):
            subject = _subject_child(head, words) or _inverted_subject(head, words)
            relative = next((c for c in head.children if c.i < head.i and c.lower_ in words.relatives), None)
            outside = _after_closed_aside(verb, relative) if relative is not None else None
            if outside is not None:
                return CueReading(outside)
            if subject is not None:
                if subject.lower_ in words.relatives:
                    break
                return CueReading(_phrase(subject) if subject.pos_ != "PRON" else
                                  (subject.idx, subject.idx + len(subject.text)))
            if head.dep_ not in words.governed or head.head.i == head.i:
                break
            head = head.head
    if mention is not None:
        first = expanded_span(doc, mention[0], mention[1])
        if first is not None and len(first) == 1 and first[0].lower_ in words.relatives:
            antecedent = relative_antecedent(first[0], words)
            if antecedent is not None:
                return CueReading(antecedent, written=mention)
    return None


def _shared_relative(verb: Token, words: MentionWords) -> tuple[int, int] | None:
    """A speech verb coordinated with no comma right after a relative clause that opens after its
    parsed head ("X a reçu Y, qui a visité l'usine et a affirmé que …"): the parse hangs it on the
    main verb, but it shares the relative's subject, so the relative's antecedent (Y) speaks."""
    if verb.dep_ not in words.conjunct or verb.head.i >= verb.i or _subject_child(verb, words) is not None:
        return None
    doc = verb.doc
    for k in range(verb.i - 1, verb.head.i, -1):
        relative = doc[k]
        if relative.dep_ not in words.relative_clause or relative.head.i <= verb.head.i:
            continue
        pronoun = next((c for c in relative.children if c.dep_ in words.subjects and c.lower_ in words.relatives), None)
        if pronoun is None or relative.right_edge.i >= verb.i:
            return None
        # only the conjunction, auxiliaries, adverbs and clitics: "Y, qui a visité l'usine, et a
        # affirmé" (a comma) goes on with the main subject
        between = doc[relative.right_edge.i + 1:verb.i]
        if not any(t.pos_ == "CCONJ" for t in between) or \
                not all(t.pos_ in ("CCONJ", "AUX", "ADV") or t.pos_ == "PRON" and t.dep_ not in words.subjects
                        for t in between):
            return None
        return relative_antecedent(pronoun, words)
    return None


# the marks that set a relative clause off as an aside, in pairs: "X — who … — lambasting …"
ASIDE_MARKS = ("—", "–", "--")


def _after_closed_aside(adjunct: Token, pronoun: Token) -> tuple[int, int] | None:
    """The antecedent of a relative clause set off between two dashes when an adjunct the parse
    hangs on that clause comes after the second one ("with Clinton — who has called for X —
    lambasting the plan"): the aside is closed, the adjunct is the antecedent's, written as it."""
    doc = adjunct.doc
    before = doc[adjunct.i - 1] if adjunct.i > 0 else None
    if before is None or before.text not in ASIDE_MARKS or pronoun.i < 1 or \
            doc[pronoun.i - 1].text != before.text:
        return None
    verb = pronoun.head
    if verb.dep_ in labels(pack_of(doc), "relative_clause", "clausal_modifier") and \
            verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < pronoun.i:
        return relative_antecedent(pronoun)  # the parse names the noun the aside modifies
    named = doc[pronoun.i - 2] if pronoun.i >= 2 else None
    if named is None or named.pos_ not in ("NOUN", "PROPN"):
        return relative_antecedent(pronoun)
    # (the parse may hang the aside on its opening dash): the noun before the dash, climbed out of
    # the complements it closes ("the senator from Ohio —", "the wife of Senator Cole —")
    objects = labels(pack_of(doc), "prepositional_object")
    while named.dep_ in objects and named.head.pos_ == "ADP" and named.head.head.pos_ in ("NOUN", "PROPN") \
            and named.head.head.i < named.i:
        named = named.head.head
    return _phrase(named)


def relative_antecedent(pronoun: Token, words: MentionWords | None = None) -> tuple[int, int] | None:
    """The noun phrase a relative "qui" stands for: the noun its clause modifies, else the noun
    phrase that ends right before it (", qui")."""
    words = words or mention_words(pack_of(pronoun.doc))
    verb = pronoun.head
    if verb.dep_ in words.relative_clause and verb.head.pos_ in ("NOUN", "PROPN") and \
            verb.head.i < pronoun.i:
        return _phrase(verb.head)
    doc = pronoun.doc
    k = pronoun.i - 1
    while k >= 0 and doc[k].text in (",", " "):
        k -= 1
    if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN"):
        head = doc[k]
        while head.dep_ in labels(pack_of(doc), "name_part") and head.head.i < head.i:
            head = head.head
        return _phrase(head)
    return None


def participle_agent(verb: Token) -> tuple[int, int] | None:
    """The char span of the "par X" agent of a participle ("un rapport établi par X"), if any."""
    agent = _agent_of(verb, mention_words(pack_of(verb.doc)))
    return _phrase(agent) if agent is not None else None
