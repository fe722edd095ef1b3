"""Cues: the words that introduce reported speech, and where each form puts its speaker.

A cue is a speech verb (speech_verbs.tsv) in a form that reports something said:
- finite, or a compound tense ("a déclaré", "s'est dit");
- a gerund or a participial adjunct ("en estimant que", "déplorant une « … »"), whose speaker is
  the subject of the clause it hangs on;
- an infinitive that its governor keeps reporting ("a tenu à rappeler", "ne cesse de répéter",
  "avant de conclure"; speech_governors.tsv), whose speaker is the governor's subject;
- a passive of a verb that reports in the passive ("est accusé de …", "il a été révélé par X
  que …"): the agent speaks, or nobody named does;
or a speech noun made a cue by its support verb ("a lancé un appel à", "a exprimé l'espoir que";
speech_nouns.tsv, speech_support_verbs.txt). Each token is checked cheaply first (the lexicon),
then by its parse. Words and labels come from the Doc's pack.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .context import pack_of
from .lexicon import (SpeechVerb, frames_of_kind, function_words, has_frame, pronoun_forms, speech_governors, speech_noun, speech_verb,
                      support_verbs)
from .quotemarks import QUOTE_CHARS
from .syntax import (cue_start, is_negated, labels, noun_phrase, speaker_of_verb, subject_before, subject_labels,
                     subject_of)

# participial adjuncts and infinitives are weaker evidence of speech than a finite verb: without a
# quotation, only verbs of saying count there ("craignant que" reports a fear, not words)
ADJUNCT_STRENGTH = 0.8


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that introduces reported speech, with what its frame reader and speaker resolver need."""
    token: Token                   # the speech verb or noun whose frames are read
    info: SpeechVerb
    heads: tuple[Token, ...]       # tokens whose dependents carry the reported words
    start: int                     # the cue as written: "a tenu à rappeler", "a lancé un appel"
    end: int
    speaker: Span | None           # the speaker mention, if the sentence has one
    form: str = "finite"           # finite | participle | gerund | infinitive | passive | noun
    unspecified: bool = False      # a passive without agent: nobody named said it


def verb_form(verb: Token) -> str | None:
    """How a verb token reports: finite, participle (adjunct or compound tense), gerund, infinitive."""
    doc = verb.doc
    pack = pack_of(doc)
    form = verb.morph.get("VerbForm")
    if verb.i > 0 and doc[verb.i - 1].lower_ in function_words(pack, "gerund") and "Part" in form:
        return "gerund"
    if "Inf" in form:
        return "infinitive"
    if "Part" in form:
        auxiliaries = labels(pack, "tense_auxiliary", "passive_auxiliary")
        tense = [c for c in verb.children if c.dep_ in auxiliaries]
        if tense and all("Inf" in c.morph.get("VerbForm") for c in tense):
            return "infinitive"  # "pour avoir demandé", "après avoir dit": a compound infinitive
        if tense or (verb.i > 0 and doc[verb.i - 1].pos_ == "AUX") or _auxiliary_before(verb, auxiliaries):
            return "finite"  # a compound tense
        if "Pres" in verb.morph.get("Tense"):
            return "participle"
        # a bare past participle reports only as a conjunct of a compound tense ("a dénoncé … et appelé à"),
        # and shares its voice ("a été limogé car jugé trop « libéral »" is a passive)
        head = verb.head
        if verb.dep_ in pack.label("conjunct") and head.pos_ in ("VERB", "AUX") and verb_form(head) == "finite":
            return "passive" if _passive(head) else "finite"
        return None  # "cela dit", "jugées trop élevées": an adjective, not a report
    return "finite"


def _auxiliary_before(verb: Token, auxiliaries: tuple[str, ...]) -> bool:
    """An auxiliary a few words back, across an adverbial the parser misread ("a de son côté dénoncé",
    "avait, dans un communiqué, déclaré")."""
    doc = verb.doc
    for k in range(verb.i - 1, max(verb.sent.start, verb.i - 7) - 1, -1):
        token = doc[k]
        if token.dep_ in auxiliaries or token.pos_ == "AUX":
            return "Fin" in token.morph.get("VerbForm")
        if token.pos_ in ("VERB", "PRON") or token.text in (".", ";", ":") or token.text in QUOTE_CHARS:
            return False
    return False


def _imperative_like(verb: Token) -> bool:
    """"Rappelons que", "Notons que": a first-person verb with no subject is the journalist's own voice."""
    if "Imp" in verb.morph.get("Mood"):
        return True
    subjects = subject_labels(pack_of(verb.doc))
    return "1" in verb.morph.get("Person") and not any(c.dep_ in subjects for c in verb.children)


def _relative_object(verb: Token) -> bool:
    """Is the verb's object a relative pronoun ("qu'elle soutient", "ce qu'il juge")?"""
    objects = pack_of(verb.doc).label("object")
    return any(c.dep_ in objects and "Rel" in c.morph.get("PronType") for c in verb.children)


def _neuter_demonstrative(span: Span | None) -> bool:
    """"cela dit", "ceci dit": a neuter demonstrative subject says nothing (no gender: not "celui-ci")."""
    return span is not None and len(span) == 1 and "Dem" in span[0].morph.get("PronType") and \
        not span[0].morph.get("Gender")


def _impersonal(span: Span | None) -> bool:
    return span is not None and len(span) == 1 and \
        span[0].lower_ in pronoun_forms(pack_of(span.doc), kind="impersonal")


