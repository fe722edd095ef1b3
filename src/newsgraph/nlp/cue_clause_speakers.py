"""Speakers the parse of a cue's clause hides, read before the cue's own subject is:
- a cue in a relative clause whose parsed antecedent is a place or an organisation in the
  complement of a person's role: the person speaks ("X, président du Tchad et de l'Union
  africaine, qui a rappelé …");
- a gerund or present participle with no subject of its own, right after an attributed quote of
  its sentence, goes on with that statement ("« … », ajoute-t-il, précisant que …") wherever the
  parse hangs it.

SpeakerResolver._from_cue tries them first. Moved out of speakers.py, which they kept near its
size limit."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_index import Mention
from .context import pack_of
from .quotemarks import QUOTE_CHARS
from .reports import FoundQuote
from .resolved_speaker import UNSPECIFIED, ResolvedSpeaker
from .cue_readings import cue_verb, is_adjunct, own_subject
from .speaker_words import head_word
from .syntax import labels, subject_labels

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# parts of speech of a noun phrase's head
NOMINAL = ("NOUN", "PROPN")
# how many tokens may stand between a quote and a participle that goes on with its statement
# ("« … », ajoute-t-il, précisant que")
ADJUNCT_GAP = 8


def relative_person(r: "SpeakerResolver", quote: FoundQuote) -> Mention | None:
    """A cue in a relative clause whose antecedent, as parsed, is a place or an organisation
    in the complement of a person's role: the person speaks ("X, chef de mission pour la Syrie
    qui considère …", "X, président du Tchad et de l'Union africaine, qui a rappelé …", "dont le
    président de la Catalogne X, qui précise …")."""
    verb = cue_verb(r.doc, quote.cue)
    pack = pack_of(r.doc)
    if verb is None or verb.dep_ not in pack.label("relative_clause") or \
            not any(c.dep_ in subject_labels(pack) and c.lower_ in r.words.relatives for c in verb.children):
        return None
    antecedent = verb.head
    if antecedent.pos_ not in NOMINAL or _person_at(r, antecedent) is not None:
        return None
    chain = labels(pack, "nominal_modifier", "conjunct")
    steps = 0
    while steps < 4 and antecedent.dep_ in chain and antecedent.head.i < antecedent.i and \
            antecedent.head.pos_ in NOMINAL and _person_at(r, antecedent.head) is None:
        antecedent = antecedent.head
        steps += 1
    role = head_word(r.words, antecedent.lower_) in r.words.roles
    if steps and antecedent.dep_ in pack.label("apposition") and antecedent.head.i < antecedent.i:
        return _person_at(r, antecedent.head)
    if steps and _person_at(r, antecedent.head) is not None and antecedent.dep_ in chain:
        return None  # a complement of the person's own name: not a role of theirs
    if role:
        # the name the role introduces with no preposition ("le président de la Catalogne X")
        cases = pack.label("case_marker")
        for child in antecedent.children:
            if child.i > antecedent.i and not any(c.dep_ in cases for c in child.children):
                found = _person_at(r, child)
                if found is not None:
                    return found
    return None


def participle_going_on(r: "SpeakerResolver", quote: FoundQuote) -> ResolvedSpeaker | None:
    """A gerund or present-participle cue with no subject of its own right after an attributed
    quote of its sentence goes on with that statement: its speaker speaks ("« … », ajoute-t-il,
    précisant que …", "X s'« indigne … », réaffirmant que"). The parser often hangs such a
    participle on a verb inside the quoted words, whose subject is no speaker."""
    verb = cue_verb(r.doc, quote.cue)
    if verb is None or not is_adjunct(verb) or own_subject(verb) is not None:
        return None
    doc = r.doc
    first = verb.i - 1 if verb.i > 0 and doc[verb.i - 1].idx + len(doc[verb.i - 1].text) <= quote.cue[0] + 1 \
        and doc[verb.i - 1].idx >= quote.cue[0] else verb.i
    cue_start = doc[first].idx
    for previous, speaker in reversed(r.done):
        if previous.end > cue_start or previous is quote:
            continue
        if not speaker.name or speaker.name == UNSPECIFIED:
            return None
        gap = doc.char_span(previous.end, cue_start, alignment_mode="expand")
        if gap is None or len(gap) > ADJUNCT_GAP or any(t.is_sent_start for t in gap[1:]) or \
                any(t.text in QUOTE_CHARS for t in gap[1:]):
            return None
        own_cue = previous.cue or (0, 0)
        head = verb.head.idx
        if not (previous.start <= head < previous.end or own_cue[0] <= head < own_cue[1]):
            return None  # the parse hangs it elsewhere: on a clause of its own subject
        for token in gap:
            finite = token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
            if finite and not own_cue[0] <= token.idx < own_cue[1]:
                return None  # another clause between: its subject may be someone else
        return speaker
    return None


def _person_at(r: "SpeakerResolver", token) -> Mention | None:
    """The person mention a token belongs to."""
    for mention in r.index.mentions:
        if mention.start > token.idx:
            break
        if mention.kind == "person" and mention.start <= token.idx < mention.end:
            return mention
    return None
