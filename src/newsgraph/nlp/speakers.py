"""Resolve a quote's speaker mention to an actor: in-document coreference built here.

No French coreference model can be installed offline, so resolution is rule-based:
- the mention is first made a noun phrase, or read again from the cue (speaker_mentions.py, cue_readings.py):
  a passive cue's agent, a gerund's subject, a relative pronoun's antecedent;
- a cue whose clause the parse hangs wrongly goes to who it hides (cue_clause_speakers.py): a
  relative on a role's complement, a participle going on with the quote before it;
- names link to their person cluster (actors.py); a description next to a name is that name
  ("l'ambassadeur de France, Bernard Bajolet");
- pronouns (antecedents.py) go to a subject the sentence itself names, else to the subject of the
  previous sentence, else to the speaker of that paragraph (the current speaker), else to the
  latest person named; names inside any reported words do not count;
- descriptions (descriptions.py): "le porte-parole du gouvernement" goes to the person whose role
  (in the article, or the gazetteer's for that year) it echoes, "le quotidien" to the medium it
  took up, a bare "le ministre" to the current speaker;
- institutions stay institutions, linked to their country; documents go to their author; unnamed
  speakers keep their designation as written, acronyms spelt out where the article does.
A continuation (a quotation with no cue) inherits its speaker unless its own sentence names one
(own_sentence_speakers.py), or the sentence before it hands the floor to someone else
(continuations.py).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .actors import ActorIndex, Mention
from .antecedents import Antecedents
from .context import pack_of
from .counted_persons import counted_persons
from .counted_states import counted_states
from .cue_clause_speakers import participle_going_on, relative_person
from .continuations import (named_after_words, named_before_colon, named_heading_sentence, pronoun_subject_speaks,
                            speaker_before)
from .possessed_names import named_possessed
from .joint_mentions import joint_start, mentions_coordinated
from .quoted_speakers import title_after
from .document_authors import document_author_after, document_issuer, earlier_document_author
from .descriptions import Descriptions
from .group_antecedents import acronym_expansion
from .latest_mention import latest_mention
from .lexicon import contracted, function_words
from .lost_subjects import (before_split_tense, named_after_description, named_right_before, phrase_before_cue,
                            subject_of_cue)
from .media_mentions import link_listed, media_mentions, medium_at
from .office_titles import role_head
from .own_sentence_speakers import named_in_own_sentence, shared_incise
from .quotemarks import QuotedSpan, find_quoted
from .reports import FoundQuote
from .roles import agent_noun
from .same_informant import same_informant
from .resolved_speaker import NOBODY, UNSPECIFIED, ResolvedSpeaker
from .speaker_mentions import clean_mention, complemented_role_start, looks_broken, names_nobody
from .cue_readings import speaker_from_cue, subject_after_clitic
from .speaker_words import first_word, head_word, heads_media_compound, speaker_words
from .syntax import token_from
from .textutil import fold_same_length, text_of
from .voiced_speakers import voiced_by


# a hyphen and the word it glues to the one before ("-ci" of "celui-ci")
GLUED = re.compile(r"(?:-[^\W\d_]+)+")
# how far (chars) after a description a name in apposition may stand
APPOSITION_REACH = 40


@dataclass(frozen=True, slots=True)
class Turn:
    """A quote already attributed: where it starts, its paragraph and its speaker."""
    position: int
    paragraph: int
    speaker: ResolvedSpeaker


class SpeakerResolver:
    """Attributes the quotes of one Doc in text order, keeping track of who speaks."""

    def __init__(self, doc: Doc, index: ActorIndex, quotes: list[FoundQuote],
                 marks: list[QuotedSpan] | None = None):
        self.doc = doc
        self.index = index
        self.text = text_of(doc)
        self.words = speaker_words(pack_of(doc))
        self.resolved: dict[int, ResolvedSpeaker] = {}  # id(FoundQuote) -> its speaker
        self.turns: list[Turn] = []
        self.done: list[tuple[FoundQuote, ResolvedSpeaker]] = []  # attributed quotes, in the order resolved
        self.floors: dict[int, ResolvedSpeaker] = {}  # id(quote) -> who took the floor after it (continuations.py)
        self.paragraph_starts = [s for s, _ in (doc._.paragraphs or [(0, len(self.text))])]
        # reported words of every quote: names inside them are not antecedents
        # (not a mention the finder took inside direct words closed before its cue: see _in_words_before)
        speaker_spans = {q.speaker for q in quotes if q.speaker is not None and _words_holding(quotes, q) is None}
        self.reported = sorted((q.start, q.end) for q in quotes)
        self.speaker_spans = speaker_spans
        self.quotes = sorted(quotes, key=lambda q: (q.start, q.end))
        # the paired quotation marks the finder read; a caller without them (the events' describer)
        # has them paired here only when first asked
        self.marked = marks
        # the words of an opening marker's report while a report nested in them is resolved: its
        # cue's subject stands inside them, as the grammar of the inner report, not its content
        self.opened: tuple[int, int] | None = None
        # a possessed designation's reading, by mention: every report of one cue's subject ("Son
        # porte-parole a rappelé que …, et a demandé …") has the same owner, not one shifted by the
        # first report's turn
        self.owned: dict[tuple[int, int], str | None] = {}
        self.antecedents = Antecedents(self)
        self.descriptions = Descriptions(self)

    # -- the discourse

    def paragraph_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)

    def in_reported(self, start: int, end: int, ignore: tuple[int, int] | None = None) -> bool:
        """Is [start, end) inside the reported words of a quote (other than `ignore`, or another
        quote opening where it opens: the finder may return one statement twice, cut at two
        places) and not a speaker mention?"""
        if any(s <= start and end <= e for s, e in self.speaker_spans):
            return False
        k = bisect.bisect_right(self.reported, (start, len(self.text) + 1))
        return any(s <= start and end <= e and (ignore is None or s != ignore[0]) and (s, e) != self.opened
                   for s, e in self.reported[max(0, k - 12):k])

    def in_quoted_words(self, start: int, end: int) -> bool:
        """Is [start, end) inside the words of a direct quote or inside quotation marks? The people
        an indirect report tells about ("Selon le ministère, le secrétaire X a rencontré Y") are
        the article's as much as the journalist's, and a description may take them up; a name a
        speaker quotes is only theirs."""
        if not self.in_reported(start, end):
            return False
        if any(q.type == "direct" and q.start <= start and end <= q.end for q in self.quotes):
            return True
        if self.marked is None:
            self.marked = find_quoted(self.text, self.doc._.paragraphs or [(0, len(self.text))])
        return any(s.start <= start and end <= s.end for s in self.marked)

    def current_speaker(self, position: int, *, paragraphs: int = 1) -> Turn | None:
        """The speaker of the latest quote before a position, in its paragraph or the one before."""
        paragraph = self.paragraph_of(position)
        for turn in reversed(self.turns):
            if turn.position >= position:
                continue
            if paragraph - turn.paragraph > paragraphs:
                return None
            if turn.speaker.name and turn.speaker.name != UNSPECIFIED:
                return turn
        return None

    # -- the quotes

    def speaker_of(self, quote: FoundQuote) -> ResolvedSpeaker:
        if id(quote) in self.resolved:
            return self.resolved[id(quote)]
        if quote.continuation and quote.speaker_from is not None:
            own = named_in_own_sentence(self, quote) or named_before_colon(self, quote) or \
                named_heading_sentence(self, quote) or pronoun_subject_speaks(self, quote)
            shared = shared_incise(self, quote) if own is None else None
            before = speaker_before(self, quote) if own is None and shared is None else None
            floor = self.floors.get(id(quote.speaker_from))
            if own is not None:
                speaker = own
            elif shared is not None:
                speaker = shared
            elif before is not None:
                speaker = self.floors[id(quote.speaker_from)] = before
            elif floor is not None:
                speaker = floor  # a later piece of the same words goes on with who took the floor
            else:
                inherited = self.speaker_of(quote.speaker_from)
                speaker = named_after_words(self, quote, inherited) or latest_mention(self, quote, ResolvedSpeaker(
                    inherited.actor, inherited.name, inherited.start, inherited.end))
        else:
            speaker = self._from_cue(quote)
        self.resolved[id(quote)] = speaker
        self.done.append((quote, speaker))
        nested = self.in_reported(quote.start, quote.end, (quote.start, quote.end))
        if (speaker.actor or self.designates(speaker.name)) and not nested:
            self.turns.append(Turn(quote.start, self.paragraph_of(quote.start), speaker))
        return speaker

    def designates(self, name: str | None) -> bool:
        """Is an unresolved name a designation a later pronoun can take up ("un officier de
        police"), not a pronoun, a fragment or "unspecified"?"""
        if not name or name == UNSPECIFIED:
            return False
        head = head_word(self.words, name)
        words = name.split()
        return head in self.words.speaker_heads or any(w[:1].isupper() for w in words[1:]) or \
            (name[:1].isupper() and len(words) == 1 and len(name) > 2)

    def _from_cue(self, quote: FoundQuote) -> ResolvedSpeaker:
        holder = marker_holding(self.quotes, quote)
        if holder is None:
            return self._cue_reading(quote, None)
        saved, self.opened = self.opened, (holder.start, holder.end)
        try:
            return self._cue_reading(quote, holder)
        finally:
            self.opened = saved

    def _cue_reading(self, quote: FoundQuote, holder: FoundQuote | None) -> ResolvedSpeaker:
        """The speaker a quote's cue gives; `holder` is the opening marker's report whose words
        hold the cue ("Selon l'agence X, Y a salué « … »": Y speaks the inner report, X the outer)."""
        person = relative_person(self, quote)
        if person is not None:
            return self.speaker(person.actor_id, person.start, person.end)
        going_on = participle_going_on(self, quote)
        if going_on is not None:
            return going_on
        # a passive cue before a colon introduces the words as its agent's ("le projet a été critiqué
        # par X : « … »"), as one that governs them does
        introduced = quote.cue is not None and quote.cue[1] <= quote.start and \
            ":" in self.text[quote.cue[1]:quote.start]
        reading = speaker_from_cue(self.doc, quote.cue, quote.speaker, governed=quote.type != "direct" or introduced)
        if reading is not None and reading.span is not None and quote.marker is not None and \
                quote.cue[0] <= reading.span[0] and reading.span[1] <= quote.cue[1]:
            reading = None  # the subject of the verb a marker holds ("si l'on en croit X"): the marker's X speaks
        if reading is not None and reading.unspecified:
            return ResolvedSpeaker(None, UNSPECIFIED, None, None)
        quoted = self._in_words_before(quote, reading.span if reading is not None and reading.span else quote.speaker)
        if quoted is not None:
            return quoted
        if reading is not None and reading.span is not None:
            found = self.resolve(reading.span[0], reading.span[1], quote.start)
            if reading.written is not None and pack_of(self.doc).setting("relative_pronoun_mention", False):
                # "Smith, who said that…": the speaker is Smith, the mention in the cue's clause "who"
                return ResolvedSpeaker(found.actor, found.name, *reading.written)
            return found
        if quote.speaker is not None and names_nobody(self.doc, *quote.speaker):
            # the parse of such a cue is broken too (its subject may be read inside the next words)
            named = named_right_before(self, quote)
            return named if named is not None else self._continuing(quote.start)
        if quote.speaker is None:
            subject = _inside(subject_of_cue(self, quote), holder)
            if subject is not None:
                return self.resolve(subject[0], subject[1], quote.start)
            # (a name the parse took for no subject, "Sur Twitter, X a dénoncé un « … »", speaks)
            named = named_right_before(self, quote) or phrase_before_cue(self, quote) or \
                named_heading_sentence(self, quote) or \
                named_before_colon(self, quote)  # ("…, Martin, 58 ans, a tweeté : « … »")
            return named if named is not None else self._continuing(quote.start)
        start, end = subject_after_clitic(self.doc, quote.cue, quote.speaker) or quote.speaker
        # a nested cue's mention before its holder's words is the marker's phrase the parse made its
        # subject ("D'après l'agence X, Y a souhaité que": "agence" nsubj, Y in apposition)
        outside = _inside((start, end), holder) is None
        if looks_broken(self.doc, start, end) or self.in_reported(start, end) or outside:
            subject = _inside(subject_of_cue(self, quote), holder)
            named = named_right_before(self, quote) or phrase_before_cue(self, quote) \
                if subject is None and outside else None
            if named is None and subject is None:
                named = before_split_tense(self, quote)  # "X a, de son côté, salué": X before the aside
            if named is not None:
                return named
            if subject is None and not outside:
                return NOBODY
            start, end = subject or (start, end)
        found = self.resolve(start, end, quote.start)
        return found if found.actor else named_after_description(self, quote, found) or found

    def _in_words_before(self, quote: FoundQuote, span: tuple[int, int] | None) -> ResolvedSpeaker | None:
        """The speaker of direct words closed before the cue, when the cue's mention lies inside
        them: the parse hung an adjunct on a quoted verb ("« … Notre pays refuse … », a-t-il
        ajouté, en désignant X comme …" gives the gerund the quoted subject), so the one who says
        those words speaks the adjunct too."""
        other = _words_holding(self.quotes, quote, span)
        if other is None:
            return None
        found = self.speaker_of(other)
        return found if found.name else None

    def _apposed_person(self, end: int) -> Mention | None:
        """A person named in apposition shortly after a description, in its sentence ("la
        correspondante de France 24 en Égypte, Sonia Dridi, affirme")."""
        for mention in self.index.mentions:
            if mention.start < end or mention.kind != "person":
                continue
            gap = self.text[end:mention.start]
            if len(gap) <= APPOSITION_REACH and gap.rstrip().endswith(",") and not any(c in gap for c in ".;:«»\""):
                return mention
            if mention.start - end > APPOSITION_REACH:
                break
        return None

    # -- one mention

    def resolve(self, start: int, end: int, position: int, *, pronouns: bool = True,
                depth: int = 0) -> ResolvedSpeaker:
        start, end = clean_mention(self.doc, start, end)
        start = complemented_role_start(self.doc, start, end)
        glued = GLUED.match(self.text, end)
        if glued and end > start and self.text[end - 1].isalpha():
            end = glued.end()  # the tokenizer splits "Celui-ci", "Jean-Pierre" into pieces
        start, end = self._covering_name(start, end)
        end = self._quoted_title_end(start, end)
        text = self.text[start:end]
        words = self.words
        folded = fold_same_length(text.lower()).strip()
        if folded in words.impersonal:
            return ResolvedSpeaker(None, UNSPECIFIED, start, end)
        same = same_informant(self, start, end, position)
        if same is not None:  # "selon la même source": whoever was cited last
            return same
        possessor = folded in words.possessive  # a marker's possessive ("À ses yeux"): whom "ses" takes up
        if folded in words.relatives or folded in words.demonstratives or folded in words.formers or possessor or \
                folded.lstrip("-t").lstrip("-") in words.masculine | words.feminine | words.plural:
            if not pronouns or depth > 2:
                return ResolvedSpeaker(None, text, start, end)
            found = self.antecedents.of_pronoun(start, end, position, folded, depth)
            if found is not None and found.name:
                return ResolvedSpeaker(found.actor, found.name, start, end)
            turn = self.current_speaker(position, paragraphs=0)
            bare = folded.lstrip("-t").lstrip("-")
            gender = "f" if bare in words.feminine else "m" if bare in words.masculine else None
            if turn is not None and (possessor or gender) and \
                    (turn.speaker.actor or self.designates(turn.speaker.name)) and \
                    (gender is None or self.index.gender.get(turn.speaker.actor or "") in (None, gender)):
                # a singular pronoun no antecedent agrees with ("Le maire a dénoncé … », a-t-elle
                # ajouté": the grammatical gender of a role noun is not its holder's): the
                # paragraph's speaker goes on, rather than a bare pronoun
                return ResolvedSpeaker(turn.speaker.actor, turn.speaker.name, start, end)
            return ResolvedSpeaker(None, text, start, end)
        first = joint_start(self, start, end)  # "Paris et Berlin" the mention cut to "Berlin"
        if first < start and self.joint(first, end):
            return ResolvedSpeaker(None, self.text[first:end], first, end)
        if self.joint(start, end):
            return ResolvedSpeaker(None, text, start, end)
        voice = voiced_by(self, start, end)
        if voice is not None:  # "X, par la voix de son porte-parole Y, a déclaré"
            return self.speaker(voice, start, end)
        mention = self.index.at(start, end, ("person",))
        title = mention and next((m for m in media_mentions(self.doc, self.index) if m.start <= mention.start and
                                  mention.end <= m.end and m.end - m.start > mention.end - mention.start), None)
        if title is not None:
            # "Le Matin Dimanche": a person the recogniser read inside a medium's title is the medium
            start, end, mention = min(start, title.start), max(end, title.end), None
        medium = medium_at(self.doc, self.index, start, end)
        if mention is not None and self._heads(mention, start, end) and self._named(mention.text):
            return self.speaker(mention.actor_id, start, end)
        if medium is not None and medium.actor is None and self._heads_medium(medium, start, end):
            # a title the index does not know: the listed medium's, linked now (a speaker is cited)
            listed = link_listed(self.doc, self.index, medium)
            return self.speaker(listed, start, end) if listed else ResolvedSpeaker(None, medium.name, start, end)
        if medium is not None and staff_of_medium(self.doc, self.text[start:medium.start]):
            # "un journaliste de l'AFP": the staff speaks, under the name given next to it
            named = self._apposed_person(end)
            return self.speaker(named.actor_id, start, end) if named else ResolvedSpeaker(None, text, start, end)
        head = head_word(words, text)
        if head in words.documents and not heads_media_compound(words, text):  # (not "le site d'information")
            author = self.descriptions.author_of_document(text)
            if author:
                offset = text.find(author)
                found = self.resolve(start + offset, start + offset + len(author), position, depth=depth + 1)
                return ResolvedSpeaker(found.actor, found.name if found.actor else author, start, end)
            after = document_author_after(self.doc, start, end) or \
                document_issuer(self.doc, start, end)  # "un rapport établi par X", "X a publié un rapport"
            if after is None and first_word(text) in words.definite | words.demonstratives:
                after = earlier_document_author(self, head, start)  # "Le rapport du BEA … Selon le rapport"
            if after is not None and depth < 2:
                found = self.resolve(after[0], after[1], position, depth=depth + 1)
                return ResolvedSpeaker(found.actor, found.name, start, end)
        # (a medium is nobody's title: "selon la chaîne X, le président Y a …" names Y after the marker)
        adjacent = self.descriptions.adjacent_person(start, end) if head not in words.media else None
        if adjacent is not None and end <= position <= adjacent.start:
            # a name past where the words begin is theirs, no apposition: "Selon le ministère, le
            # secrétaire X a rencontré …" tells about X, the ministry speaks
            adjacent = None
        if adjacent is not None and (head in words.speaker_heads or head in words.roles or role_head(words, text) or
                                     first_word(text) in words.possessive or self._agent_head(start, end)):
            # "selon son producteur, X": a possessed noun with a name in apposition is that person,
            # whatever the noun (the possessor would otherwise be read as the speaker's owner)
            return self.speaker(adjacent.actor_id, start, end)
        counted = counted_states(self, start, end) or \
            counted_persons(self, start, end)  # "Les deux ministres ont promis …" after X and Y were named
        if counted is not None:
            return counted
        described = self.descriptions.resolve(text, start, end, head, position)
        if described is not None:
            return described
        named = named_possessed(self, text, start)
        if named is not None:  # "son complice de toujours, X" … "selon son complice"
            return self.speaker(named, start, end)
        owned = self._possessed(text, start, end, position)
        if owned is not None:
            return ResolvedSpeaker(None, owned, start, end)
        expanded = acronym_expansion(self.text, text, words.stop, pack_of(self.doc))
        return ResolvedSpeaker(None, expanded or text, start, end)

    def _agent_head(self, start: int, end: int) -> bool:
        """Is a description's head a singular agent noun not in the role list ("le coordonnateur
        humanitaire"): one person, whom a name in apposition names ("X, d'autres": not X)?"""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.pos_ == "NOUN" and \
            "Plur" not in span.root.morph.get("Number") and agent_noun(span.root)

    def joint(self, start: int, end: int) -> bool:
        """Do two actors the index knows speak together ("Rome et Madrid", "Le Bloc québécois et le
        NPD")? Only a coordinating conjunction and determiners stand between them; the speaker
        stays as written, one actor for both would be wrong."""
        inside = [m for m in self.index.mentions if start <= m.start and m.end <= end]
        for first, second in zip(inside, inside[1:]):
            if first.actor_id != second.actor_id and second.start > first.end and \
                    mentions_coordinated(self.doc, first.end, second.start):
                return True
        return False

    def _possessed(self, text: str, start: int, end: int, position: int) -> str | None:
        if (start, end) not in self.owned:
            self.owned[start, end] = self._possessor_named(text, start, end, position)
        return self.owned[start, end]

    def _possessor_named(self, text: str, start: int, end: int, position: int) -> str | None:
        """A short designation through one possessor ("son entourage", "ses avocats"): the same
        words with the possessor named after them ("entourage de François Fillon"), the possessor
        being the subject of the words it reports, else who speaks in this paragraph, else the
        latest person named."""
        pack = pack_of(self.doc)
        words = text.split()
        if not 2 <= len(words) <= 4 or words[0].lower() not in function_words(pack, "singular_possessive"):
            return None
        turn = self.current_speaker(position, paragraphs=0)
        here = self.doc.char_span(position, position + 1, alignment_mode="expand")
        own = self.doc.char_span(start, end, alignment_mode="expand")
        # "X s'est rendu à Berlin, a rappelé son cabinet": the words are about X, whose cabinet it is
        reported = self.antecedents.reported_subject(own.root, position) if own is not None and len(own) else None
        # the subject of the sentence before, after the paragraph's last turn, owns it ("Le tribunal
        # a estimé que … L'association X a fait appel. Sa porte-parole juge que …": X's)
        previous = reported or \
            (self.antecedents.previous_subject(here[0]) if here is not None and len(here) else None)
        if previous is not None and (reported is not None or turn is None or previous[0] > turn.position):
            owner = previous[1].name
            if first_word(owner) in self.words.definite:  # ("de l'association", not "de L'association")
                owner = owner[:1].lower() + owner[1:]
        elif turn is not None and turn.speaker.actor:
            owner = turn.speaker.name
        else:
            recent = self.antecedents.recent_person(position, None)
            if recent is None or position - recent.end > 800:
                return None
            owner = self.index.actors[recent.actor_id].name
        link = min(function_words(pack, "possessor_genitive"))
        return contracted(pack, f"{' '.join(words[1:])} {link} {owner}")

    def _heads(self, mention: Mention, start: int, end: int) -> bool:
        """Is the person named at the head of the mention, not in a complement ("le porte-parole de
        X") or in a trailing comparison ("…, comme Samopomitch")?"""
        before = fold_same_length(self.text[start:mention.start].lower()).rstrip()
        if before and self.words.complement.search(before) or self._titled_complement(before):
            return False
        after = token_from(self.doc, mention.end)
        if after is not None and after.idx == mention.end and after.dep_ in pack_of(self.doc).label("case_marker"):
            # "Donald Trump's campaign manager": the person owns the one who speaks (not his letter:
            # "Bornstein's letter" speaks for its author)
            owned = fold_same_length(self.text[after.idx + len(after.text):end].lower()).split()
            people = self.words.roles | self.words.speaker_heads
            if owned and (owned[-1] in people or " ".join(owned[-2:]) in people):
                return False
        return not any(w in self.words.relatives or w in self.words.comparisons for w in before.split()[-1:]) \
            and "," not in before

    def _titled_complement(self, before: str) -> bool:
        """Do the words before a name end in a complement whose noun is the name's title ("le
        porte-parole du président X", "l'épouse du ministre X")? X is the complement's, someone
        else speaks; a complement with no role ("le ministre des Affaires étrangères X") is the
        head's own, and X speaks."""
        words = re.findall(r"[\w\-]+'?", before.replace("’", "'"))
        cut = max((i for i, w in enumerate(words) if i > 0 and w in self.words.genitives), default=None)
        return cut is not None and any(w in self.words.roles for w in words[cut + 1:])

    def _heads_medium(self, medium, start: int, end: int) -> bool:
        """Is the medium the whole mention or what its media noun introduces ("la revue X")?"""
        before = fold_same_length(self.text[start:medium.start].lower()).strip()
        # (the sentence's article before a title the list writes with its own: "le Journal de Montréal")
        return not before or head_word(self.words, before) in self.words.media | {""}

    def _named(self, text: str) -> bool:
        """Does a person mention hold a name, not only a determiner and a role noun ("Le roi")?"""
        words = [w for w in text.split() if fold_same_length(w.lower()).rstrip("'") not in self.words.stop]
        return any(w[:1].isupper() for w in words[1:]) or \
            bool(words) and words[0][:1].isupper() and head_word(self.words, text) not in self.words.roles

    def _quoted_title_end(self, start: int, end: int) -> int:
        """Extend a mention that a media noun ends over the title in marks after it ("le quotidien
        « La Gazette du Nord »"): the mention was cut at the mark, the title names the medium."""
        return title_after(self.doc, start, end) or end

    def _covering_name(self, start: int, end: int) -> tuple[int, int]:
        """Extend a mention over a name it cuts ("Le Canard" of "Le Canard enchaîné", "Business"
        of "Business France", "Luca" of "De Luca": the parse reads a capitalised particle as a
        preposition)."""
        for mention in self.index.mentions:
            if mention.start >= end:
                break
            if start <= mention.start < end < mention.end and mention.end - end < 30:
                return start, mention.end
            if mention.start < start < mention.end and end <= mention.end:
                return mention.start, mention.end
        last = self.doc.char_span(start, end, alignment_mode="expand")
        if last is not None and len(last) and last[-1].text[:1].isupper():
            k = last.end
            while k < len(self.doc) and self.doc[k].pos_ == "PROPN" and self.doc[k].text[:1].isupper() and \
                    not self.doc[k].is_sent_start:
                k += 1
            if k > last.end:
                return start, self.doc[k - 1].idx + len(self.doc[k - 1].text)
        return start, end

    def speaker(self, actor_id: str, start: int | None, end: int | None) -> ResolvedSpeaker:
        actor = self.index.actors[actor_id]
        return ResolvedSpeaker(actor.id, actor.name, start, end)

    def _continuing(self, position: int) -> ResolvedSpeaker:
        """A quotation with no speaker to read and nothing to continue: who speaks in this
        paragraph or the one before, else the latest person named before it."""
        turn = self.current_speaker(position)
        if turn is not None:
            return ResolvedSpeaker(turn.speaker.actor, turn.speaker.name, None, None)
        recent = self.antecedents.recent_person(position, None)
        if recent is not None and position - recent.end < 800:
            return self.speaker(recent.actor_id, None, None)
        return NOBODY


def _words_holding(quotes: list[FoundQuote], quote: FoundQuote,
                   span: tuple[int, int] | None = None) -> FoundQuote | None:
    """The direct quote, closed before a quote's cue, whose words hold its speaker mention (or
    `span`), the quote itself standing outside them."""
    span = span or quote.speaker
    if span is None or quote.cue is None:
        return None
    return next((other for other in quotes if other is not quote and other.type == "direct" and
                 not other.continuation and other.start <= span[0] and span[1] <= other.end <= quote.cue[0]
                 and not other.start <= quote.start < other.end), None)


def _inside(span: tuple[int, int] | None, holder: FoundQuote | None) -> tuple[int, int] | None:
    """`span`, unless it stands before the words of the marker's report that holds the cue."""
    if span is None or holder is None or span[0] >= holder.start:
        return span
    return None


def marker_holding(quotes: list[FoundQuote], quote: FoundQuote) -> FoundQuote | None:
    """The report of an opening attribution marker, or of a cue after its words (an incise, a
    closing marker), whose words hold a quote's cue ("Selon X, [Y a déclaré que …]", "[Y a
    assuré que …], rapporte X"): the report nested in it has its own speaker inside those words."""
    if quote.cue is None or quote.marker is not None:
        return None
    return next((other for other in quotes if other is not quote and other.type != "direct" and
                 other.cue is not None and (other.marker is not None and other.cue[1] <= other.start or
                                            other.end <= other.cue[0]) and
                 other.start <= quote.cue[0] and quote.cue[1] <= other.end), None)


def staff_of_medium(doc: Doc, before: str) -> bool:
    """Do the words before a medium's name make it the employer of the staff who speak ("une
    équipe de", "le correspondant de l'")? The staff speak; the medium is their channel."""
    words = speaker_words(pack_of(doc))
    folded = fold_same_length(before.lower()).replace("'", "' ").replace("’", "' ").split()
    staff = {fold_same_length(w) for w in function_words(pack_of(doc), "media_staff")}  # folded as the words are
    k = max((i for i, w in enumerate(folded) if w in staff), default=-1)
    # (one adjective may stand between: "un envoyé spécial du")
    return 0 <= k and any(w in words.genitives for w in folded[k + 1:k + 3])


def resolve_speakers(doc: Doc, index: ActorIndex, quotes: list[FoundQuote], *,
                     marks: list[QuotedSpan] | None = None) -> list[ResolvedSpeaker]:
    """The speaker of each quote; `marks`: the Doc's paired quotation marks the finder read."""
    resolver = SpeakerResolver(doc, index, quotes, marks)
    return [resolver.speaker_of(q) for q in quotes]


__all__ = ["NOBODY", "ResolvedSpeaker", "SpeakerResolver", "Turn", "UNSPECIFIED", "resolve_speakers", "staff_of_medium"]
