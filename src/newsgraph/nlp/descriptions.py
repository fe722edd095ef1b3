"""Descriptions that refer back to an actor: "le porte-parole du gouvernement", "la ministre",
"le quotidien", "l'Ordre", "le communiqué du ministère", "l'IGF".

- a person description goes to the person whose role it echoes: the role the article gives, or
  the gazetteer's roles for the year of publication, compared word by word and through the pack's
  periphrases ("le chef du gouvernement" = a prime minister; role_synonyms.tsv), with the state a
  demonym names ("le président américain") and the determiner's gender as checks; else to the
  actor an earlier mention of the same noun introduced ("le candidat X"); else, for a bare
  definite description ("le ministre", "la dirigeante"), to the current speaker or the latest
  person named;
- an organisation or a medium noun ("l'ONG", "le quotidien", "la société") goes to the actor it
  introduced, else to the current speaker of that kind, else to the latest one named;
- a capitalised short form ("l'Ordre", "la Commission") goes to the actor whose name it opens;
- a document goes to its author; an acronym the index does not know is spelt out where the
  article spells it ("l'IGF" -> "Inspection générale des finances").

Which organisation or medium a noun, a short form or an acronym takes up is group_antecedents.py's
job; this module decides what kind of description it is and matches a person's roles (how two
office titles compare is office_titles.py's).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .actor_index import Mention
from .group_antecedents import GroupAntecedents
from .media_kinds import fits_medium
from .media_mentions import link_listed, medium_at
from .office_titles import contradicted, is_role_label, longer_title, placement, role_head
from .only_person import only_person
from .preceding_person import preceding_person
from .own_names import names_own_person
from .seat_descriptions import seat_taken_up
from .salient_holders import salient_holder
from .roles import agent_noun, in_role, subject_after_fronted
from .context import gazetteer_of, pack_of
from .syntax import labels
from .marker_phrases import marker_at
from .speaker_words import (content_words, description_gender, first_word, head_word, is_name, is_national,
                            is_plural)
from .textutil import fold_same_length, strip_article

from .introduced_names import introduced_name, name_after_head
from .repeated_descriptions import repeated_description
from .resolved_speaker import ResolvedSpeaker
from .unnamed_persons import repeated_unnamed, unnamed_speaker
from .role_echoes import echoing, known_country
from .counterparts import counterpart_offices

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

# a role description takes up a person named at most this far back
PERSON_REACH = 2500


class Descriptions:
    def __init__(self, resolver: "SpeakerResolver"):
        self.r = resolver
        self.words = resolver.words
        self.folded = fold_same_length(resolver.text)  # same length as the text: slices line up
        self.gazetteer = gazetteer_of(resolver.doc)
        published = resolver.doc._.published
        self.year = int(published[:4]) if published else None
        self.pack = pack_of(resolver.doc)
        self.groups = GroupAntecedents(resolver, self.folded, self.pack)  # organisations and media a noun takes up

    # -- helpers the resolver calls directly

    def author_of_document(self, text: str) -> str | None:
        """ "le communiqué du ministère de l'Intérieur" -> "ministère de l'Intérieur"."""
        match = self.words.author.match(text)
        if not match:
            return None
        author = match.group(1).strip()
        first = author.split()[0] if author.split() else ""
        if first.lower() in self.pack.words("unnamed_media_nouns") and first[:1].islower() and \
                re.search(r"(?:^|\s)d[e'’]\s*$", text[:match.start(1)].lower()):
            # "un communiqué de presse (de X)": the bare medium noun says what kind of document it
            # is; the author, if any, comes after it
            return self.author_of_document(author)
        return author

    def adjacent_person(self, start: int, end: int) -> Mention | None:
        """A person named in apposition right before or after a description, or after it with only
        adjectives between ("le président élu Donald Trump")."""
        text = self.r.text
        end = self._complement_end(start, end)
        before = None
        for mention in self.r.index.mentions:
            if mention.kind != "person":
                continue
            if mention.start > end + 40:
                break
            gap = text[end:mention.start]
            if 0 <= mention.start - end <= 3 and gap.strip() in (",", ""):
                return mention
            if 3 < mention.start - end <= 40 and gap.lstrip().startswith(",") and self._titled(end, mention.start):
                return mention  # "le gouverneur de X, le lieutenant-général Y": the name's own title between
            if 0 < mention.start - end <= 25 and re.fullmatch(r"(?:\s+[a-zà-ÿ][\w\-]*){1,2}\s*,?\s+", gap) and \
                    self._only_modifiers(end, mention.start):
                return mention  # (the comma of an apposition after an adjective the mention left out:
                # "le Premier ministre vanuatais, X")
            if 0 <= start - mention.end <= 3 and text[mention.end:start].strip() == "," and \
                    not self._fronted_before(mention, start, end):
                before = mention
        # a name set after the description holds it before one that closes what precedes it ("A New
        # York, le porte-parole du secrétaire général, X, a dit": a fronted place, then the apposition)
        return before

    def _complement_end(self, start: int, end: int) -> int:
        """Where a description ends with the complement the noun phrase left out ("le conseiller
        d'État [chargé des finances], X"): up to the comma after it, when every word before that
        comma hangs on the description's head and none is a finite verb or a pronoun."""
        doc = self.r.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span.end >= len(doc) or doc[span.end].text == ",":
            return end
        inside = {t.i for t in span.root.subtree}
        for token in doc[span.end:min(len(doc), span.end + 12)]:
            if token.text == ",":
                return token.idx if token.i > span.end else end
            if token.i not in inside or token.pos_ in ("PRON", "SCONJ", "PUNCT") or \
                    token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
                return end
        return end

    def _titled(self, end: int, name_start: int) -> bool:
        """Is the gap between a description and a name a comma and the name's own title ("…, le
        lieutenant-général X"): a determiner, then nouns or adjectives one of which is a role?"""
        doc = self.r.doc
        gap = doc.char_span(end, name_start, alignment_mode="expand")
        if gap is None or len(gap) < 3 or gap[0].text != "," or gap[1].pos_ != "DET":
            return False
        words = [t for t in gap[2:] if not t.is_space]
        # a nationality noun is such a title too, capitalised: "…, le Slovène X"
        demonyms = [t for t in words if t.text[:1].isupper() and self.gazetteer.demonym(t.text)]
        return bool(words) and all(t.pos_ in ("NOUN", "ADJ", "PROPN") and t.text[:1].islower() or t.text == "-"
                                   or t in demonyms for t in words) and \
            any(in_role(doc, t.i) or agent_noun(t) or t in demonyms for t in words)

    def _fronted_before(self, mention: Mention, start: int, end: int) -> bool:
        """"Face à X, le ministre a déclaré": X ends a fronted complement, the description after
        the comma is the clause's subject, not X's apposition."""
        doc = self.r.doc
        name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        span = doc.char_span(start, end, alignment_mode="expand")
        return name is not None and span is not None and \
            subject_after_fronted(doc, name.end, span.root.i, span.end)

    def _only_modifiers(self, start: int, end: int) -> bool:
        """Are the words between a description and a name adjectives or participles ("le président
        élu Donald Trump"), not a relative clause ("les avocats qui représentent Donald Trump": the
        name is its object, someone else)?"""
        gap = self.r.doc.char_span(start, end, alignment_mode="expand")
        modifier = labels(self.pack, "adjective_modifier")  # (a demonym the tagger calls an auxiliary)
        return gap is None or not any(
            t.pos_ in ("PRON", "SCONJ", "ADP", "DET") or t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
            and t.dep_ not in modifier for t in gap if not t.is_space)

    # -- descriptions

    def resolve(self, text: str, start: int, end: int, head: str, position: int) -> "ResolvedSpeaker | None":
        r = self.r
        words = self.words
        role = role_head(self.words, text)
        seat = seat_taken_up(self, text, start, end)
        if seat is not None:  # "l'Élysée … a réagi la présidence"
            return seat
        other = r.index.at(start, end, ("media", "organization", "country"))
        if other is not None and not is_national(words, text, self.gazetteer.demonym(head)):
            actor = r.index.actors[other.actor_id]
            bare, _ = strip_article(text, self.pack)
            whole = abs((other.end - other.start) - len(bare)) <= 1
            if whole or head in words.media or actor.kind == "media" or head in words.organisations:
                name = actor.name if actor.kind != "country" or not whole else other.text
                return ResolvedSpeaker(actor.id, name, start, end)
            if role:
                person = self._described_person(text, start, end, position)
                if person is None and first_word(text) in words.definite:
                    span = r.doc.char_span(start, end, alignment_mode="expand")
                    gender = description_gender(words, list(span)) if span is not None else None
                    person = self._speaking_holder(text, start, gender) or \
                        (preceding_person(self, text, start, gender) if role not in words.periphrases else None)
                if person is not None:
                    return r.speaker(person, start, end)
            return ResolvedSpeaker(actor.id, text, start, end)
        span = r.doc.char_span(start, end, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        plural = is_plural(words, tokens)
        if role and not plural and names_own_person(r, start, end):
            return ResolvedSpeaker(None, text, start, end)  # ("la ministre des Sports Julie Bernard")
        if role and not plural:
            actor_id = self._described_person(text, start, end, position) or \
                self._introduced_person(text, head, start)
            repeated = repeated_unnamed(self.r, text, head, start, end) if actor_id is None else None
            if repeated is not None:
                return repeated  # ("D'après un diplomate européen, … juge ce diplomate")
            if actor_id is None and self._bare_definite(text, role) and role not in words.periphrases:
                # (a periphrasis, "le monarque", is its office's holder only: nobody else named takes it up)
                gender = description_gender(words, tokens)
                actor_id = self._salient_person(text, start, gender) or only_person(self, text, start, gender)
            elif actor_id is None and first_word(text) in words.definite:
                actor_id = self._speaking_holder(text, start, description_gender(words, tokens))
            if actor_id is None and first_word(text) in words.definite and role not in words.periphrases:
                actor_id = preceding_person(self, text, start, description_gender(words, tokens))
            if actor_id is not None and self._named_in_adjunct(actor_id, start):
                return None  # "Devant X, le ministre a déclaré": the minister is someone else
            if actor_id is not None:
                return r.speaker(actor_id, start, end)
            return unnamed_speaker(self.r, text, head, start, end, tokens)
        if not plural and first_word(text) in words.definite | words.demonstrative_determiners and \
                (head in words.affiliations or self.gazetteer.demonym(head) or self._person_noun(text) is not None):
            # "le socialiste", "la Vaudoise", "le Congolais", "l'homme", "cette mère de famille":
            # someone already named, by party, home, sex or age; no office, so no role to compare
            noun = self._person_noun(text)
            if noun is not None and self._introduced_before(head, start):
                # "a woman … the woman said": the noun already stands for whom it introduced, if
                # anyone ("l'homme, Marc Favre, …"), else for someone the text does not name
                actor_id = self._introduced_person(text, head, start)
                return r.speaker(actor_id, start, end) if actor_id else None
            sex = words.person_nouns[noun] or None if noun is not None else None
            actor_id = self._salient_person(text, start, description_gender(words, tokens) or sex, office=False, sex=sex)
            known = known_country(r.index.actors[actor_id]) if actor_id is not None else None
            if known is not None and self.gazetteer.demonym(head) not in (None, known):
                actor_id = None  # ("le Français" is not the salient person known to be Swiss)
            actor_id = self._of_region(text, start, actor_id)
            return r.speaker(actor_id, start, end) if actor_id else None
        if is_name(text, head):
            # a short form is one capitalised word after its article: "l'Ordre", "la Commission"
            short = len([w for w in re.findall(r"[\w\-]+", fold_same_length(text.lower()))
                         if w not in words.head_modifiers]) == 1
            actor_id = self.groups.short_form(head, start) if short else None
            return r.speaker(actor_id, start, end) if actor_id else None
        kinds = self.groups.kinds_of(head)
        if not kinds and head in words.works and not plural:
            # "selon un reportage", "le documentaire": a medium's work, but "l'enquête" may be the
            # police's: only the medium it names, or the one medium the article cites
            actor_id = self.groups.antecedent(head, start, ("media",)) or self.groups.only_medium()
            return r.speaker(actor_id, start, end) if actor_id else None
        if kinds and not plural:
            own = name_after_head(self.r, head, start, end)
            if own is not None:
                # "l'organisation Airwars", "le site Ikiriho": the description names its speaker,
                # who is no actor of the index; nobody named before is meant, unless under a
                # fuller form of the same name ("le syndicat SUD-PTT … le syndicat SUD")
                fuller = introduced_name(self.r, self.folded, head, start)
                if fuller is not None and fold_same_length(fuller.lower()).startswith(fold_same_length(own.lower())):
                    own = fuller
                return ResolvedSpeaker(None, own, start, end)
            actor_id = self.groups.antecedent(head, start, kinds)
            if actor_id is None and "media" in kinds and first_word(text) in words.definite:
                medium = self.groups.introduced_medium(head, start)
                if medium is not None:  # "l'agence Chine nouvelle … D'après l'agence"
                    listed = medium.actor or link_listed(r.doc, r.index, medium)
                    return r.speaker(listed, start, end) if listed else ResolvedSpeaker(None, medium.name, start, end)
            if actor_id is None and "organization" in kinds and first_word(text) in words.definite:
                named = introduced_name(self.r, self.folded, head, start)
                if named is not None:  # "La coalition d'opposition Lamuka … selon la coalition"
                    return ResolvedSpeaker(None, named, start, end)
            definite = first_word(text) in words.definite
            repeated = repeated_description(r, head, start, end) if actor_id is None and definite else None
            if repeated is not None:
                return repeated
            if actor_id is None and first_word(text) in words.definite:
                turn = r.current_speaker(start, paragraphs=2)
                speaker = turn.speaker if turn is not None else None
                if speaker is not None and speaker.actor in r.index.unlisted and turn.paragraph != r.paragraph_of(start):
                    # an organisation only the NER tagged (its kind a guess) is taken up by a
                    # generic description in its own paragraph only; else the latest listed one is
                    actor_id = self.groups.recent(start, kinds)
                elif speaker is not None and speaker.actor and r.index.actors[speaker.actor].kind in kinds:
                    actor_id = speaker.actor
                elif speaker is not None and not speaker.actor and "media" in kinds and speaker.start is not None \
                        and medium_at(r.doc, r.index, speaker.start, speaker.end) is not None:
                    return ResolvedSpeaker(None, speaker.name, start, end)  # a medium the index lacks
                elif speaker is not None and not speaker.actor and "organization" in kinds and \
                        speaker.name[:1].isupper() and head_word(words, speaker.name) not in words.speaker_heads \
                        and not (speaker.start is not None and r.joint(speaker.start, speaker.end)):
                    # the current speaker is an organisation the index does not know ("Business France")
                    return ResolvedSpeaker(None, speaker.name, start, end)
                else:
                    actor_id = self.groups.recent(start, kinds)
            if actor_id is None and "media" in kinds:
                unknown = self.groups.recent_unknown_medium(start)
                if unknown is not None:
                    return ResolvedSpeaker(None, unknown, start, end)
                actor_id = self.groups.only_medium()  # "selon un reportage" in an article citing one medium
            # ("la télévision d'État" after "l'agence Irna": a medium of another kind is someone else)
            if actor_id is not None and fits_medium(r.doc, head, actor_id):
                return r.speaker(actor_id, start, end)
        return None

    def _of_region(self, text: str, start: int, actor_id: str | None) -> str | None:
        """ "le Flamand", "la Genevoise": the latest person named before whose role places them in
        that region ("le député flamand X") rather than a salient person placed elsewhere or nowhere;
        none when the salient person is placed elsewhere and nobody in it."""
        regions = placement(self.words, text)[1]
        if not regions or actor_id is not None and regions & placement(self.words, " ".join(self._roles(actor_id)))[1]:
            return actor_id
        for mention in self.r.index.persons_before(start):
            if start - mention.end > PERSON_REACH:
                break
            if regions & placement(self.words, " ".join(self._roles(mention.actor_id)))[1]:
                return mention.actor_id
        placed = actor_id is not None and placement(self.words, " ".join(self._roles(actor_id)))[1]
        return None if placed else actor_id

    def _bare_definite(self, text: str, role: str) -> bool:
        """ "le ministre", "la dirigeante", "le président américain": a definite description with no
        complement, which takes up someone already named."""
        words = self.words
        if first_word(text).rstrip("'") not in {w.rstrip("'") for w in words.definite}:
            return False
        folded = fold_same_length(text.lower())
        cut = folded.find(role) + len(role) if role in folded else len(text)
        after = folded[cut:]
        if any(w[:1].isupper() and not is_role_label(w) for w in text[cut:].split()):
            return False  # "le Premier ministre Paul Martin" names someone the index missed
        return not any(w in words.genitives for w in re.findall(r"[\w]+'?|[\w]+", after))

    def _named_in_adjunct(self, actor_id: str, start: int) -> bool:
        """Is the person named, in the description's own sentence before it, inside a
        prepositional phrase ("Devant X, le ministre …", "Face à X, la ministre …")? Such an
        adjunct names someone else than the clause's subject."""
        r = self.r
        here = r.doc.char_span(start, start + 1, alignment_mode="expand")
        if here is None or not len(here):
            return False
        sent = here[0].sent
        case = self.pack.label("case_marker")
        for mention in r.index.mentions:
            if mention.actor_id != actor_id or not sent.start_char <= mention.start < start:
                continue
            named = r.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if named is None:
                continue
            root = named.root
            while root.dep_ in self.pack.label("conjunct") and root.head.i < root.i:
                root = root.head  # "Devant X et Y, le ministre": the preposition hangs on X
            # (not an attribution marker's: "pour X, « … », dénonce le président" is X speaking)
            if any(c.dep_ in case and c.i < root.i and marker_at(r.doc, c.i) is None for c in root.children):
                return True
        return False

    def _person_noun(self, text: str) -> str | None:
        """The person noun a description is made of, alone after its determiner and prenominal
        adjectives ("l'homme", "la jeune femme", "cette mère de famille"; not "la mère de la victime")."""
        folded = fold_same_length(text.lower()).replace("’", "'")
        rest = re.sub(r"^\s*[\w]+(?:'|\s+)", "", folded).split()
        while rest and rest[0] in self.words.head_modifiers:
            rest = rest[1:]
        return " ".join(rest) if " ".join(rest) in self.words.person_nouns else None

    def _introduced_before(self, head: str, position: int) -> bool:
        """Did the description's head noun introduce someone earlier, after an indefinite determiner
        and its prenominal adjectives ("une femme … la femme", "une jeune femme")? A generic use
        ("les droits de l'homme", "la cause des femmes") introduces nobody, nor does a predicate,
        which describes someone named ("X est un homme de terrain")."""
        folded = self.folded[:position].lower().replace("’", "'")
        for match in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", folded):
            before = re.findall(r"[\w\-]+'?", folded[max(0, match.start() - 80):match.start()])
            j = len(before) - 1  # (the prenominal words the pack lists take in the determiners too)
            while j >= 0 and before[j] not in self.words.indefinite_determiners and before[j] in self.words.head_modifiers:
                j -= 1
            if j >= 0 and before[j] in self.words.indefinite_determiners and not self._predicate(match.start(), match.end()):
                return True
        return False

    def _predicate(self, start: int, end: int) -> bool:
        """Is the noun at these offsets predicated of a subject by a copula ("X est un homme")?"""
        span = self.r.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        noun = span.root
        return noun.dep_ in self.pack.label("nominal_predicate") or \
            any(child.dep_ in self.pack.label("copula") for child in noun.children)

    def _salient_person(self, description: str, position: int, gender: str | None, office: bool = True,
                        sex: str | None = None) -> str | None:
        """The current speaker if a person, else the latest person named outside reported words,
        when nothing the article or the gazetteer says of them contradicts the description (whose
        words name no office, when `office` is False: then the roles are not compared; whose noun
        says a person's `sex`, "l'homme": then their given name must not say the other)."""
        r = self.r
        turn = r.current_speaker(position)
        candidates = [turn.speaker.actor] if turn is not None and turn.speaker.actor else []
        recent = r.antecedents.recent_person(position, gender)
        if recent is not None and r.paragraph_of(position) - r.paragraph_of(recent.start) <= 2:
            candidates.append(recent.actor_id)
        # then the other persons named in this paragraph, latest first: "X a reçu le président Y.
        # Le ministre a déclaré …" is X when Y's role contradicts the description
        paragraph = r.paragraph_of(position)
        for mention in r.index.persons_before(position):
            if r.paragraph_of(mention.start) != paragraph:
                break
            if mention.actor_id not in candidates and not r.in_reported(mention.start, mention.end):
                candidates.append(mention.actor_id)
        wanted = content_words(self.words, description)
        states = {self.gazetteer.demonym(w) for w in wanted} - {None}
        wanted -= {w for w in wanted if self.gazetteer.demonym(w)}
        # the roles a compound joins ("président-candidat") are each a word of it
        wanted |= {part for w in wanted if "-" in w for part in w.split("-") if part in self.words.roles}
        latest = r.antecedents.recent_person(position, None)
        # "« … », a répondu le diplomate américain" after an Iranian spoke: the demonym sets the
        # description against the nearer persons, so the latest person of that state named within
        # reach is meant
        foreign = [a for a in candidates if states and known_country(r.index.actors[a]) not in states | {None}]
        # (a nationality noun alone, "l'Américain, lui, a réitéré", takes up a compatriot the same way)
        compatriots = self._compatriots(states, position) if foreign else []
        for actor_id in candidates + [c for c in compatriots if c not in candidates]:
            if not actor_id.startswith("person:"):
                continue
            if not r.index.agrees(actor_id, gender) or actor_id in foreign:
                continue
            if sex is not None and r.index.gender.get(actor_id) not in (None, sex):
                continue
            if not office:
                return actor_id  # ("le Français", "l'homme" say nothing of a function)
            # a term that starts or ends in the year of publication may not run on the day (the
            # gazetteer dates terms by year): it does not contradict the description
            roles = self._roles(actor_id)
            # the one speaking, when nobody was named since, may hold another function than the
            # one named (lenient test); anyone else named must share a word of it
            speaking = turn is not None and actor_id == turn.speaker.actor and latest is not None and \
                latest.actor_id == actor_id or actor_id in compatriots
            if longer_title(self.words, description, roles):
                continue  # "le directeur général adjoint" for the "directeur général": someone else
            if contradicted(self.words, description, wanted, roles) if speaking else \
                    roles and wanted and not any(wanted & content_words(self.words, role) for role in roles):
                continue
            return actor_id
        return None

    def _compatriots(self, states: set[str], position: int) -> list[str]:
        """The persons of those states named before a position, within reach, latest first."""
        found: list[str] = []
        for mention in self.r.index.persons_before(position):
            if position - mention.start > PERSON_REACH:
                break
            if mention.actor_id not in found and self.r.index.actors[mention.actor_id].country in states and \
                    not self.r.in_reported(mention.start, mention.end):
                found.append(mention.actor_id)
        return found

    def _speaking_holder(self, description: str, position: int, gender: str | None) -> str | None:
        """A definite description with a complement ("la présidente du RN") that matches no role the
        article or the gazetteer gives: the person speaking in this paragraph, when nothing known
        of them (gender, roles) contradicts it."""
        r = self.r
        role = role_head(self.words, description)
        cut = fold_same_length(description.lower()).find(role) + len(role) if role else 0
        for word in description[cut:].split():
            low = fold_same_length(word.lower()).replace("’", "'")
            if low in self.words.genitives or low.split("'")[0] + "'" in self.words.genitives:
                break  # the role's complement follows ("la présidente du RN")
            if word[:1].isupper() and not is_role_label(word):
                return None  # "le Premier ministre Paul Martin": a name the index missed, someone else
        turn = r.current_speaker(position, paragraphs=0)
        if turn is None:
            return self._only_person_of_paragraph(position, gender)
        if not turn.speaker.actor or not turn.speaker.actor.startswith("person:"):
            return None
        found = self._salient_person(description, position, gender)
        if found == turn.speaker.actor:
            return found
        # no one named echoes the description (the caller tried): a person has several functions
        # ("le porte-parole du gouvernement" is also "le ministre de la Communication"), so the one
        # speaking in the paragraph takes it up when nobody was named since, unless their gender
        # contradicts it
        actor_id = turn.speaker.actor
        latest = r.antecedents.recent_person(position, None)
        if latest is None or latest.actor_id != actor_id or \
                contradicted(self.words, description, content_words(self.words, description), self._roles(actor_id)):
            return None
        return actor_id if r.index.agrees(actor_id, gender) else None

    def _introduced_person(self, description: str, head: str, position: int) -> str | None:
        """The person an earlier mention of the description's noun introduced ("le candidat X"),
        unless their role is that office with another complement."""
        actor_id = self.groups.antecedent(head, position, ("person",))
        if actor_id is None or contradicted(self.words, description, content_words(self.words, description),
                                                  self._roles(actor_id)):
            return None
        return actor_id

    def _roles(self, actor_id: str) -> list[str]:
        """What the article and the gazetteer (terms running all the year of publication) say a
        person does."""
        actor = self.r.index.actors[actor_id]
        return ([actor.role] if actor.role else []) + \
            [x.role for x in self._known_roles(actor_id) if self.year not in (x.start, x.end)] + \
            counterpart_offices(self.r.index, actor, self.gazetteer, self.words)

    def _only_person_of_paragraph(self, position: int, gender: str | None) -> str | None:
        """The one person the paragraph names before a description, outside reported words, when
        nobody has spoken in it yet ("X a nié toute responsabilité. « … », a confié le candidat de
        Y."): the description takes them up unless their gender contradicts it."""
        r = self.r
        paragraph = r.paragraph_of(position)
        found = set()
        for mention in r.index.persons_before(position):
            if r.paragraph_of(mention.start) != paragraph:
                break
            if not r.in_reported(mention.start, mention.end):
                found.add(mention.actor_id)
        if len(found) != 1:
            return None
        actor_id = found.pop()
        if not r.index.agrees(actor_id, gender):
            return None
        # they act in the paragraph: the subject of one of its earlier sentences, not a place in a
        # complement, nor someone of the description's own sentence ("X a reçu le président de Y")
        subjects = labels(self.pack, "subject")
        own = r.doc.char_span(position, position + 1, alignment_mode="expand")
        if own is None:
            return None
        for mention in r.index.persons_before(position):
            span = r.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if mention.actor_id == actor_id and r.paragraph_of(mention.start) == paragraph and \
                    span is not None and span.root.dep_ in subjects and span.end <= own.sent.start:
                return actor_id
        return None

    def _described_person(self, description: str, start: int, end: int, position: int) -> str | None:
        """The person whose role the description echoes (named before it or in its sentence)."""
        scored = echoing(self, description, start, end, position)
        if not scored:
            return None
        best = max(s[0] for s in scored)
        tied = {s[2] for s in scored if s[0] == best and s[1] >= 0}
        # two holders the description fits equally ("le chef de l'État" after two presidents):
        # the more salient one, else the latest named
        chosen = salient_holder(self, tied, position) if len(tied) > 1 else None
        return chosen or max(scored, key=lambda s: s[:2])[2]  # the first of equals

    def sole_holder(self, description: str, start: int, end: int, window: int = 0) -> str | None:
        """The one person named before a description whose role it echoes ("le ministre" after
        "le ministre des Affaires étrangères, X", "le président de la République" after "X, chef de
        l'État"), none when two are (a bare description is then a guess between them). With a
        `window` (characters), the one of them named in it when every other was last named before
        it: "Le chef de l'État s'est entretenu avec …" just after X is named takes up X, not a
        head of state the article left paragraphs ago."""
        scored = [s for s in echoing(self, description, start, end, start) if s[1] >= 0]
        if len(scored) == 1:
            return scored[0][2]
        in_view = [s for s in scored if s[1] >= start - window]
        return in_view[0][2] if window and len(in_view) == 1 else None

    def _known_roles(self, actor_id: str):
        return self.gazetteer.roles_of(actor_id, self.year) if self.year else ()
