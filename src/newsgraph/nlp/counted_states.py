"""A counted plural description of states as a speaker ("Les deux pays assurent que …", "les trois
capitales ont affirmé"): it takes up the states just named together as the subject of a clause
("La Suisse et l'Autriche ont signé …"), written as the article coordinates them, a joint speaker (GUIDELINES §2.7: "Paris et
Berlin"). The nouns and their kind are the pack's `event_anaphoric_nouns` (kind "state").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_index import Mention
from .context import pack_of
from .dates.language import date_lexicon, parse_number
from .joint_mentions import mentions_coordinated
from .resolved_speaker import ResolvedSpeaker
from .syntax import labels

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how far back (chars) the coordinated states may be named
REACH = 1500
MAX_COUNTED = 6


def _state_nouns(pack) -> frozenset[str]:
    return frozenset(row["noun"] for row in pack.table("event_anaphoric_nouns", ("noun", "kind"))
                     if row["kind"] == "state")


def counted_states(r: "SpeakerResolver", start: int, end: int) -> ResolvedSpeaker | None:
    """The states a counted description takes up, when the latest states named before it, outside
    reported words, are that many coordinated ones ("X et Y", "X, Y et Z"); None else."""
    doc = r.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    pack = pack_of(doc)
    if root.lemma_.lower() not in _state_nouns(pack) or "Plur" not in root.morph.get("Number") or \
            span[0].lower_ not in r.words.definite | r.words.demonstratives and span[0].pos_ != "DET":
        return None
    number = next((c for c in root.children if c.pos_ == "NUM" and c.dep_ in labels(pack, "numeric_modifier")), None)
    wanted = parse_number(number.text, date_lexicon(pack)) if number is not None else None
    if wanted is None or not 2 <= wanted <= MAX_COUNTED:
        return None
    run: list[Mention] = []  # the list being read, latest state first
    for mention in reversed(r.index.mentions):
        if mention.end > start or mention.kind != "country" or r.in_reported(mention.start, mention.end):
            continue
        if start - mention.end > REACH:
            break
        if run and mention.actor_id == run[-1].actor_id:
            continue
        if run and not listed_before(doc, mention, run[-1]):
            if len(run) == wanted:
                break
            run = []  # a state named alone in between ("lancée par l'Allemagne"): not the pair
        run.append(mention)
    if len(run) != wanted or len({m.actor_id for m in run}) != wanted:
        return None
    first, last = run[-1], run[0]
    opening = doc.char_span(first.start, first.end, alignment_mode="expand")
    if opening is None or opening.root.dep_ not in labels(pack, "subject", "passive_subject") and \
            not all(t.pos_ == "DET" or t.is_space for t in doc[opening.sent.start:opening.start]):
        # the states acted together ("X et Y ont signé", the parse may miss the subject of a
        # sentence they open), not "les liens entre X et Y"
        return None
    begin = first.start
    if opening is not None and opening.start > 0 and doc[opening.start - 1].pos_ == "DET":
        begin = doc[opening.start - 1].idx  # ("La Suisse et l'Autriche", as written)
    return ResolvedSpeaker(None, r.text[begin:last.end], start, end)


def listed_before(doc, mention: Mention, following: Mention) -> bool:
    """Is a mention named right before another in one list ("X et Y", "X, Y")? (Counted states
    and counted persons both read it.)"""
    if mentions_coordinated(doc, mention.end, following.start):
        return True
    gap = doc.char_span(mention.end, following.start, alignment_mode="expand")
    return gap is not None and len(gap) > 0 and gap[0].text == "," and \
        all(t.text == "," or t.pos_ == "DET" or t.is_space for t in gap)
