"""Resolve a quote's speaker mention to an actor: in-document coreference built here.

No French coreference model can be installed offline, so resolution is rule-based:
- names link to their person cluster (actors.py);
- a description next to a name is that name ("l'ambassadeur de France, Bernard Bajolet");
- pronouns go to the previous speaker, unless a person of the same gender was named
  since (names inside quotations do not count);
- definite descriptions ("la procureure", "l'ONG", "le quotidien") go to the actor an
  earlier mention of the same noun introduced ("L'ONG Human Rights Watch"), else to the
  person whose role they echo;
- institutions stay institutions, linked to their country; unnamed speakers keep their
  designation as written.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .actors import ActorIndex, Mention
from .context import gazetteer_of, pack_of
from .lexicon import (folded_words, function_words, media_nouns, pronoun_forms, role_nouns, speaker_nouns,
                      state_nouns, word_alternation)
from .reports import FoundQuote
from .textutil import fold_same_length, strip_article, text_of

WORD = re.compile(r"[\w\-]+")


@dataclass(frozen=True, slots=True)
class ResolvedSpeaker:
    """Who speaks a quote: an actor of the index (or None) and the name to show, with the mention's
    char span when the text names the speaker there."""
    actor: str | None
    name: str | None
    start: int | None = None
    end: int | None = None


NOBODY = ResolvedSpeaker(None, None, None, None)


class _Words:
    """The pack's words this resolver compares, accent-folded like the text it reads."""

    def __init__(self, pack: LanguagePack):
        def folded(forms):
            return frozenset(fold_same_length(f) for f in forms)
        self.masculine = folded(pronoun_forms(pack, person="3", gender="m", number="s"))
        self.feminine = folded(pronoun_forms(pack, person="3", gender="f", number="s"))
        self.impersonal = folded(pronoun_forms(pack, kind="impersonal"))
        self.subject_clitics = folded(pronoun_forms(pack, person="3", number="s", kind="personal", inverted=""))
        self.stop = folded(pack.words("name_stopwords"))
        self.head_modifiers = folded_words(pack, "head_modifiers")
        self.documents = folded_words(pack, "document_nouns")
        self.organisations = folded_words(pack, "organisation_nouns")
        self.works = folded_words(pack, "media_works")
        self.roles, self.state, self.media, self.speaker_heads = (
            folded(words) for words in (role_nouns(pack), state_nouns(pack), media_nouns(pack), speaker_nouns(pack)))
        self.feminine_determiners = function_words(pack, "feminine_determiner")
        self.masculine_determiners = function_words(pack, "masculine_determiner")
        fold = fold_same_length
        self.trailing = re.compile(r"(?:\s+(?:" + word_alternation(pack, "mention_trailer") + r"))+\s*$|\s+$")
        self.complement = re.compile(r"(?:^|\s)(?:" + fold(word_alternation(pack, "genitive")) + r")$")
        self.author = re.compile(
            r"^\s*(?:" + word_alternation(pack, "determiner") + r")?\s*\w+(?:\s+\w+)?\s+(?:"
            + word_alternation(pack, "genitive") + r")\s*(.+)$", re.I)
        # "Ansar Eddine, une organisation islamique": a name in apposition before the noun
        self.apposition = re.compile(r",\s*(?:" + fold(word_alternation(pack, "determiner")) + r")?\s*(?:\w+\s+)?")
        # a verb or a relative between a noun and a name: the name is not what the noun introduced
        clause = function_words(pack, "finite_auxiliary") | pronoun_forms(pack, kind="relative")
        self.clause_between = re.compile(
            r"[.;:!?«»\"]|\b(?:" + "|".join(re.escape(fold(w)) for w in sorted(clause, key=lambda w: (-len(w), w)))
            + r")\b")


@cache
def _words(pack: LanguagePack) -> _Words:
    return _Words(pack)


def _content_words(words: _Words, text: str) -> set[str]:
    return {w for w in WORD.findall(fold_same_length(text)) if w not in words.stop and len(w) > 1}


def _head_word(words: _Words, text: str) -> str:
    """The head noun of a description: its first word that is not a determiner or a prenominal adjective."""
    tokens = [w for w in re.findall(r"[\w]+(?:-[\w]+)*'?", fold_same_length(text.strip()))]
    for word in tokens:
        bare = word.rstrip("'")
        if bare not in words.head_modifiers and not (word.endswith("'") and len(bare) <= 2):
            return bare
    return ""


