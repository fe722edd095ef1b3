"""The actors a coordinated argument names: the members of a list the parser built or broke
("la Russie et la Chine", "les délégations russe et ukrainienne", "l'Arabie saoudite, les Émirats
arabes unis et Bahreïn"), appositions that describe a person, anaphors of several states ("les deux
pays"), and the members named inside a group ("dont le Japon et l'Inde"). The list half of the
argument resolver (arguments.Resolver inherits it), kept apart so each module stays one job; its
methods read the resolver's article view (`self.a`), sentence (`self.sent`) and lexicon
(`self.lex`), and call back `self.one` for each member.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .article_view import Arg
from .groups import extraposed_group
from .lexicon import EventLexicon
from .predicates import additive_locution, case_of
from .anaphoric_sides import STATE_KINDS, anaphoric_countries
from .references import listed_after


# ---------------------------------------------------------------- the parse around an argument

def np_members(token: Token, lex: EventLexicon) -> list[Token]:
    """A coordination's members ("la Russie et la Chine"); appositions that name another actor count."""
    labels = lex.labels
    members, stack = [], [token]
    while stack:
        current = stack.pop()
        if current in members:
            continue
        members.append(current)
        # "l'Arabie saoudite et l'Iran": the conjunct is sometimes hung on the name's last word
        carriers = [current] + [c for c in current.children if (c.dep_ in labels.adjective_modifier or
                                                                c.dep_ in labels.name_part or
                                                                c.dep_ in labels.nominal_modifier and c.pos_ == "ADJ")
                                and c.i == current.i + 1]
        adjectives = [c for c in current.children if c.dep_ in labels.adjective_modifier and c.pos_ == "ADJ"
                      and c.i > current.i]
        if any(c.dep_ in labels.conjunct and c.pos_ == "ADJ" for a in [current] + adjectives for c in a.children):
            # "les présidents russe, turc et iranien", "les troupes américaines, britanniques et
            # françaises": the parser hangs the middle adjectives of a list of them on the noun as
            # its modifiers, and the last as a conjunct of the noun or of one of them; each is a member
            stack += [c for c in adjectives if c.doc[c.i - 1].text == ","]
        for child in (c for carrier in carriers for c in carrier.children):
            # "l'invasion de l'Ukraine par la Russie" parsed as a coordination: a conjunct with a
            # preposition of its own that differs from the head's is no member of the list
            own = case_of(child, lex)
            if child.dep_ in labels.conjunct and child.pos_ in ("NOUN", "PROPN", "PRON", "X", "ADJ") and \
                    not (additive_locution(child, lex) and current.dep_ not in labels.subjects) and \
                    (own is None or same_preposition(own, case_of(token, lex), lex)):
                stack.append(child)
    return sorted(members, key=lambda t: t.i)


def same_preposition(a: str | None, b: str | None, lex: EventLexicon) -> bool:
    """"de" and "du" are one preposition ("du soutien de la Turquie, de l'Arabie saoudite et du Qatar")."""
    if a == b:
        return True
    return a is not None and b is not None and any(a in forms and b in forms for forms in lex.prepositions.values())


