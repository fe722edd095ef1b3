"""A counted plural description of persons as a speaker ("Les deux ministres ont promis …", "les
trois dirigeants ont affirmé"): it takes up the persons just named, a joint speaker written with
their names (GUIDELINES §2.7: "Jean-Noël Barrot et Annalena Baerbock"). The persons are read in
the nearest sentences before it, the description's own first: the closest sentences that name at
least that many persons, outside reported words, must name exactly that many ("X a reçu son
homologue Y. Les deux ministres …"), or hold one coordinated list of that many ("Les ministres X
et Y ont été reçus par Z"); else nobody is guessed. The head must be a role or a person noun
("ministres", "hommes"), not a state's ("pays": counted_states.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_index import Mention
from .context import pack_of
from .counted_states import MAX_COUNTED, listed_before
from .dates.language import date_lexicon, parse_number
from .lexicon import function_words
from .resolved_speaker import ResolvedSpeaker
from .syntax import labels
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# how many sentences before the description's own may name the persons
SENTENCES_BACK = 2


def counted_persons(r: "SpeakerResolver", start: int, end: int) -> ResolvedSpeaker | None:
    """The persons a counted description of persons takes up, written joined; None else."""
    doc = r.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    wanted = _count(r, span)
    if wanted is None:
        return None
    sentence = span.sent
    for _ in range(SENTENCES_BACK + 1):
        named = _persons_between(r, sentence.start_char, start)
        if len({m.actor_id for m in named}) >= wanted:
            chosen = _chosen(r, named, wanted)
            return _joint(r, chosen, start, end) if chosen is not None else None
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
    return None


def _count(r: "SpeakerResolver", span) -> int | None:
    """How many persons a definite plural description of persons counts ("les deux ministres": 2)."""
    root = span.root
    pack = pack_of(r.doc)
    words = r.words
    if "Plur" not in root.morph.get("Number") or span[0].pos_ != "DET" or \
            span[0].lower_ not in words.definite | words.demonstratives:
        return None
    noun = fold_same_length(root.lower_)
    if not {noun, root.lemma_.lower()} & (words.roles | set(words.person_nouns)):
        return None
    number = next((c for c in root.children if c.pos_ == "NUM" and c.dep_ in labels(pack, "numeric_modifier")), None)
    wanted = parse_number(number.text, date_lexicon(pack)) if number is not None else None
    return wanted if wanted is not None and 2 <= wanted <= MAX_COUNTED else None


def _persons_between(r: "SpeakerResolver", begin: int, position: int) -> list[Mention]:
    """The person mentions in [begin, position), outside reported words, in text order."""
    return [m for m in reversed(r.index.persons_before(position))
            if m.start >= begin and not r.in_reported(m.start, m.end)]


def _chosen(r: "SpeakerResolver", named: list[Mention], wanted: int) -> list[Mention] | None:
    """The persons meant: all those named when they are that many, else the one list of that many
    named together ("X et Y"), else None."""
    distinct = _first_of_each(named)
    if len(distinct) == wanted:
        return distinct
    lists = []
    run: list[Mention] = []
    for mention in distinct:
        if run and listed_before(r.doc, run[-1], mention):
            run.append(mention)
            continue
        if len(run) == wanted:
            lists.append(run)
        run = [mention]
    if len(run) == wanted:
        lists.append(run)
    return lists[0] if len(lists) == 1 else None


def _first_of_each(named: list[Mention]) -> list[Mention]:
    seen, kept = set(), []
    for mention in named:
        if mention.actor_id not in seen:
            seen.add(mention.actor_id)
            kept.append(mention)
    return kept


def _joint(r: "SpeakerResolver", persons: list[Mention], start: int, end: int) -> ResolvedSpeaker:
    """The persons' names joined as a list is written ("X, Y et Z")."""
    joiner = sorted(function_words(pack_of(r.doc), "name_joiner"))[0]
    names = [r.index.actors[m.actor_id].name for m in persons]
    written = ", ".join(names[:-1]) + f" {joiner} " + names[-1]
    return ResolvedSpeaker(None, written, start, end)