def _passive(verb: Token) -> bool:
    return any(c.dep_ in pack_of(verb.doc).label("passive_auxiliary") for c in verb.children)


def _adjunct_speaker(verb: Token) -> Span | None:
    """The speaker of a participial adjunct: a subject written before it, else that of the clause it hangs on."""
    doc = verb.doc
    subjects = subject_labels(pack_of(doc))
    for child in verb.children:
        if child.dep_ in subjects and child.i < verb.i:
            return noun_phrase(child)
    head = verb.head
    if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
        found = subject_of(head)
        if found is not None:
            return found
    if head.i < verb.i and head.dep_ in subjects and verb.dep_ in pack_of(doc).label("clausal_modifier"):
        return noun_phrase(head)  # "Ce dernier, accusant X de …": the subject the participle qualifies
    return subject_before(verb)


def _governor(verb: Token) -> Token | None:
    """The word that keeps an infinitive speech verb reporting ("a tenu à", "avant de"), or None."""
    pack = pack_of(verb.doc)
    governors = speech_governors(pack)
    openers = labels(pack, "marker", "case_marker")
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in openers and ("preposition", c.lower_) in governors for c in verb.children if c.i < verb.i):
        return head  # "avant de conclure que": the clause's subject speaks
    rule = governors.get(("verb", head.lemma_.lower()))
    if rule is None or is_negated(head) != rule.negated:
        return None
    return head


def _verb_cue(verb: Token, info: SpeechVerb) -> Cue | None:
    doc = verb.doc
    pack = pack_of(doc)
    if verb.pos_ not in ("VERB", "AUX"):
        # the tagger reads some verbs as nouns ("X juge que …"): a noun right before "que" is a verb
        complementizers = function_words(pack, "complementizer")
        if not (verb.pos_ == "NOUN" and 0 < verb.i < len(doc) - 1 and doc[verb.i + 1].lower_ in complementizers
                and doc[verb.i - 1].pos_ not in ("DET", "ADP")):
            return None
    if verb.pos_ == "AUX" and info.lemma not in function_words(pack, "auxiliary_speech_verb") and info.particle is None:
        return None
    if is_negated(verb) or _imperative_like(verb):
        return None
    form = verb_form(verb)
    if form is None:
        return None
    if _relative_object(verb):
        # "les rebelles qu'elle soutient": the object is the antecedent, so no clause or infinitive is
        # reported; only a quoted predicate may be ("le système qu'il juge « politisé »")
        quoted = frozenset(f.name for f in frames_of_kind(info, pack, "quoted_object"))
        if not quoted:
            return None
        info = replace(info, frames=quoted)
    heads = (verb,)
    if info.particle:  # "faire savoir": the particle's dependents carry the words too
        heads += tuple(doc[verb.i + 1:verb.i + 1 + len(info.particle.split())])
    end = heads[-1].idx + len(heads[-1].text)
    if form == "infinitive":
        governor = _governor(verb)
        if governor is None:
            return None
        return Cue(verb, info, heads, cue_start(governor), end, speaker_of_verb(governor), "infinitive")
    if form == "passive" or _passive(verb):
        if not has_frame(info, pack, "passive"):
            return None
        agents = [c for c in verb.children if c.dep_ in pack.label("agent")]
        speaker = noun_phrase(agents[0]) if agents else None
        return Cue(verb, info, heads, cue_start(verb), end, speaker, "passive", unspecified=speaker is None)
    if form == "participle":
        return Cue(verb, info, heads, verb.idx, end, _adjunct_speaker(verb), "participle")
    speaker = speaker_of_verb(verb)
    if _neuter_demonstrative(speaker) or info.observation and _impersonal(speaker):
        return None  # "cela dit"; "on note que", "on constate que": the journalist's own remark
    return Cue(verb, info, heads, cue_start(verb), end, speaker, form)


def _noun_cue(noun: Token, info: SpeechVerb) -> Cue | None:
    """"a lancé un appel à", "a fait part de sa volonté de": a speech noun under its support verb."""
    pack = pack_of(noun.doc)
    allowed = labels(pack, "object", "oblique", "oblique_argument", "nominal_modifier")
    verb = noun.head
    if noun.dep_ not in allowed or verb.i == noun.i:
        return None
    if verb.pos_ == "NOUN" and verb.dep_ in allowed:  # "fait part de sa volonté": through the particle noun
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return None
    if verb.lemma_.lower() not in support_verbs(pack) and speech_verb(verb) is None:
        return None
    if is_negated(verb) or _imperative_like(verb):
        return None
    form = verb_form(verb)
    if form not in ("finite", "gerund", "participle"):
        return None
    speaker = _adjunct_speaker(verb) if form == "participle" else speaker_of_verb(verb)
    start = verb.idx if form == "participle" else cue_start(verb)
    return Cue(noun, info, (noun,), start, noun.idx + len(noun.text), speaker, "noun")


def find_cues(doc: Doc) -> list[Cue]:
    """Every cue of the Doc, in text order."""
    cues = []
    for token in doc:
        cue = None
        noun = speech_noun(token)  # a noun first: "demande", "appel" also guess a verb's lemma
        if noun is not None:
            cue = _noun_cue(token, noun)
        if cue is None:
            info = speech_verb(token)
            cue = _verb_cue(token, info) if info is not None else None
        if cue is not None:
            cues.append(cue)
    return cues
