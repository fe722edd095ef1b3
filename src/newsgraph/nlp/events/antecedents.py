"""Who a pronoun, a possessive or a first person stands for, and the subject of a verb the parser
gave none: the antecedent half of the argument resolver (arguments.Resolver inherits it), kept
apart so each module stays one job. The methods read the resolver's article view (`self.a`), its
sentence (`self.sent`) and its lexicon (`self.lex`), and call back `self.members` for the noun
phrases they land on.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..quotemarks import find_quoted
from ..quotes import paired_marks

from .article_view import Arg, display_name
from .noun_roles import plural_phrase
from .predicates import case_of
from .references import resolved_pronoun
from .subjects import subject_of


class Antecedents:
    """Antecedent readers of a Resolver (a mixin: `a`, `sent`, `lex` and `members` are the resolver's)."""

    def speaker(self, token: Token) -> Arg | None:
        """"Nous" inside a quote: its speaker, when resolved to an actor."""
        for quote in self.a.quotes:
            if quote.start <= token.idx < quote.end and quote.speaker_actor in self.a.index.actors:
                actor = self.a.index.actors[quote.speaker_actor]
                start = quote.speaker_start if quote.speaker_start is not None else quote.start
                end = quote.speaker_end if quote.speaker_end is not None else quote.start
                how = f"first person: the quote's speaker, {quote.speaker_name!r}"
                return self.a.body_state_arg(actor, start, end, 0.6, how) or Arg(
                    actor.id, display_name(actor, self.a.index), actor.kind, actor.country, start, end,
                    confidence=0.6, how=how)
        return None

    def quoted_speaker(self, token: Token) -> Arg | None:
        """A subject pronoun the quotes layer already read as a quote's speaker ("Il a dénoncé …",
        "qu'elle a qualifié de « … »"): the actor the speaker resolver gave it, with its agreement
        and the article's turns, rather than a second guess of the events' own."""
        for quote in self.a.quotes:
            if quote.speaker_start is not None and quote.speaker_end is not None and \
                    quote.speaker_start < token.idx + len(token.text) and token.idx < quote.speaker_end and \
                    quote.speaker_actor in self.a.index.actors:
                actor = self.a.index.actors[quote.speaker_actor]
                start, end = token.idx, token.idx + len(token.text)
                how = f"pronoun {token.text!r}: the speaker the quotes resolved, {quote.speaker_name!r}"
                return self.a.body_state_arg(actor, start, end, 0.5, how) or Arg(
                    actor.id, display_name(actor, self.a.index), actor.kind, actor.country, start, end,
                    confidence=0.5, how=how)
        return None

    def antecedent(self, token: Token) -> Arg | None:
        """The actor a pronoun or possessive stands for: the nearest subject mention before it in
        its sentence, else the subject of the previous sentence. A subject pronoun the quotes layer
        read as a speaker takes the speaker resolver's answer before a mention of its own sentence
        (which agrees in nothing: "X a annoncé le retrait du Conseil, qu'elle a qualifié de …"),
        and when nothing else is found; the previous sentence's subject stays first, as a new
        subject there takes the floor from the last speaker the quotes layer may still follow."""
        doc, labels = self.a.doc, self.lex.labels
        spoken = self.quoted_speaker(token) if token.pos_ == "PRON" and \
            token.lower_ in self.lex.personal_pronouns else None
        # a plural personal pronoun ("Ils", "Elles") takes up a plural or coordinated noun phrase,
        # never one singular state ("La France a réuni ses alliés. Ils ont condamné …")
        plural = token.pos_ == "PRON" and token.lower_ in self.lex.personal_pronouns and \
            "Plur" in token.morph.get("Number")
        # the source a report marker introduces is not the subject of the clause it reports
        # ("Selon l'Inde, elles ont condamné …"; not "X a dit qu'il …", whose cue follows him)
        sources = [(q.speaker_start, q.speaker_end) for q in self.a.quotes if q.start <= token.idx < q.end
                   and q.cue_start is not None and q.speaker_start is not None and q.cue_start < q.speaker_start]
        host = self._relative_host(token)
        before = [m for m in self.a.mentions_in(self.sent.start_char, token.idx)
                  if not m.as_place and m.kind != "media" and not self.lex.has_stance(m.text)
                  and not any(start <= m.start < end for start, end in sources)
                  and not any(start <= m.start < end for start, end in host)]
        if plural:
            spans = ((m, doc.char_span(m.start, m.end, alignment_mode="expand")) for m in before)
            before = [m for m, span in spans if span is not None and plural_phrase(span.root, labels)]
        if before and spoken is not None:
            return spoken
        for mention in reversed(before):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in labels.antecedent_roles:
                return self.a.arg_of_mention(mention, 0.5)
        if before:
            return self.a.arg_of_mention(before[-1], 0.5)
        # the subject of the previous sentence
        if self.sent.start > 0:
            previous = doc[self.sent.start - 1].sent
            for token_ in previous:
                if token_.dep_ in labels.subjects and token_.head.dep_ in labels.root:
                    if plural and not plural_phrase(token_, labels):
                        continue
                    # a pronoun inside quoted words continues the quoted voice ("« Le Kremlin peut
                    # compter … », explique X. « Il essaie …"): the quoted subject stays its antecedent
                    quoted = None if self._in_marks(token) else self._quoted_subject(token_, previous)
                    if quoted is not None:
                        # "« La Lituanie ne fait qu'appliquer … », a rétorqué X. Il a accusé …": the
                        # parser makes the quoted verb the root; the narrative's subject is who spoke
                        if quoted is False or plural:
                            continue
                        return replace(quoted, start=token.idx, end=token.idx + len(token.text), confidence=0.4,
                                       how=f"pronoun {token.text!r}: the speaker of the previous sentence's quote")
                    args = self.members(token_, deep=False)
                    if args:
                        return replace(args[0], confidence=0.4,
                                       how=f"pronoun {token.text!r}: the subject of the previous sentence")
        return spoken or self._resolved(token)

    def _in_marks(self, token: Token) -> bool:
        """Whether the token stands inside quotation marks of its text (the quoted words' own
        voice; an indirect quote's span is the narrative's). The marks are paired once per Doc."""
        cached = getattr(self, "_marks", None)
        if cached is None or cached[0] is not token.doc:
            cached = self._marks = (token.doc, [(q.start, q.end) for q in paired_marks(token.doc)])
        return any(start <= token.idx < end for start, end in cached[1])

    def _quoted_subject(self, subject: Token, sentence) -> Arg | bool | None:
        """For a subject inside quotation marks of its sentence: the speaker of the quote holding
        it, when that sentence names them and they are an actor (else False: quoted words hold no
        antecedent); None for a subject outside the marks, even inside an indirect quote's span
        ("le ministère turc a dénoncé …, selon l'agence Anadolu": the narrative's own subject)."""
        at = subject.idx - sentence.start_char
        if not any(q.start <= at < q.end for q in find_quoted(sentence.text)):
            return None
        quote = next((q for q in self.a.quotes if q.start <= subject.idx < q.end), None)
        if quote is None:
            return None  # marks around a name or a title ("« Le Monde » a …"), no quoted words
        if quote.speaker_start is None or not sentence.start_char <= quote.speaker_start < sentence.end_char or \
                quote.speaker_actor not in self.a.index.actors:
            return False
        actor = self.a.index.actors[quote.speaker_actor]
        start, end = quote.speaker_start, quote.speaker_end if quote.speaker_end is not None else quote.speaker_start
        how = f"the quote's speaker, {quote.speaker_name!r}"
        return self.a.body_state_arg(actor, start, end, 0.4, how) or Arg(
            actor.id, display_name(actor, self.a.index), actor.kind, actor.country, start, end,
            confidence=0.4, how=how)

    def _relative_host(self, token: Token) -> list[tuple[int, int]]:
        """The phrase a relative clause hangs on, when a subject pronoun of that clause is not the
        relative pronoun ("le sommet de l'ASEAN, où il rencontrera …", "en Géorgie, où elle …"): the
        relative pronoun holds that phrase's role in the clause (a place, an occasion, an object),
        so the pronoun takes up someone else, never an actor named inside it."""
        labels = self.lex.labels
        verb = token.head
        if token.dep_ not in labels.subjects or verb == token or \
                not any("Rel" in c.morph.get("PronType") and c.dep_ not in labels.subjects for c in verb.children):
            return []
        if verb.dep_ in labels.relative_clause:
            noun = verb.head
        elif verb.dep_ in labels.adverbial_clause and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].is_punct:
            # the parser hangs "…, où il …" on the main verb: the relative stands for the noun
            # phrase before its comma ("a participé à la réunion de l'OTAN, où elle a rencontré …")
            noun = verb.doc[verb.left_edge.i - 1]
            while noun.i > 0 and noun.is_punct:
                noun = verb.doc[noun.i - 1]
            while noun.head != noun and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head
            if noun.pos_ not in ("NOUN", "PROPN"):
                return []
        else:
            return []
        return [(noun.left_edge.idx, verb.left_edge.idx)]

    def _resolved(self, token: Token) -> Arg | None:
        """A subject pronoun nothing above took up: the speaker resolver's reading of it."""
        if token.pos_ != "PRON" or token.lower_ not in self.lex.personal_pronouns or \
                token.dep_ not in self.lex.labels.subjects:
            return None
        found = resolved_pronoun(self.a, token)
        actor = self.a.index.actors[found] if found is not None else None
        if actor is None or actor.kind != "person" or self.a.index.gender.get(actor.id) is None:
            # its last guesses are by salience (the most mentioned actor): a state or a group
            # "il" may stand for is no safer guess than none (held-out precision), nor a name of
            # no known gender (a group the tagger read as a person: "il" agrees with it by default)
            return None
        return Arg(actor.id, display_name(actor, self.a.index), actor.kind, actor.country,
                   token.idx, token.idx + len(token.text), confidence=0.4,
                   how=f"pronoun {token.text!r}: read by the speaker resolver")

    def plural_antecedents(self, token: Token) -> list[Arg]:
        """The sides a plural subject pronoun takes up when nothing is named before it in its own
        sentence: every member of the coordinated subject of the previous sentence ("La Chine et la
        Russie ont tenu un sommet. Elles ont condamné …"); none for a subject of one member."""
        labels = self.lex.labels
        if token.pos_ != "PRON" or token.lower_ not in self.lex.personal_pronouns or \
                "Plur" not in token.morph.get("Number") or token.dep_ not in labels.subjects or self.sent.start == 0:
            return []
        if any(not m.as_place for m in self.a.mentions_in(self.sent.start_char, token.idx)):
            return []
        previous = self.a.doc[self.sent.start - 1].sent
        for subject in (t for t in previous if t.dep_ in labels.subjects and t.head.dep_ in labels.root
                        and t.pos_ != "PRON"):  # a pronoun there takes up a sentence further back
            args = self.members(subject, deep=False)
            if len(args) > 1:
                return [replace(a, confidence=0.4, how=f"pronoun {token.text!r}: the subjects of the previous "
                                                         f"sentence, {a.name!r}") for a in args]
        return []

    def clitic_antecedent(self, token: Token) -> Arg | None:
        """The side an object clitic stands for ("Il **l'**a appelé à …", "l'UE **lui** a imposé des
        sanctions"): the last person the previous sentence names outside its subject, else that
        sentence's subject, else the other sides it names, never the actor of the clitic's own
        clause; nothing when another actor is named before the clitic in its own sentence."""
        doc, labels = self.a.doc, self.lex.labels
        own = subject_of(token.head, self.lex)
        main = self._relative_clitic(token, own)
        if main is not None:
            return main
        if self.sent.start == 0:
            return None
        if any(not m.as_place and not (own is not None and own.left_edge.idx <= m.start <= own.right_edge.idx)
               for m in self.a.mentions_in(self.sent.start_char, token.idx)):
            return None  # another actor named before it in its own sentence: too close to tell
        taken = {a.key for a in self.members(own, deep=False)} if own is not None else set()
        previous = doc[self.sent.start - 1].sent
        subjects = [t for t in previous if t.dep_ in labels.subjects and t.head.dep_ in labels.root]
        named = [m for m in self.a.mentions_in(previous.start_char, previous.end_char)
                 if not m.as_place and m.kind != "media" and not self.lex.has_stance(m.text)]
        in_subject = [m for m in named if any(t.left_edge.idx <= m.start <= t.right_edge.idx for t in subjects)]
        # a person the previous sentence acted on ("… pour capturer Julian Assange. L'Équateur lui a
        # accordé l'asile"), else its subject ("La Russie a envahi l'Ukraine. L'UE lui a imposé …")
        candidates = [self.a.arg_of_mention(m, 0.4) for m in reversed(named)
                      if m.kind == "person" and not m.descriptive and m not in in_subject]
        candidates += [a for t in subjects for a in self.members(t, deep=False)]
        candidates += [self.a.arg_of_mention(m, 0.4) for m in named]
        arg = next((a for a in candidates if a.key not in taken and not a.place), None)
        if arg is None or arg.country is None:
            return None  # the side it most likely stands for has no known state: no international pair to read
        return replace(arg, start=token.idx, end=token.idx + len(token.text), confidence=0.4,
                       how=f"object pronoun {token.text!r}: a side of the previous sentence, {arg.name!r}")

    def _relative_clitic(self, token: Token, own: Token | None) -> Arg | None:
        """An object clitic in a relative clause whose subject is the relative pronoun ("Le Tchad a
        répondu au Soudan, qui **l'**accuse de …"): the subject of the clause the relative hangs in,
        when it names another actor than the one the relative stands for."""
        labels = self.lex.labels
        verb = token.head
        # (subject_of reads the relative pronoun as the noun it stands for)
        if own is None or verb.dep_ not in labels.relative_clause or verb.head == verb or \
                not any(c.dep_ in labels.subjects and "Rel" in c.morph.get("PronType") for c in verb.children):
            return None
        host = verb.head  # the relative's noun, then up to the verb of the clause it is an argument of
        for _ in range(3):
            if host.pos_ in ("VERB", "AUX") or host.head == host:
                break
            host = host.head
        if host.pos_ not in ("VERB", "AUX"):
            return None
        subject = subject_of(host, self.lex)
        if subject is None or subject.i > token.i:
            return None
        taken = {a.key for a in self.members(own, deep=False)}
        arg = next((a for a in self.members(subject, deep=False) if a.key not in taken and not a.place), None)
        if arg is None or not taken:
            return None
        return replace(arg, start=token.idx, end=token.idx + len(token.text), confidence=0.5,
                       how=f"object pronoun {token.text!r} of a relative: the subject of its host clause, {arg.name!r}")

    def _fronted_conjuncts(self, member: Token, verb: Token) -> list[Arg]:
        """The actors of a list the parser made conjuncts of a fronted phrase, when a comma
        closes that phrase before the list."""
        head, labels = member.head, self.lex.labels
        listed = [c for c in head.children if c.dep_ in labels.conjunct and c.i < verb.i]
        doc = member.doc
        if not listed or not any(doc[i].text == "," for i in range(head.i + 1, listed[0].i)):
            return []
        return [a for c in listed if (a := self.a.arg_at(c)) is not None and not a.place]

    def fallback_subject(self, token: Token, taken: set[int]) -> list[Arg]:
        """No parsed subject: the nearest mention before the verb that no preposition introduces
        (with its conjuncts). The parser sometimes hangs the subject on a fronted "Selon X,",
        or the verb on its subject ("Washington et Moscou ont convenu" with the verb as punct)."""
        doc, labels = self.a.doc, self.lex.labels
        misattached = token.dep_ in labels.punctuation or token.dep_ in labels.unspecified
        tops = [token] + ([token.head] if misattached and token.head.i < token.i else [])
        for mention in reversed(self.a.mentions_in(self.sent.start_char, token.idx)):
            if mention.as_place or mention.start in taken or mention.kind == "media":
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            node, free = root, case_of(root, self.lex) is None
            while free and node not in tops and node.head != node:
                if node.dep_ in labels.embedded_clauses:
                    free = False
                node = node.head
            if free and node in tops:
                # back to the first conjunct: "Washington et Moscou"
                while root.dep_ in labels.conjunct and root.head.i < root.i and root.head.i in self.a.by_token:
                    root = root.head
                args = self.members(root, deep=False)
                if root.dep_ in labels.conjunct and root.head.i not in self.a.by_token:
                    # "Après sept ans de négociations, le Canada et l'UE ont signé …": the subject
                    # list hung as conjuncts on the fronted phrase; its members after the comma
                    args = self._fronted_conjuncts(root, token) or args
                return [replace(a, confidence=0.5, how="no parsed subject: the nearest mention before the verb")
                        for a in args]
        return []
