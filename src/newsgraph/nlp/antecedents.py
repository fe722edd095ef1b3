"""What a pronoun speaker stands for ("a-t-il ajouté", "Il estime que", "qui", "ce dernier").

The candidates, in order, each taken only if it agrees in gender and number:
1. a subject or an agent that the pronoun's own sentence names before it, outside any reported
   words ("La décision est saluée par l'ACLU : « … », a-t-elle déclaré");
2. the subject of the previous sentence, when it comes after the current speaker's last quote
   (a pronoun there is resolved in turn); the speaker of an incise closing it first ("…, fait
   remarquer X. « … », a-t-il ajouté");
3. the current speaker: who spoke last, in this paragraph or the one before;
4. the latest person named outside reported words, a person of known gender first.
A relative "qui" stands for its antecedent; "ce dernier" for the latest actor of its gender
(demonstratives.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .actor_index import Mention
from .context import pack_of
from .demonstratives import PERSON_REACH, clean_phrase, former_person, latest_actor, latest_description
from .lexicon import function_words, pronoun_forms, speech_verb
from .resolved_speaker import ResolvedSpeaker
from .cue_readings import relative_antecedent
from .speaker_words import description_gender, head_word, is_plural
from .syntax import labels
from .marker_phrases import citing_marker_before
from .textutil import fold_same_length

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# a person of unknown gender nearer than this beats one of the right gender further back
NEAR = 600


class Antecedents:
    def __init__(self, resolver: "SpeakerResolver"):
        self.r = resolver
        pack = pack_of(resolver.doc)
        self.subjects = labels(pack, "subject", "passive_subject")
        self.agents = labels(pack, "agent")
        self.relative = labels(pack, "relative_clause")
        self.passive_subjects = labels(pack, "passive_subject")
        self.active = labels(pack, "subject")
        self.objects = labels(pack, "object", "indirect_object")
        self.place_prepositions = pack.words("place_prepositions")
        self.nominal = labels(pack, "nominal_modifier")
        self.case = labels(pack, "case_marker")
        self.auxiliaries = labels(pack, "tense_auxiliary")
        self.expletive = labels(pack, "expletive_subject")
        self.adverbial_clauses = labels(pack, "adverbial_clause")
        self.markers = labels(pack, "marker")
        # pronouns of a person ("il", "elle"; not "it"): only they carry a chain the parse calls impersonal
        self.gendered = pronoun_forms(pack, person="3", gender=("m", "f"), kind="personal")
        self.topic_markers = function_words(pack, "topic_marker")
        self.stressed = pronoun_forms(pack, person="3", stressed="yes")

    # -- agreement

    def agrees(self, phrase: Span, gender: str | None, plural: bool) -> bool:
        """Can a noun phrase be taken up by a pronoun of this gender and number?"""
        r = self.r
        words = r.words
        mention = r.index.at(phrase.start_char, phrase.end_char, ("person",))
        head = phrase.root
        if mention is not None and not mention.start <= head.idx < mention.end and head.pos_ == "NOUN":
            mention = None  # "la version du décret de Donald Trump": the person only completes a thing
        if mention is not None and not plural:
            return gender is None or r.index.gender.get(mention.actor_id) in (None, gender)
        if is_plural(words, phrase) != plural:
            return False
        if gender is None:
            return True
        shown = description_gender(words, phrase)
        return shown in (None, gender) or (plural and gender == "m")

    def speaker_agrees(self, speaker: "ResolvedSpeaker", gender: str | None, plural: bool) -> bool:
        r = self.r
        if speaker.actor and speaker.actor.startswith("person:"):
            return not plural and (gender is None or r.index.gender.get(speaker.actor) in (None, gender))
        if speaker.start is not None and speaker.end is not None:
            span = r.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            if span is not None and len(span) == 1 and span[0].pos_ == "PRON":
                # a description taken up by a pronoun ("Le ministre … Il a déclaré"): the pronoun
                # tells its gender and number ("Elle a répondu" is not him)
                form = fold_same_length(span[0].lower_).lstrip("-t").lstrip("-")
                words = r.words
                if form in words.masculine | words.feminine | words.plural:
                    shown = "f" if form in words.feminine or form in words.feminine_forms else "m"
                    return (form in words.plural) == plural and (gender is None or shown == gender or plural)
            if span is not None and len(span):
                return self.agrees(span, gender, plural)
        return not plural

    # -- the pronouns

    def of_pronoun(self, start: int, end: int, position: int, folded: str,
                   depth: int) -> "ResolvedSpeaker | None":
        r = self.r
        words = r.words
        doc = r.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        if folded in words.relatives:
            antecedent = relative_antecedent(span[0])
            if antecedent is None:
                return None
            found = r.resolve(antecedent[0], antecedent[1], position, depth=depth + 1)
            return found if found.name and found.name.lower() != folded else None
        bare = folded.lstrip("-t").lstrip("-")
        plural = bare in words.plural or folded in words.plural_demonstratives or folded in words.plural_possessive
        gender = "f" if bare in words.feminine or folded in words.feminine_forms else "m"
        if folded in words.possessive:
            gender = None  # "ses" agrees with its noun ("yeux"), not with its possessor
        if folded in words.demonstratives:
            found = latest_actor(self, start, gender, plural)
            described = latest_description(self, start, gender, plural, found)
            return described if described is not None else found
        if folded in words.formers:
            return former_person(self, start, gender)
        if folded in words.anaphoric:
            # "l'intéressé" takes up a person as "il" does, never an institution "il" could be
            found = self._of_personal(span, start, position, gender, plural, depth)
            if found is not None and found.actor and found.actor.startswith("person:"):
                return found
            recent = None if plural else self.recent_person(min(start, position), gender)
            return r.speaker(recent.actor_id, None, None) if recent is not None else None
        return self._of_personal(span, start, position, gender, plural, depth)

    def _of_personal(self, span: Span, start: int, position: int, gender: str | None, plural: bool,
                     depth: int) -> "ResolvedSpeaker | None":
        r = self.r
        dislocated = self._restated_subject(span[0])
        if dislocated is not None and self.agrees(dislocated, gender, plural):
            found = r.resolve(dislocated.start_char, dislocated.end_char, dislocated.start_char, depth=depth + 1)
            if found.name:
                return found
        for phrase in self._sentence_candidates(span[0], min(start, position)):
            if self.agrees(phrase, gender, plural):
                found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, depth=depth + 1)
                if found.actor or (found.name and self._person_like(phrase)):
                    return found
        turn = r.current_speaker(min(start, position))
        previous = self._previous_subject(span[0], gender, plural, depth, min(start, position))
        if previous is not None and (turn is None or previous[0] > turn.position):
            return previous[1]
        if turn is not None and not plural and turn.paragraph != r.paragraph_of(start):
            # "X a critiqué la ministre Y. Elle a répondu …": someone of the pronoun's known gender
            # named in its paragraph, after the last speaker's turn in an earlier one, is meant
            named = self._named_since(min(start, position), turn.position, gender)
            if named is not None:
                return r.speaker(named.actor_id, None, None)
        if turn is not None and not plural and self._cited_medium(turn.speaker):
            # "D'après le Journal, … « … », a-t-il insisté": a medium a marker cites is no one
            # "il" takes up while a person of that gender is named before: the subject the medium
            # reports ("X a accusé Y, selon l'agence Z. Il affirme …"), else the latest person
            if previous is not None:
                return previous[1]
            recent = self.recent_person(min(start, position), gender)
            if recent is not None:
                return r.speaker(recent.actor_id, None, None)
        if turn is not None and self.speaker_agrees(turn.speaker, gender, plural):
            return turn.speaker
        if previous is not None:
            return previous[1]
        if plural:
            return None
        recent = self.recent_person(min(start, position), gender)
        if recent is not None:
            return r.speaker(recent.actor_id, None, None)
        return self._most_mentioned(gender)

    def previous_subject(self, token: Token) -> tuple[int, "ResolvedSpeaker"] | None:
        """The subject of the main verb of the sentence before a token's, in its paragraph and
        outside reported words, that names an actor or designates a speaker (the owner of a
        possessive: "L'association X a fait appel. Sa porte-parole …")."""
        r = self.r
        doc = r.doc
        k = token.sent.start - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or r.paragraph_of(doc[k].idx) != r.paragraph_of(token.idx):
            return None
        for child in self._root_subjects(doc[k].sent.root):
            phrase = clean_phrase(child)
            if child.pos_ == "PRON" or phrase is None or r.in_reported(child.idx, child.idx + len(child.text)):
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
            if found.name and (found.actor or r.designates(found.name)):
                return phrase.start_char, found
        return None

    def reported_subject(self, designation: Token, since: int) -> tuple[int, "ResolvedSpeaker"] | None:
        """The subject of the reported words that open a designation's sentence at `since`, when
        the designation is the subject of the closing cue ("X a décidé de …, a annoncé son
        porte-parole": X) and the subject names an actor or designates a speaker: the owner of the
        designation's possessive, whom the words are about."""
        r = self.r
        cue = designation.head
        # (the parser often calls the inverted subject of an incise its object)
        if cue == designation or cue.pos_ != "VERB" or cue.i > designation.i or \
                not designation.sent.start_char <= since < cue.idx:
            return None
        # the parse hangs the cue on the reported verb (parataxis) or the reported verb on the cue
        verbs = [cue.head] if cue.head != cue and cue.head.i < cue.i else []
        verbs += [c for c in cue.children if c.i < designation.i and c.pos_ in ("VERB", "AUX")]
        for verb in verbs:
            for child in self._root_subjects(verb):
                phrase = clean_phrase(child)
                if child.pos_ == "PRON" or phrase is None or phrase.start_char < since:
                    continue
                found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
                if found.name and (found.actor or r.designates(found.name)):
                    return phrase.start_char, found
        return None

    def _cited_medium(self, speaker: "ResolvedSpeaker") -> bool:
        """Is a speaker a medium that an attribution marker cites ("selon le Journal")?"""
        r = self.r
        actor = r.index.actors.get(speaker.actor or "")
        if actor is None or actor.kind != "media" or speaker.start is None:
            return False
        span = r.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        return span is not None and span.start > 0 and citing_marker_before(r.doc, span.start - 1) is not None

    def _usable(self, token: Token) -> bool:
        r = self.r
        return token.pos_ not in ("PRON", "PUNCT", "DET", "ADP", "VERB", "AUX", "SCONJ", "CCONJ", "SPACE") and \
            not r.in_reported(token.idx, token.idx + len(token.text))

    def _sentence_candidates(self, pronoun: Token, position: int) -> list[Span]:
        """Subjects and agents of the pronoun's own sentence, before it, outside reported words:
        the subjects of the clauses above the pronoun first."""
        # "Quant à X, il …": the topic set before the pronoun's clause is whom it takes up
        found: list[Token] = [t.head for t in pronoun.sent if t.i < pronoun.i and t.lower_ in self.topic_markers and
                              t.head.pos_ in ("NOUN", "PROPN") and t.head.i < pronoun.i and self._usable(t.head)]
        # "X a, quant à elle, accusé …": a stressed pronoun after the marker inside its clause
        # restates the subject, the noun phrase that opens the sentence, whatever the parse made of it
        if pronoun.i >= 2 and pronoun.doc[pronoun.i - 2].lower_ in self.topic_markers and \
                pronoun.i - 2 > pronoun.sent.start:
            found += [t for t in pronoun.sent if t.i < pronoun.i - 2 and t.pos_ in ("NOUN", "PROPN") and
                      self._usable(t) and not any(c.dep_ in self.case for c in t.children)][:1]
        head = pronoun.head
        while head.head.i != head.i:
            head = head.head
            found += [c for c in head.children if c.dep_ in self.subjects and c.i < pronoun.i and self._usable(c)
                      and not self._subject_of_reported(c)]
        sent = pronoun.sent
        before = [t for t in sent if t.i < pronoun.i and t.idx < position and self._usable(t)]
        # active subjects, then agents ("saluée par l'ACLU"), then passive subjects
        for wanted in (self.active, self.agents, self.passive_subjects):
            found += [t for t in before if t.dep_ in wanted and t not in found and
                      not (wanted is self.agents and self._agent_of_own_adjunct(t, pronoun)) and
                      not self._subject_of_reported(t)]
        phrases = []
        for token in found:
            phrase = clean_phrase(token)
            if phrase is not None and phrase.end <= pronoun.i:
                phrases.append(phrase)
        return phrases

    def _restated_subject(self, pronoun: Token) -> Span | None:
        """The noun phrase a stressed pronoun set off by commas restates ("Les syndicats, eux,
        refusent …"): the subject, though the parse made the pronoun the subject and the noun
        phrase an adjunct."""
        doc = pronoun.doc
        k = pronoun.i
        if pronoun.lower_ not in self.stressed or k < 2 or k + 1 >= len(doc) or \
                doc[k - 1].text != "," or doc[k + 1].text != ",":
            return None
        head = self._dislocated_subject(pronoun.head)
        if not head or not self._usable(head[0]):
            return None
        phrase = clean_phrase(head[0])
        return phrase if phrase is not None and phrase.end < k else None

    def _subject_of_reported(self, token: Token) -> bool:
        """Is this the subject of a verb inside a quote's words, left before the opening mark ("Le
        nouveau président « a intérêt à rompre l'isolement », analyse-t-il")? It belongs to what is
        said, so the incise's pronoun takes up someone else."""
        head = token.head
        return token.dep_ in self.subjects and head.i != token.i and head.i > token.i and \
            self.r.in_reported(head.idx, head.idx + len(head.text))

    def _agent_of_own_adjunct(self, agent: Token, pronoun: Token) -> bool:
        """Is this the agent of a bare participle that modifies the pronoun's own verb ("Interrogé
        par Radio Okapi, il a reconnu…")? The participle's understood subject is the pronoun, so
        its agent (the interviewer) is someone else. A participle with its own subject or
        auxiliary ("La décision est saluée par l'ACLU : …, a-t-elle dit") is a clause of its own."""
        participle = agent.head
        return participle.head.i == pronoun.head.i and participle.i != pronoun.head.i and \
            participle.i < pronoun.i and \
            not any(c.dep_ in self.subjects or c.pos_ == "AUX" for c in participle.children)

    def _previous_subject(self, pronoun: Token, gender: str, plural: bool, depth: int,
                          position: int | None = None) -> tuple[int, "ResolvedSpeaker"] | None:
        """The subject of the sentence before the pronoun's, outside reported words; for an
        incise after words of several sentences ("« A. B », prévient-il"), the sentence before
        the one the words open in (`position`, where they start)."""
        r = self.r
        doc = r.doc
        first = pronoun.sent.start
        if position is not None and position < pronoun.sent.start_char:
            opening = doc.char_span(position, position + 1, alignment_mode="expand")
            if opening is not None and len(opening) and r.paragraph_of(position) == r.paragraph_of(pronoun.idx):
                first = opening[0].sent.start
        k = first - 1
        while k >= 0 and doc[k].is_space:
            k -= 1
        if k < 0 or r.paragraph_of(doc[k].idx) != r.paragraph_of(pronoun.idx):
            return None
        previous = doc[k].sent
        credited = self._credited_subject(previous, gender, plural)
        if credited is not None:
            return credited
        incise = self._incise_speaker(previous, gender, plural)
        if incise is not None:
            return incise
        root = previous.root
        for child in self._root_subjects(root):
            if r.in_reported(child.idx, child.idx + len(child.text)):
                continue
            if child.pos_ == "PRON":
                if depth > 1:
                    continue
                found = r.resolve(child.idx, child.idx + len(child.text), child.idx, depth=depth + 1)
                if (found.actor or (found.name and found.name != child.text)) and \
                        self.speaker_agrees(found, gender, plural):
                    return child.idx, found  # ("Celle-ci lui a assuré … Il s'est dit": not her)
                continue
            phrase = clean_phrase(child)
            if phrase is None or not self.agrees(phrase, gender, plural):
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
            if found.actor or (found.name and (plural or self._person_like(phrase))):
                return phrase.start_char, found
        if any(child.pos_ == "PRON" or self._person_like(previous[child.i - previous.start:child.i - previous.start + 1])
               for child in self._root_subjects(root)):
            # a subject that may act (its head a name or a speaker noun), though not agreeing: a
            # person it acts on, of the pronoun's known gender, is meant ("Le président a reçu la
            # ministre X. Elle a déclaré …"); else nobody of this sentence
            return self._object_of(root, gender, plural)
        # a sentence with no subject of its own ("Parmi les reproches adressés par le porte-parole,
        # …"), or whose subject is a thing ("Le décret a été bloqué par le juge X. Il estime que"):
        # the person it names as agent is who acts in it
        for token in previous:
            if token.dep_ not in self.agents or r.in_reported(token.idx, token.idx + len(token.text)):
                continue
            phrase = clean_phrase(token)
            if phrase is None or not self.agrees(phrase, gender, plural):
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
            if found.actor and found.actor.startswith("person:"):
                return phrase.start_char, found
        # nor an agent: the latest subject of a clause inside it that may act and agrees ("Son
        # action sera limitée par le fait que l'armée s'est octroyée le pouvoir. Elle a promis …"),
        # when nobody has the floor (a current speaker goes on before such a guess)
        if r.current_speaker(pronoun.idx) is not None:
            return None
        for token in reversed(previous):
            if token.dep_ not in self.active or token.pos_ not in ("NOUN", "PROPN") or token.head.i == root.i or \
                    r.in_reported(token.idx, token.idx + len(token.text)):
                continue
            phrase = clean_phrase(token)
            if phrase is None or not self._person_like(phrase) or not self.agrees(phrase, gender, plural):
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
            if found.actor or found.name:
                return phrase.start_char, found
        return None

    def _credited_subject(self, sentence: Span, gender: str, plural: bool) -> tuple[int, "ResolvedSpeaker"] | None:
        """The person a sentence tells of, when the sentence is the reported words of a source
        credited after its subject ("X a reçu une délégation, rapporte la BBC", "X a jugé ces
        menaces « inacceptables », selon un communiqué de Downing Street"): the source only
        vouches for what X did, so a pronoun in the next sentence goes on with X. Not when the
        source is a person named (who may be the one going on: "…, a affirmé Y. Il a ajouté") or a
        role an incise verb brings in ("…, a précisé son porte-parole"): those speak rather than
        vouch, and are left to the incise speaker. The subject is placed at the end of the words,
        after the source's turn, which it outranks."""
        r = self.r
        if plural:
            return None
        for child in self._root_subjects(sentence.root):
            quote = next((q for q in r.quotes if q.start <= child.idx < q.end and q.type != "direct" and
                          q.cue is not None and q.cue[0] > child.idx + len(child.text)), None)
            source = r.resolved.get(id(quote)) if quote is not None else None
            if source is None or not self._vouching(source, quote.marker is not None):
                continue
            phrase = clean_phrase(child)
            if phrase is None or phrase.end_char > quote.end or not self.agrees(phrase, gender, plural):
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
            if found.actor and found.actor.startswith("person:"):
                return quote.end, found
        return None

    def _vouching(self, source: "ResolvedSpeaker", marked: bool) -> bool:
        """Does a source credited after a sentence only vouch for it: not a person named, and, after
        an incise verb rather than a marker ("selon"), not a role either?"""
        if not source.name or source.actor and source.actor.startswith("person:"):
            return False
        return marked or head_word(self.r.words, source.name) not in self.r.words.roles

    def _object_of(self, root: Token, gender: str, plural: bool) -> tuple[int, "ResolvedSpeaker"] | None:
        """The person object of a sentence's main verb ("a reçu la ministre X") whose gender the
        article tells and is the pronoun's, outside reported words: ranked below the subject."""
        r = self.r
        if plural:
            return None
        for child in self._verb_group(root):
            if child.dep_ not in self.objects or r.in_reported(child.idx, child.idx + len(child.text)):
                continue
            phrase = clean_phrase(child)
            if phrase is None or not self.agrees(phrase, gender, plural):
                continue
            mention = r.index.at(phrase.start_char, phrase.end_char, ("person",))
            if mention is None or r.index.gender.get(mention.actor_id) != gender:
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
            if found.actor and found.actor.startswith("person:"):
                return phrase.start_char, found
        return None

    def _verb_group(self, verb: Token) -> list[Token]:
        """A verb's dependents and its auxiliaries' (the parse may hang the subject on either)."""
        found = list(verb.children)
        for aux in verb.children:
            if aux.dep_ in self.auxiliaries:
                found += list(aux.children)
        return found

    def _root_subjects(self, root: Token) -> list[Token]:
        """The subjects of a sentence's main verb, in text order. An adverbial phrase between the
        auxiliary and the participle ("Le gouvernement a de son côté annoncé") misleads the
        parse: it makes the phrase the subject, which its preposition shows it is not, and hangs
        the real subject on the auxiliary."""
        case = self.case
        found = [c for c in root.children if c.dep_ in self.subjects and not any(g.dep_ in case for g in c.children)]
        # a personal "il" the parser calls impersonal before its verb ("Il reste opposant") still
        # carries the chain of subjects: resolved in turn, it beats the latest person named
        found += [c for c in root.children if c.dep_ in self.expletive and c.lower_ in self.gendered and
                  c.i < root.i]
        for aux in root.children:
            if aux.dep_ in self.auxiliaries and aux.i < root.i:
                found += [c for c in aux.children if c.dep_ in self.subjects and c.i < aux.i]
        if not found:
            # "La sœur de X, présente à l'audience, a pleuré": the parse makes the apposed adjective
            # or participle a clause of its own and hangs the subject on it; it is the main verb's
            for clause in root.children:
                if clause.i > root.i or clause.dep_ not in self.adverbial_clauses or \
                        not (clause.pos_ == "ADJ" or "Part" in clause.morph.get("VerbForm")) or \
                        any(g.dep_ in self.markers for g in clause.children):
                    continue
                found += [c for c in clause.children if c.dep_ in self.subjects and c.i < clause.i]
        if not found:
            found += self._dislocated_subject(root)
        return sorted(found, key=lambda t: t.i)

    def _dislocated_subject(self, root: Token) -> list[Token]:
        """The noun phrase that opens a sentence before a stressed pronoun set off by commas ("X, elle,
        n'a pas caché …", "Le Brésilien, lui, a répété …"): the subject, restated, when the parse
        gave the main verb none (it may read both as adjuncts)."""
        doc = root.doc
        sent = root.sent
        for k in range(sent.start + 1, min(sent.end - 2, root.i)):
            if doc[k].text == "," and doc[k + 1].lower_ in self.stressed and doc[k + 2].text == ",":
                inside = [t for t in doc[sent.start:k] if not sent.start <= t.head.i < k or t.head.i == t.i]
                if len(inside) == 1 and inside[0].pos_ in ("NOUN", "PROPN") and \
                        not any(c.dep_ in self.case for c in inside[0].children):
                    return inside
                return []
        return []

    def _incise_speaker(self, sentence: Span, gender: str, plural: bool) -> tuple[int, "ResolvedSpeaker"] | None:
        """The speaker of an incise that closes a sentence ("…, fait remarquer X.", "…, a confirmé
        le ministère."): the one who says the sentence, so the one a pronoun in the next goes on
        with, whatever the sentence's own subject ("les textes impliquent …"). The parser makes
        the inverted subject an object, so it is read by position: right after a speech verb
        usable as an incise, itself right after a comma (auxiliaries between)."""
        r = self.r
        for verb in sentence:
            known = speech_verb(verb)
            if known is None or "incise" not in known.frames or verb.i + 1 >= sentence.end or \
                    r.in_reported(verb.idx, verb.idx + len(verb.text)):
                continue
            k = verb.i - 1
            while k > sentence.start and verb.doc[k].pos_ in ("AUX", "ADV"):
                k -= 1
            if k <= sentence.start or verb.doc[k].text != ",":
                continue
            if any(t.dep_ in self.subjects and t.i < k for t in self._verb_group(verb)):
                continue  # "Le président, X, a annoncé le départ de …": a subject before, no incise

            first = verb.doc[verb.i + 1]
            if first.pos_ not in ("DET", "PROPN", "NOUN") or r.in_reported(first.idx, first.idx + len(first.text)):
                continue
            head = first
            while head.head.i != head.i and verb.i < head.head.i < sentence.end:
                head = head.head
            if head.head.i != verb.i:
                continue
            phrase = clean_phrase(head)
            if phrase is None or phrase.start != first.i or not self.agrees(phrase, gender, plural):
                continue
            found = r.resolve(phrase.start_char, phrase.end_char, phrase.start_char, pronouns=False)
            if found.actor or (found.name and self._person_like(phrase)):
                return phrase.start_char, found
        return None

    def _person_like(self, phrase: Span) -> bool:
        words = self.r.words
        # the pack's heads are accent-folded ("ministere"): fold the lemma the same way
        return any(t.ent_type_ in ("PER", "ORG") or fold_same_length(t.lemma_.lower()) in words.speaker_heads
                   for t in phrase)

    # -- named persons

    def recent_person(self, position: int, gender: str | None) -> Mention | None:
        """The latest person named before a position (outside reported words) who can be `gender`.

        A person known to have that gender within the last few sentences wins over a nearer one
        whose gender is unknown.
        """
        r = self.r
        unknown = None
        for mention in r.index.persons_before(position):
            if position - mention.end > PERSON_REACH:
                break
            if r.in_reported(mention.start, mention.end):
                continue
            known = r.index.gender.get(mention.actor_id)
            if gender is None or known == gender:
                return mention if unknown is None or position - mention.end < NEAR else unknown
            if known is None and unknown is None:
                unknown = mention
        return unknown

    def _named_since(self, position: int, since: int, gender: str) -> Mention | None:
        """The latest person of a known gender named in the position's paragraph after `since`,
        outside reported words."""
        r = self.r
        paragraph = r.paragraph_of(position)
        for mention in r.index.persons_before(position):
            if mention.start <= since or r.paragraph_of(mention.start) != paragraph:
                return None
            if not r.in_reported(mention.start, mention.end) and \
                    (gender is None or r.index.gender.get(mention.actor_id) == gender):
                return mention
        return None

    def _most_mentioned(self, gender: str | None = None) -> "ResolvedSpeaker | None":
        """The person named most often, whose known gender does not contradict the pronoun's."""
        gendered = self.r.index.gender
        persons = [a for a in self.r.index.actors.values() if a.kind == "person" and
                   (gender is None or gendered.get(a.id) in (None, gender))]
        if not persons:
            return None
        best = max(persons, key=lambda a: len(a.mentions))
        return self.r.speaker(best.id, None, None)
