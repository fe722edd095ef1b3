"""The organisations and media a description takes up ("l'ONG", "le quotidien", "l'Ordre", "l'IGF"),
and the actor an earlier mention of a description's noun introduced ("le candidat X"): the actor
that mention introduced, the one whose name a short form opens, the latest one of the kind named,
or the words an acronym stands for where the article spells them.

They answer one question, which actor of the index (or which name it lacks) a noun of a kind
stands for, apart from the role matching of person descriptions; descriptions.py asks it. Moved
out of descriptions.py, which they kept at its size limit."""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .actor_index import Mention
from .introduced_names import ORGANISATION_REACH
from .media_mentions import media_mentions
from .textutil import fold_same_length, strip_article

if TYPE_CHECKING:
    from .speakers import SpeakerResolver


def opens_name(index, pack, mention: Mention, head: str) -> bool:
    """Whether a mention's name of more than one word, as the index knows it or as written (without
    its article, folded, lower case), opens with the word `head` (folded, lower case): "l'Ordre"
    and the Ordre de Malte, "la Commission" and "la Commission européenne". The short form of a
    name, read the same way by the speaker resolver and the event arguments."""
    name = fold_same_length(strip_article(index.actors[mention.actor_id].name, pack)[0].lower())
    written = fold_same_length(strip_article(mention.text, pack)[0].lower())
    return any(n.split()[:1] == [head] and len(n.split()) > 1 for n in (name, written))