class Members:
    """List readers of a Resolver (a mixin: `a`, `sent`, `lex`, `one` and `plural_antecedents` are the
    resolver's)."""

    def _apposed_person(self, head: Token, child: Token) -> bool:
        """A person the parser hung as a conjunct on the role noun that describes them, after a
        comma and with no conjunction of its own ("le représentant de l'ONU, Leonardo Santos
        Simão"): an apposition, the role noun names no second actor."""
        labels = self.lex.labels
        return child.dep_ in labels.conjunct and child.i in self.a.by_token and \
            self.a.by_token[child.i].kind == "person" and child.i > 0 and child.doc[child.i - 1].text == "," and \
            not any(c.dep_ in labels.coordinator for c in child.children) and \
            head.lemma_.lower() in self.lex.role_nouns

    def _people_noun(self, head: Token) -> bool:
        """A demonym written as a noun, which the tagger often reads as a proper name ("le Russe
        Igor Petrov", "l'Américain John Smith"): with a person in apposition it describes that
        person, as a role noun does, and names no state of its own."""
        return head.text[:1].isupper() and head.pos_ in ("NOUN", "PROPN") and self.a.arg_of_demonym(head) is not None

    def members(self, token: Token, deep: bool, listed: bool = False) -> list[Arg]:
        """Every actor a (possibly coordinated) argument names; `listed` also reads the list on the
        text when the parser broke it ("entre l'Allemagne, la France, l'Italie …")."""
        args, seen = [], set()
        # "les trois derniers" is tagged an adjective
        both = anaphoric_countries(self.a, token, self.sent) if token.pos_ in ("NOUN", "ADJ") else []
        if len(both) > 1:  # "les deux pays"
            args = [replace(self.a.arg_of_mention(m, 0.4), how=f"anaphora: {token.text!r} takes up {m.text!r}")
                    for m in both]
            states = self.lex.anaphoric_kind(token.lemma_.lower(), token.lower_) in STATE_KINDS
            return [self.a.as_state(arg) for arg in args] if states else args
        inner, both = self._anaphor_inside(token)
        if len(both) > 1:  # "des diplomates des deux pays"
            return [replace(self.a.arg_of_mention(m, 0.4),
                            how=f"inside the noun phrase {token.text!r}: anaphora: {inner.text!r} takes up {m.text!r}")
                    for m in both]
        together = self.plural_antecedents(token)
        if together:  # "La Chine et la Russie ont … Elles ont condamné …"
            return together
        heads = self._before_extraposed(np_members(token, self.lex))
        # appositions and flat lists parsed as appositions ("la BCE, la Commission européenne")
        described = set()
        for head in list(heads):
            for child in head.children:
                if additive_locution(child, self.lex) and head.dep_ not in self.lex.labels.subjects:
                    # "a condamné l'essai, tout comme la Corée du Sud": one more doer (displaced.py),
                    # no member of the object; on the subject ("Le Japon, tout comme …,") a co-subject
                    continue
                if self._listed_state(head, child) and child not in heads:
                    heads.extend(np_members(child, self.lex))
                    continue
                if child.dep_ in self.lex.labels.apposition and child.i in self.a.by_token and child not in heads:
                    heads.extend(np_members(child, self.lex))
                    if (head.pos_ == "NOUN" or self._people_noun(head)) and self.a.by_token[child.i].kind == "person":
                        described.add(head.i)  # "le Premier ministre indien, Narendra Modi": the person
                elif head.pos_ == "NOUN" and self._apposed_person(head, child):
                    described.add(head.i)  # "l'envoyé de l'ONU, Staffan de Mistura", read as a list
        for head in sorted(heads, key=lambda t: t.i):
            if head.i in described:
                continue
            self.searched = None
            arg = self.one(head, deep)
            # "une vingtaine de dirigeants européens, dont le chancelier allemand …": the members
            # named stand for a group that names no actor of its own
            among = self._named_among(head) if arg is None or arg.actor is None else []
            for arg in among or [arg]:
                if arg is not None and arg.key not in seen:
                    seen.add(arg.key)
                    args.append(arg)
            if among:
                continue
            if arg is not None and self.searched is not None:
                # the actor was found inside the noun phrase: its coordination acts too
                # ("l'association des armées du Nigeria, du Cameroun et du Tchad", "les ambassadeurs
                # de l'Allemagne, de la Belgique, de la France et de l'UE")
                searched = self.searched
                for mention in listed_after(self.a, searched, self.sent) if searched.i in self.a.by_token else []:
                    listed = replace(self.a.arg_of_mention(mention, 0.6),
                                     how=f"list inside the noun phrase {head.text!r}")
                    if listed.key not in seen and not listed.stance:
                        seen.add(listed.key)
                        args.append(listed)
                for other in np_members(searched, self.lex)[1:]:
                    found = self.a.arg_at(other, 0.7)
                    if found is not None:
                        found = replace(found, how=f"coordinated inside the noun phrase {head.text!r}")
                    if found is not None and found.key not in seen and not found.stance:
                        seen.add(found.key)
                        args.append(found)
        for head in heads:  # "les forces russo-syriennes": each state of a compound demonym, on a noun
            # standing for actors (not "à la frontière turco-syrienne", a place of two states)
            proxy = head.pos_ == "NOUN" and (head.lower_ in self.lex.proxy_nouns or head.lemma_.lower() in self.lex.proxy_nouns)
            for child in head.children if proxy else ():
                for arg in self.a.arg_of_compound(child) if child.dep_ in self.lex.labels.adjective_modifier else ():
                    if arg.key not in seen:
                        seen.add(arg.key)
                        args.append(arg)
            for arg in self._demonyms_listed_on(head) if proxy and args else ():
                if arg.key not in seen:  # "les délégations russe et ukrainienne", the second hung elsewhere
                    seen.add(arg.key)
                    args.append(arg)
        first = self.a.by_token.get(heads[0].i) if args else None
        # a list read on the text, where the parser broke it, starts from a name the gazetteer
        # knows: from an organisation only the NER tagged (its bounds the NER's guess) the words
        # read as a list took in actors that were not co-subjects (held-out precision)
        if first is not None and first.actor_id not in self.a.index.unlisted:
            for mention in listed_after(self.a, heads[0], self.sent):
                arg = replace(self.a.arg_of_mention(mention, 0.6), how="list read on the text")
                if arg.key not in seen and not arg.stance:
                    seen.add(arg.key)
                    args.append(arg)
        return args

    def _named_among(self, head: Token) -> list[Arg]:
        """The members a verbless relative clause names inside a group that names no actor itself
        ("une vingtaine de chefs d'État, dont le chancelier allemand Olaf Scholz et le premier
        ministre polonais", "les délégations de 92 pays, dont le président ukrainien"): the
        clause opens with an inclusive relative (event_grammar.tsv) and its head is a noun or a
        name, no verb ("dont il a reçu les chefs" says nothing of who they are)."""
        labels, lex = self.lex.labels, self.lex
        frontier = [head]
        for _ in range(3):  # the group's noun and its "de" complements ("les chefs des délégations de …")
            deeper = []
            for node in frontier:
                for child in node.children:
                    if child.dep_ in labels.relative_clause and child.pos_ in ("NOUN", "PROPN") and \
                            any(g.lower_ in lex.inclusive_relatives for g in child.children) and \
                            extraposed_group(child, lex, self.a.by_token) is None:
                        return [replace(a, how=f"named among {head.text!r}: {a.how}")
                                for a in self.members(child, deep=True) if not a.place]
                    if child.dep_ in labels.noun_phrase:
                        deeper.append(child)
            frontier = deeper
        # "Plusieurs États ont critiqué la Chine, dont le Japon et l'Inde": the subject's list,
        # hung on the object at the end of the sentence
        clause = next((t for t in self.sent if t.pos_ in ("NOUN", "PROPN") and
                       extraposed_group(t, lex, self.a.by_token) == head), None)
        return [replace(a, how=f"named among {head.text!r} at the end of the sentence: {a.how}")
                for a in self.members(clause, deep=True) if not a.place] if clause is not None else []

    def _before_extraposed(self, heads: list[Token]) -> list[Token]:
        """The members of a coordination up to a subject group's extraposed list hung on it ("ont
        soutenu la démarche, dont la Turquie, la Malaisie et …": the later names, which the parser
        may hang on the object as its conjuncts, are the subject's, not the object's)."""
        clause = next((c for h in heads for c in h.children
                       if extraposed_group(c, self.lex, self.a.by_token) is not None), None)
        return heads if clause is None else [h for h in heads if h.i < clause.i]

    def _demonyms_listed_on(self, head: Token) -> list[Arg]:
        """The demonyms of a list read on the text after a noun standing for actors ("les
        délégations russe et ukrainienne", "les présidents russe, turc et iranien"), when the
        parser hung the later ones elsewhere (on the verb): the words right after the noun's first
        demonym are only commas, conjunctions and demonyms, up to the list's conjunction."""
        doc, labels = head.doc, self.lex.labels
        first = next((c for c in head.children if c.dep_ in labels.adjective_modifier and c.pos_ == "ADJ"
                      and c.i == head.i + 1 and self.a.arg_of_demonym(c) is not None), None)
        if first is None:
            return []
        listed, position, joined = [], first.i + 1, False
        while position + 1 < min(len(doc), self.sent.end) and not joined:
            separator, word = doc[position], doc[position + 1]
            arg = self.a.arg_of_demonym(word, 0.6) if word.pos_ == "ADJ" else None
            if not (separator.text == "," or separator.pos_ == "CCONJ") or arg is None or arg.stance:
                break
            joined = separator.pos_ == "CCONJ"
            listed.append(replace(arg, how=f"demonym listed after {first.text!r} on {head.text!r}"))
            position += 2
        return listed if joined else []  # a list ends with its conjunction ("russe, turc et iranien")

    def _anaphor_inside(self, token: Token) -> tuple[Token | None, list]:
        """A plural anaphor in the "de" complement of a noun standing for actors ("des diplomates
        des deux pays", "les représentants des deux capitales"): the states it takes up."""
        proxies = self.lex.proxy_nouns
        if token.pos_ != "NOUN" or not (token.lower_ in proxies or token.lemma_.lower() in proxies):
            return None, []
        # two "de" complements down: "les chefs de la diplomatie des deux pays", "les ministres des
        # Affaires étrangères des deux pays" (the office's domain, then its states)
        frontier = [token]
        for _ in range(2):
            frontier = [c for node in frontier for c in node.children if c.pos_ in ("NOUN", "PROPN") and
                        c.dep_ in self.lex.labels.noun_phrase and c.i not in self.a.by_token and
                        case_of(c, self.lex) in self.lex.prepositions[self.lex.genitive]]
            for child in frontier:
                taken = anaphoric_countries(self.a, child, self.sent) if child.pos_ == "NOUN" else []
                if len(taken) > 1:
                    return child, taken
        return None, []

    def _listed_state(self, head: Token, child: Token) -> bool:
        """Whether a bare nominal after a comma is the next state of a list of states the parser hung
        on the first one as its modifier ("L'Arabie saoudite, les Émirats arabes unis et Bahreïn
        ont rompu …": "Émirats" a modifier of "Arabie"): both name a state, no preposition."""
        by_token = self.a.by_token
        if child.dep_ not in self.lex.labels.nominal_modifier or case_of(child, self.lex) is not None or \
                child.i < head.i or child.left_edge.i == 0 or child.doc[child.left_edge.i - 1].text != ",":
            return False
        first, other = by_token.get(head.i), by_token.get(child.i)
        return first is not None and other is not None and first is not other and \
            first.kind == "country" and other.kind == "country" and not other.as_place