def _is_name(text: str, head: str) -> bool:
    """ "L'Association des leaders religieux du Mali" names an organisation; "l'association" describes one."""
    for word in re.findall(r"[\w\-]+", text):
        if fold_same_length(word) == head:
            return word[:1].isupper() and not word.isupper()
    return False


def _complement_of(words: _Words, text: str, start: int, mention_start: int) -> bool:
    """Is the name the complement of a noun ("les services de Manuel Valls", "le porte-parole de
    Poutine")? Then the speaker is that noun's referent, not the named person."""
    before = fold_same_length(text[start:mention_start]).rstrip()
    return bool(before) and bool(words.complement.search(before))


def _agrees(words: _Words, phrase, gender: str, index: ActorIndex) -> bool:
    """Can a subject phrase be taken up by a pronoun of this gender?"""
    mention = index.at(phrase.start_char, phrase.end_char, ("person",))
    if mention is not None:
        return index.gender.get(mention.actor_id) in (None, gender)
    for token in phrase:
        if token.pos_ == "DET" and token.lower_ in words.feminine_determiners:
            return gender == "f"
        if token.pos_ == "DET" and token.lower_ in words.masculine_determiners:
            return gender == "m"
        if token.pos_ in ("NOUN", "PROPN"):
            g = token.morph.get("Gender")
            if g == ["Fem"]:
                return gender == "f"
            if g == ["Masc"]:
                return gender == "m"
            return True
    return True


def _author_of_document(words: _Words, text: str) -> str | None:
    """ "le communiqué du ministère de l'Intérieur" -> "ministère de l'Intérieur"."""
    match = words.author.match(text)
    return match.group(1).strip() if match else None