class GroupAntecedents:
    def __init__(self, resolver: "SpeakerResolver", folded: str, pack):
        self.r = resolver
        self.words = resolver.words
        self.pack = pack
        self.folded = folded  # the text folded to the same length: slices line up
        self._speaking = None

    def recent_unknown_medium(self, position: int) -> str | None:
        """The latest medium named before, when the index does not know it ("L'Opinion")."""
        r = self.r
        latest = None
        for mention in media_mentions(r.doc, r.index):
            if mention.end > position or position - mention.end > ORGANISATION_REACH:
                continue
            if r.in_reported(mention.start, mention.end) or self._role_complement(mention.start):
                continue
            latest = mention
        return latest.name if latest is not None and latest.actor is None else None

    def only_medium(self) -> str | None:
        """The one medium the article names, if it names exactly one."""
        ids = {m.actor_id for m in self.r.index.mentions if m.kind == "media"}
        return next(iter(ids)) if len(ids) == 1 else None

    def kinds_of(self, head: str) -> tuple[str, ...]:
        """The kinds of actor a noun stands for: an organisation, a medium, or both ("l'agence")."""
        words = self.words
        kinds = ()
        if head in words.organisations:
            kinds += ("organization",)
        if head in words.media:
            kinds += ("media",)
        return kinds

    def short_form(self, head: str, position: int) -> str | None:
        """ "l'Ordre" -> the Ordre de Malte named before: the latest organisation or medium whose
        name (without its article) opens with the word."""
        r = self.r
        for mention in reversed(r.index.mentions):
            if mention.start >= position or mention.kind not in ("organization", "media"):
                continue
            if opens_name(r.index, self.pack, mention, head):
                return mention.actor_id
        return None

    def recent(self, position: int, kinds: tuple[str, ...]) -> str | None:
        """The latest actor of these kinds named before, outside reported words and not only as the
        complement of a noun ("la procureure de la Cour pénale internationale" does not make the
        court the topic)."""
        r = self.r
        for mention in reversed(r.index.mentions):
            if mention.kind not in kinds or mention.end > position or r.in_reported(mention.start, mention.end):
                continue
            if mention.actor_id in r.index.unlisted:
                # an organisation the gazetteer does not list is taken up by its own noun only
                # (antecedent, short_form): its kind is the NER's guess, not a fact
                continue
            if position - mention.end > ORGANISATION_REACH:
                return None
            if self._role_complement(mention.start):
                continue
            return mention.actor_id
        return None

    def _role_complement(self, start: int) -> bool:
        """Is the name at `start` the complement of a person's role ("la procureure de la Cour …",
        "le porte-parole du Kremlin")? Then the person acts, not the organisation."""
        before = self.folded[max(0, start - 40):start].lower()
        match = re.search(r"([\w\-]+)\s*(?:" + self.words.genitive_alternation + r")\s*$", before)
        return bool(match) and match.group(1) in self.words.roles

    def antecedent(self, head: str, position: int, kinds: tuple[str, ...]) -> str | None:
        """The actor an earlier mention of the same noun introduced: "L'ONG Human Rights Watch"."""
        folded = self.folded[:position].lower()
        by_end, by_start = self._speaking_mentions()
        best = None
        for match in re.finditer(rf"(?<![\w-]){re.escape(head)}s?(?![\w-])", folded):
            window_end = match.end() + 80
            # "Ansar Eddine, une organisation islamique": the name stands in apposition before
            comma = folded.rfind(",", 0, match.start())
            for mention in by_end.get(comma, ()):
                if mention.kind in kinds and self.words.apposition.fullmatch(folded[mention.end:match.start()]):
                    best = mention.actor_id
            # a name the noun opens ("l'Association européenne des cheminots … l'association")
            best = next((m.actor_id for _, _, m in by_start if m.kind in kinds and
                         m.start <= match.start() < m.end), best)
            # the first mention (in index order) that starts within the window after the noun
            low = bisect.bisect_left(by_start, (match.end(), -1))
            high = bisect.bisect_right(by_start, (min(window_end, position - 1), len(self.r.index.mentions)))
            window = [item for item in by_start[low:high] if item[2].kind in kinds]
            if window:
                _, _, mention = min(window, key=lambda item: item[1])
                between = folded[match.end():mention.start]
                if not self.words.clause_between.search(between):
                    best = mention.actor_id
        return best

    def introduced_medium(self, head: str, position: int):
        """The medium an earlier mention of the same media noun introduced ("l'agence Chine nouvelle
        … D'après l'agence"), among every media mention, the gazetteer's scan of listed titles too:
        a title the recogniser missed (whose words may hold a country's: "Chine") is still the
        medium the description takes up. The latest such mention, or None."""
        folded = self.folded[:position].lower()
        mentions = media_mentions(self.r.doc, self.r.index)
        best = None
        for match in re.finditer(rf"(?<![\w-]){re.escape(head)}s?(?![\w-])", folded):
            if position - match.end() > ORGANISATION_REACH:
                continue
            # the title right after the noun, over its adjectives ("l'agence officielle syrienne Sana")
            following = next((m for m in mentions if match.end() <= m.start < position), None)
            if following is None:
                continue
            between = folded[match.end():following.start]
            if len(between.split()) <= 3 and not any(c.isupper() for c in self.r.text[match.end():following.start]) \
                    and not self.words.clause_between.search(between):
                best = following
        return best

    def _speaking_mentions(self):
        """Mentions of persons, organisations and media, by end and by (start, index order)."""
        if self._speaking is None:
            by_end: dict[int, list[Mention]] = {}
            by_start = []
            for k, mention in enumerate(self.r.index.mentions):
                if mention.kind in ("person", "organization", "media"):
                    by_end.setdefault(mention.end, []).append(mention)
                    by_start.append((mention.start, k, mention))
            by_start.sort(key=lambda item: item[:2])
            self._speaking = by_end, by_start
        return self._speaking


def acronym_expansion(text: str, name: str, stopwords: frozenset[str], pack) -> str | None:
    """The words an acronym stands for, where the article spells them: the words whose initials,
    short grammatical words aside (the pack's name stopwords), spell it ("Inspection générale des
    finances" for IGF, "Réseau de Transport d'Électricité" for RTE)."""
    bare = strip_article(name.strip(), pack)[0].strip()
    if not (2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()):
        return None
    folded = fold_same_length(text)
    small = "|".join(re.escape(w) for w in sorted(stopwords, key=lambda w: (-len(w), w)))
    joiner = r"(?:[\s'’]+(?:(?:" + small + r")[\s'’]+)*)"
    letters = [re.escape(c) for c in bare.lower()]
    pattern = re.compile(r"(?<![\w])" + joiner.join(c + r"[\w\-]*" for c in letters) + r"(?![\w])", re.I)
    for match in pattern.finditer(folded):
        found = text[match.start():match.end()]
        if found.upper() != found:
            return found
    return None