class SpeakerResolver:
    def __init__(self, doc: Doc, index: ActorIndex, quotes: list[FoundQuote]):
        self.doc = doc
        self.index = index
        self.quoted = [(q.start, q.end) for q in quotes if q.type == "direct"]
        self.resolved: dict[int, ResolvedSpeaker] = {}  # id(FoundQuote) -> its speaker
        self.last: ResolvedSpeaker | None = None
        self.last_position = -1
        self.words = _words(pack_of(doc))
        self.roles, self.state, self.media, self.speaker_heads = (
            self.words.roles, self.words.state, self.words.media, self.words.speaker_heads)
        self.folded = fold_same_length(text_of(doc))  # same length as the text: slices line up
        self._speaking = None  # mentions that can introduce a noun's referent, indexed once

    def speaker_of(self, quote: FoundQuote) -> ResolvedSpeaker:
        if id(quote) in self.resolved:
            return self.resolved[id(quote)]
        if quote.continuation and quote.speaker_from is not None:
            inherited = self.speaker_of(quote.speaker_from)
            speaker = ResolvedSpeaker(inherited.actor, inherited.name, inherited.start, inherited.end)
        elif quote.speaker is None:
            speaker = self._continuing(quote.start)
        else:
            speaker = self.resolve(quote.speaker[0], quote.speaker[1], quote.start)
        self.resolved[id(quote)] = speaker
        if speaker.actor:
            self.last, self.last_position = speaker, quote.start
        return speaker

    # -- the cases

    def resolve(self, start: int, end: int, position: int) -> ResolvedSpeaker:
        raw = text_of(self.doc)[start:end]
        words = self.words
        text = words.trailing.sub("", raw)
        end = start + len(text)
        folded = fold_same_length(text).strip()
        if folded in words.subject_clitics:
            # a preverbal subject pronoun ("Il a déclaré que") most often takes up the subject
            # of the governing clause or of the previous sentence
            found = self._clause_antecedent(start, "f" if folded in words.feminine else "m")
            if found is not None:
                return ResolvedSpeaker(found.actor, found.name, start, end)
        if folded in words.masculine | words.feminine:
            found = self._pronoun(min(start, position), "f" if folded in words.feminine else "m")
            if found.name:
                return ResolvedSpeaker(found.actor, found.name, start, end)
            return ResolvedSpeaker(None, text, start, end)
        if folded in words.impersonal:
            return ResolvedSpeaker(None, "unspecified", start, end)
        mention = self.index.at(start, end, ("person",))
        if mention is not None and not _complement_of(words, text_of(self.doc), start, mention.start):
            return self._speaker(mention.actor_id, start, end)
        head = _head_word(words, text)
        if head in words.documents:
            author = _author_of_document(words, text)
            if author:
                offset = text.find(author)
                found = self.resolve(start + offset, start + offset + len(author), position)
                return ResolvedSpeaker(found.actor, found.name if found.actor else author, start, end)
        adjacent = self._adjacent_person(start, end)
        if adjacent is not None and head in self.speaker_heads:
            return self._speaker(adjacent.actor_id, start, end)
        other = self.index.at(start, end, ("media", "organization", "country"))
        if other is not None:
            actor = self.index.actors[other.actor_id]
            bare, _ = strip_article(text, pack_of(self.doc))
            whole = abs((other.end - other.start) - len(bare)) <= 1
            if whole or head in self.media or actor.kind == "media" or head in words.organisations:
                name = actor.name if actor.kind != "country" or not whole else other.text
                return ResolvedSpeaker(actor.id, name, start, end)
            if head in self.roles:
                person = self._described_person(text, start, end)
                if person is not None:
                    return self._speaker(person, start, end)
            return ResolvedSpeaker(actor.id, text, start, end)
        if head in self.speaker_heads and (head in self.roles or head not in self.state) and not _is_name(text, head):
            actor_id = self._described_person(text, start, end) if head in self.roles else None
            actor_id = actor_id or self._antecedent(head, start)
            if actor_id is None and head in words.organisations:
                actor_id = self._recent(start, ("organization",))
            if actor_id is None and head in self.media | words.works:
                actor_id = self._recent(start, ("media",), single=True)
            if actor_id is not None:
                return self._speaker(actor_id, start, end)
        return ResolvedSpeaker(None, text, start, end)

    def _speaker(self, actor_id: str, start: int | None, end: int | None) -> ResolvedSpeaker:
        actor = self.index.actors[actor_id]
        return ResolvedSpeaker(actor.id, actor.name, start, end)

    def _clause_antecedent(self, start: int, gender: str) -> ResolvedSpeaker | None:
        doc = self.doc
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return None
        pronoun = span[0]
        pack = pack_of(doc)
        subjects = pack.label("subject") + pack.label("passive_subject")
        relative = pack.label("relative_clause")
        candidates = []
        head = pronoun.head
        while head.head.i != head.i:  # subjects of the clauses above the pronoun's own
            head = head.head
            candidates += [c for c in head.children if c.dep_ in subjects]
        sent = pronoun.sent
        k = sent.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k >= 0:
            previous = doc[k].sent
            if not any(ch in previous.text for ch in "«»\"“”"):
                candidates += [c for c in previous.root.children if c.dep_ in subjects]
        for subject in candidates:
            if subject.pos_ == "PRON" or self._in_quote_char(subject.idx):
                continue
            phrase = doc[subject.left_edge.i:subject.i + 1]
            while len(phrase) and phrase[0].pos_ in ("PUNCT", "ADP"):
                phrase = phrase[1:]
            right = subject.i
            for token in subject.subtree:
                if token.i > subject.i and (token.text in (",", "(") or token.dep_ in relative):
                    break
                right = max(right, token.i)
            phrase = doc[phrase.start:right + 1] if len(phrase) else doc[subject.i:right + 1]
            if not _agrees(self.words, phrase, gender, self.index):
                continue
            found = self.resolve(phrase.start_char, phrase.end_char, phrase.start_char)
            if found.actor or found.name:
                return found
        return None

    def _in_quote_char(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.quoted)

    def _in_quote(self, mention: Mention) -> bool:
        return any(s <= mention.start and mention.end <= e for s, e in self.quoted)

    def _recent_person(self, position: int, gender: str | None) -> Mention | None:
        """The latest person named before a position (outside quotations) who can be `gender`.

        A person known to have that gender (title, role noun) within the last few sentences wins
        over a nearer one whose gender is unknown.
        """
        unknown = None
        for mention in self.index.persons_before(position):
            if self._in_quote(mention) or position - mention.end > 2500:
                continue
            known = self.index.gender.get(mention.actor_id)
            if gender is None or known == gender:
                return mention if unknown is None or position - mention.end < 600 else unknown
            if known is None and unknown is None:
                unknown = mention
        return unknown

    def _pronoun(self, position: int, gender: str | None) -> ResolvedSpeaker:
        """The previous speaker, unless a person of the same gender was named after their quote began."""
        recent = self._recent_person(position, gender)
        last = self.last
        if last is not None and last.actor and position - self.last_position < 2500:
            kind_ok = not last.actor.startswith("person:") or \
                self.index.gender.get(last.actor) in (None, gender)
            if kind_ok and (recent is None or recent.start < self.last_position or recent.actor_id == last.actor):
                return last
        if recent is not None:
            return self._speaker(recent.actor_id, None, None)
        return self._most_mentioned()

    def _continuing(self, position: int) -> ResolvedSpeaker:
        """A quotation with no cue and nothing to continue: the latest person named before it."""
        recent = self._recent_person(position, None)
        if recent is not None and position - recent.end < 800:
            return self._speaker(recent.actor_id, None, None)
        return NOBODY

    def _most_mentioned(self) -> ResolvedSpeaker:
        persons = [a for a in self.index.actors.values() if a.kind == "person"]
        if not persons:
            return NOBODY
        best = max(persons, key=lambda a: len(a.mentions))
        return ResolvedSpeaker(best.id, best.name, None, None)

    def _adjacent_person(self, start: int, end: int) -> Mention | None:
        """A person named in apposition right before or after a description."""
        text = text_of(self.doc)
        for mention in self.index.mentions:
            if mention.kind != "person":
                continue
            if 0 <= mention.start - end <= 3 and text[end:mention.start].strip() in (",", ""):
                return mention
            if 0 <= start - mention.end <= 3 and text[mention.end:start].strip() == ",":
                return mention
        return None

    def _antecedent(self, head: str, position: int) -> str | None:
        """The actor an earlier mention of the same noun introduced: "L'ONG Human Rights Watch"."""
        folded = self.folded[:position]
        by_end, by_start = self._speaking_mentions()
        best = None
        for match in re.finditer(rf"(?<![\w-]){re.escape(head)}s?(?![\w-])", folded):
            window_end = match.end() + 80
            # "Ansar Eddine, une organisation islamique": the name stands in apposition before
            # (the apposition holds one comma, right after the name: the last comma before the noun)
            comma = folded.rfind(",", 0, match.start())
            for mention in by_end.get(comma, ()):
                if self.words.apposition.fullmatch(folded[mention.end:match.start()]):
                    best = mention.actor_id
            # the first mention (in index order) that starts within the window after the noun
            low = bisect.bisect_left(by_start, (match.end(), -1))
            high = bisect.bisect_right(by_start, (min(window_end, position - 1), len(self.index.mentions)))
            if low < high:
                _, _, mention = min(by_start[low:high], key=lambda item: item[1])
                between = folded[match.end():mention.start]
                if not self.words.clause_between.search(between):
                    best = mention.actor_id
        return best

    def _speaking_mentions(self):
        """Mentions of persons, organisations and media, by end and by (start, index order)."""
        if self._speaking is None:
            by_end: dict[int, list[Mention]] = {}
            by_start = []
            for k, mention in enumerate(self.index.mentions):
                if mention.kind in ("person", "organization", "media"):
                    by_end.setdefault(mention.end, []).append(mention)
                    by_start.append((mention.start, k, mention))
            by_start.sort(key=lambda item: item[:2])
            self._speaking = by_end, by_start
        return self._speaking

    def _described_person(self, description: str, start: int, end: int) -> str | None:
        """The person whose role the description echoes (named before it or in its sentence)."""
        words = _content_words(self.words, description)
        head = _head_word(self.words, description)
        limit = end + 200
        best, best_score = None, 0.0
        for actor in self.index.actors.values():
            if actor.kind != "person" or not actor.mentions or actor.mentions[0][0] > limit:
                continue
            # the role the article gives, else the roles the gazetteer knows for that year
            # ("le président" for a head of state the article only names)
            roles = [actor.role] if actor.role else [r.role for r in self._known_roles(actor.id)]
            for role in roles:
                role_words = _content_words(self.words, role)
                if head not in role_words:
                    continue
                score = len(words & role_words) / max(1, len(words))
                if score > best_score:
                    best, best_score = actor.id, score
        return best if best is not None and best_score >= 0.5 else None

    def _known_roles(self, actor_id: str):
        published = self.doc._.published
        year = int(published[:4]) if published else None
        gaz = gazetteer_of(self.doc)
        return gaz.roles_of(actor_id, year) if year else ()

    def _recent(self, position: int, kinds: tuple[str, ...], single: bool = False) -> str | None:
        if single:
            ids = {m.actor_id for m in self.index.mentions if m.kind in kinds}
            return next(iter(ids)) if len(ids) == 1 else None
        for mention in reversed(self.index.mentions):
            if mention.kind in kinds and mention.end <= position:
                return mention.actor_id
        return None


def resolve_speakers(doc: Doc, index: ActorIndex, quotes: list[FoundQuote]) -> list[ResolvedSpeaker]:
    resolver = SpeakerResolver(doc, index, quotes)
    return [resolver.speaker_of(q) for q in quotes]
