"""Argument resolution: the tokens a frame points to become actors of the article's ActorIndex,
through mentions, demonyms, coordination, noun phrases standing for an actor, pronouns and their
antecedents, and the speaker of a quote ("nous"). The article's view (mentions by token, quotes,
sources) and the Arg record live in article_view.py; pronouns, possessives and missing subjects in
antecedents.py; noun phrases that name an actor by their own
words (a group, a people, a region, a classified name) in nominals.py.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..context import pack_of
from ..textutil import text_of
from .antecedents import Antecedents
from .article_view import Arg, ArticleView, display_name, no_party
from .groups import extraposed_group, leader_of, multinational_group
from .lexicon import EventLexicon
from .nominals import (classified_name, fronted_body, government_of_person, group_demonym, group_side, named_after,
                       people_side, region_side, state_medium)
from .predicates import case_of
from .sides import restated_body, restated_proxy, restated_state, side_of
from .references import (STATE_KINDS, anaphoric_countries, bridged_state, described_actor, described_group,
                         unnamed_council, government_named_after, listed_after, name_read_as_noun, names_an_agreement)
from .voice import participle_agent


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
                    (own is None or same_preposition(own, case_of(token, lex), lex)):
                stack.append(child)
    return sorted(members, key=lambda t: t.i)


def same_preposition(a: str | None, b: str | None, lex: EventLexicon) -> bool:
    """"de" and "du" are one preposition ("du soutien de la Turquie, de l'Arabie saoudite et du Qatar")."""
    if a == b:
        return True
    return a is not None and b is not None and any(a in forms and b in forms for forms in lex.prepositions.values())


# ---------------------------------------------------------------- resolution


class Resolver(Antecedents):
    """Turns argument tokens into actors, for one sentence (pronouns, possessives and missing
    subjects: antecedents.py)."""

    def __init__(self, article: ArticleView, sent: Span):
        self.a, self.sent, self.lex = article, sent, article.lex
        self.searched: Token | None = None  # the token a noun-phrase search last found its actor at
        self.complements: dict[tuple[int, bool], list] = {}  # slots._complements, per sentence
        # tokens being resolved right now: a pronoun whose antecedent search comes back to
        # itself (a subject pronoun of the previous sentence) must stop, not recurse
        self.active: set[int] = set()

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

    def one(self, token: Token, deep: bool) -> Arg | None:
        if token.i in self.active:
            return None
        self.active.add(token.i)
        try:
            return self._one(token, deep)
        finally:
            self.active.discard(token.i)

    def _one(self, token: Token, deep: bool) -> Arg | None:
        arg = self.a.arg_at(token)
        if arg is not None and arg.actor in self.a.index.unlisted:
            arg = restated_body(self.a, token) or arg  # "l'Union européenne … l'Union", read as a new body
        if arg is not None:
            return arg
        if token.pos_ in ("NOUN", "PROPN"):
            bloc = self.a.arg_of_bloc(token)  # "les Occidentaux", "les Européens"
            if bloc is not None:
                return bloc
            body = restated_body(self.a, token)  # "la Commission européenne … la Commission"
            if body is not None:
                return body
        counted = self._counted_by(token)
        if counted is not None:  # "des centaines de manifestants", "des milliers de soldats russes"
            self.searched = None
            arg = self.one(counted, deep=False)
            if self.searched is not None:
                # "des centaines de membres de la communauté arménienne": people named after a
                # group they belong to are no side of it; the frame may still read them otherwise
                self.searched = None
                return None
            return replace(arg, how=f"counted by {token.text!r}: {arg.how}") if arg is not None else None
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.protester_nouns and self._acting(token):
            # "des manifestants ont attaqué l'ambassade du Chili": the sides are not read yet, so only
            # a place names the demonstrators' country ("à Caracas"); demonstrators acted on ("la
            # police a dispersé les manifestants") are a state's own people, no international side
            return self.protesters(token, set(), placed=True)
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.ally_nouns:
            for child in token.children:  # "son allié russe": the ally is the state of its demonym
                arg = self.a.arg_of_demonym(child, 0.6) if child.dep_ in self.lex.labels.adjective_modifier else None
                if arg is not None and not arg.stance:
                    return replace(arg, start=token.idx, how=f"ally named by its demonym: {token.text} {child.text}")
        if "Rel" in token.morph.get("PronType") and token.head.dep_ in self.lex.labels.relative_clause:
            # "les rebelles qu'elle soutient", "les embuscades de Daech, qui ont coûté …": the
            # relative pronoun stands for the noun its clause modifies
            arg = self.one(token.head.head, deep)
            return replace(arg, how=f"relative {token.text!r}: {arg.how}") if arg is not None else None
        if token.pos_ == "PRON" and token.lower_ in self.lex.personal_pronouns:
            arg = self.antecedent(token)
            if arg is not None and not arg.how.startswith("pronoun"):
                arg = replace(arg, how=f"pronoun {token.text!r}: the nearest subject before it, {arg.name!r}")
            return arg
        if token.lower_ in self.lex.first_person:
            return self.speaker(token)
        # "a-t-elle": the parser may take the euphonic "t" for the subject, the pronoun after it
        pronoun = token.nbor() if token.lower_ in self.lex.euphonic and token.i + 1 < len(token.doc) else token
        if pronoun.lower_ in self.lex.inverted_pronouns:
            # "« … », a-t-il déclaré, accusant X de …": the inverted subject of an incise is the
            # quote's speaker, as the quotes layer resolved it; elsewhere it names no one
            return self.quoted_speaker(pronoun)
        if token.pos_ == "PRON" and token.lower_ in self.lex.object_clitics and token.head != token and \
                (token.dep_ in self.lex.labels.object or token.dep_ in self.lex.labels.indirect_object):
            return self.clitic_antecedent(token)
        if token.pos_ == "NOUN":
            government = government_of_person(self.a, token) or government_named_after(self.a, token)
            if government is not None:  # "l'administration Trump": the state
                return government
        if token.pos_ in ("NOUN", "ADJ") or token.pos_ == "PROPN" and token.text.islower():  # "Le royaume" read as a name
            own = self.own_state(token)
            if own is not None:  # "son pays", "notre pays"
                return own
            taken = anaphoric_countries(self.a, token, self.sent)
            if len(taken) == 1:  # "ce pays", "la ville"
                # the anaphor stands where it stands: "la ville" as a subject acts, though the city
                # it takes up was named as a place ("à Lima")
                return replace(self.a.arg_of_mention(taken[0], 0.5), place=False,
                               how=f"anaphora: {token.text!r} takes up {taken[0].text!r}")
            group = described_group(self.a, token)
            if group is not None:  # "le groupe djihadiste": the one armed group the article names
                return replace(self.a.arg_of_mention(group, 0.5), start=token.idx, end=token.idx + len(token.text),
                               place=False, how=f"description: {token.text!r} takes up the one group named, {group.text!r}")
            restated = restated_state(self.a, token) or restated_proxy(self.a, token)
            if restated is not None:  # "le régime de Bachar el-Assad … le régime", "… cette force"
                return restated
            council = unnamed_council(self.a, token)
            if council is not None:  # "la Cour constitutionnelle a …"
                return council
            bridged = bridged_state(self.a, token, self.sent)
            if bridged is not None:  # "le régime", "cette nouvelle législation"
                arg = self.a.arg_of_mention(bridged, 0.4)
                return replace(arg, start=token.idx, end=token.idx + len(token.text), place=False,
                               how=f"bridging: {token.text!r} stands for the state spoken of, {bridged.text!r}")
            if (token.lemma_.lower() in self.lex.role_nouns or token.lower_ in self.lex.role_nouns) and \
                    not any(c.i in self.a.by_token and c.pos_ == "PROPN" for c in token.children):
                # "le président élu", "le Premier ministre grec": the person if named, else the state
                named = named_after(self.a, self.sent, token)
                if named is not None:
                    return named
                fronted = fronted_body(self.a, token, self.sent)
                if fronted is not None:  # "À la Commission, une porte-parole a appelé …"
                    return fronted
                described = described_actor(self.a, token)
                if described is not None:
                    actor = self.a.index.actors[described]
                    return Arg(actor.id, display_name(actor, self.a.index), actor.kind, actor.country,
                               token.idx, token.idx + len(token.text), confidence=0.6,
                               official=no_party(actor, self.lex),
                               how=f"description: {token.text!r} read by the speaker resolver")
        if token.pos_ in ("NOUN", "PROPN"):
            people = people_side(self.a, token)
            if people is not None:  # "les Kurdes syriens", "les forces kurdes irakiennes"
                return people
        if token.pos_ == "PROPN":
            region = region_side(self.a, token)
            if region is not None:
                return region
        leader = leader_of(token, self.lex) if token.pos_ == "NOUN" else None
        if leader is not None:
            arg = self.one(leader, deep=False)
            if arg is not None:
                return replace(arg, how=f"the leader of {token.text!r}: {arg.how}")
        span = multinational_group(token, self.lex, self.a.by_token)
        if span is not None:  # "des forces ouest-africaines": a party of no single state
            text = text_of(self.a.doc)[span[0]:span[1]]
            return Arg(None, text, span[2], None, span[0], span[1], confidence=0.5,
                       how=f"multinational group: {text!r}")
        side = side_of(self.a, token)
        if side is not None:  # "les rebelles" after "les rebelles syriens": the side named before
            return side
        medium = state_medium(self.a, token)
        if medium is not None:  # "la télévision d'État syrienne"
            return medium
        proxies = self.lex.proxy_nouns
        proxy = token.lower_ in proxies or token.lemma_.lower() in proxies
        if not proxy and token.pos_ == "NOUN":
            group = group_side(self.a, token)
            if group is not None:
                return group
        if token.pos_ == "NOUN":
            named = classified_name(self.a, token) or name_read_as_noun(self.a, token)
            if named is not None:
                return named
        if not deep and not proxy:
            return None
        found = self.search(token, 3 if deep else 2)
        if found is None and proxy and token.pos_ == "NOUN" and token.lemma_.lower() in self.lex.group_words:
            # "les rebelles syriens": no state (`nominals.group_demonym`), but a group of that country
            # (GUIDELINES §7.2 writes it "rebelles syriens")
            found = group_side(self.a, token)
        return found

    def _acting(self, token: Token) -> bool:
        """Whether a noun is the subject of its clause, or counted by a quantity noun that is."""
        subjects = self.lex.labels.subjects
        return token.dep_ in subjects or token.head != token and token.head.dep_ in subjects and \
            self._counted_by(token.head) == token

    def _counted_by(self, token: Token) -> Token | None:
        """The noun a quantity noun counts, in its "de" complement ("des centaines de manifestants"):
        the quantity stands for them, the actor is theirs."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lex.quantity_nouns:
            return None
        genitive = self.lex.prepositions[self.lex.genitive]
        return next((c for c in token.children if c.pos_ == "NOUN" and c.i > token.i and
                     c.dep_ in self.lex.labels.noun_phrase and case_of(c, self.lex) in genitive), None)

    def protesters(self, token: Token, aimed: set[int], placed: bool = False) -> Arg:
        """Unnamed demonstrators (GUIDELINES §7 writes them "manifestants"), of the country the
        sentence places them in ("à Téhéran"), if any, other than the ones aimed at (`aimed`: their
        start offsets; `placed`: only a state named as a place): protests against one's own state
        are domestic and dropped by the filter."""
        country = None
        for mention in self.a.mentions_in(self.sent.start_char, self.sent.end_char):
            arg = self.a.arg_of_mention(mention)
            if placed and not mention.as_place:
                continue
            if arg.kind == "country" and not arg.stance and arg.start not in aimed:
                country = arg.country
                break
        return Arg(None, self.lex.protesters, "group", country, token.idx, token.idx + len(token.text),
                   confidence=0.5, how="unnamed demonstrators, of the country the sentence places them in")

    def own_state(self, token: Token) -> Arg | None:
        """A state noun with a possessive ("son pays", "notre pays", "leur nation") names the state
        of the one the possessive refers to: the quote's speaker for the first person, else the
        pronoun's antecedent (`antecedent`), when that one is a state or belongs to one."""
        lex = self.lex
        if lex.anaphoric_nouns.get(token.lemma_.lower(), lex.anaphoric_nouns.get(token.lower_)) != "state" or \
                "Plur" in token.morph.get("Number"):
            return None  # "leurs pays": several states
        possessive = next((c for c in token.children if c.dep_ in lex.labels.determiner
                           and "Yes" in c.morph.get("Poss")), None)
        if possessive is None:
            return None
        first = possessive.lower_ in lex.first_possessives or "1" in possessive.morph.get("Person")
        owner = self.speaker(possessive) if first else self.antecedent(possessive)
        if owner is None or owner.kind == "media" or owner.country is None or owner.stance:
            return None
        how = f"possessive {possessive.text!r}: the state of {owner.name!r}"
        if owner.kind != "country":
            entry = self.a.gaz.country_by_iso3(owner.country)
            owner = Arg(f"country:{owner.country}", entry.name_fr if entry else owner.country, "country",
                        owner.country, 0, 0, confidence=0.5)
        return replace(owner, start=token.left_edge.idx, end=token.idx + len(token.text), place=False,
                       confidence=min(owner.confidence, 0.5),
                       how=how)

    def _located_people(self, node: Token, arg: Arg) -> bool:
        """A city or region below the capital in the complement of a noun of people or things
        that stand for an actor (event_proxy_nouns: "les rebelles de Homs", "les combattants
        d'Alep"): it tells where they are, they are not its state. A role noun's place ("le
        gouverneur de la région de Donetsk") does name the state the office belongs to."""
        proxies = pack_of(self.a.doc).words("event_proxy_nouns")
        return (node.lemma_.lower() in proxies or node.lower_ in proxies) and self.a.below_capital(arg)

    def search(self, token: Token, depth: int) -> Arg | None:
        """The nearest actor inside a noun phrase, breadth first, without entering clauses nor a
        participle's agent (`participle_agent`: "les rebelles, soutenus par la Turquie, l'Arabie
        saoudite et le Qatar" are none of them; blame reads the agent, `slots`)."""
        labels, lex = self.lex.labels, self.lex
        frontier = [token]
        for level in range(depth):
            found = []
            next_frontier = []
            for node in frontier:
                for child in node.children:
                    if participle_agent(node, child, lex) or child.dep_ not in labels.noun_phrase and \
                            not (child.dep_ in labels.conjunct and level == 0):
                        continue
                    if child.dep_ in labels.clausal_modifier and "Fin" in child.morph.get("VerbForm"):
                        continue  # "les propos du président, rapporte le New Times": a finite clause, an incise
                    case = case_of(child, self.lex)
                    if case is not None and case not in self.lex.prepositions[self.lex.genitive]:
                        # whose thing it is ("la décision de Washington", "les efforts du Conseil"),
                        # not what it is about ("les sanctions contre la Russie", "l'accord avec l'Iran")
                        continue
                    next_frontier.append(child)
                    arg = self.a.arg_at(child, 0.7)
                    if arg is None or arg.stance or group_demonym(self.lex, node, child, arg) or \
                            names_an_agreement(self.a, child):  # "l'accord de Paris": no party
                        continue
                    if self._located_people(node, arg):  # "les rebelles de Homs": where they are, not who
                        continue
                    # "l'ambassadeur de France en Afghanistan": the de-complement, not the place;
                    # "le fondateur de WikiLeaks Julian Assange": the name itself, not the complement
                    case = case_of(child, self.lex)
                    located = case in self.lex.locative_cases
                    found.append((arg.place or located, case is not None,
                                  arg.kind == "country" and child.pos_ == "ADJ", child.i, arg, child))
            if found:
                best = min(found, key=lambda f: f[:4])
                for earlier in sorted((f for f in found if f[3] < best[3] and not f[0]), key=lambda f: f[3]):
                    # "les dirigeants de la France, de l'Allemagne et de l'Italie", its second "de l'"
                    # read as a determiner: a list the parser broke starts at its first member
                    if any(m.start <= best[5].idx < m.end for m in listed_after(self.a, earlier[5], self.sent)):
                        best = earlier
                        break
                if level == 0 and depth > 1:
                    # "l'alliance des armées du Ghana, du Togo et du Bénin": the parser hangs the
                    # list's later members on the head noun, its first stays inside the noun's own
                    # complement; the list starts there
                    for node in next_frontier:
                        if node.dep_ in labels.conjunct or node.i >= best[5].i:
                            continue
                        inner = self.search(node, depth - 1)
                        first = self.searched
                        if inner is not None and first is not None and first.i < best[5].i and (
                                best[5].dep_ in labels.conjunct or
                                any(m.start <= best[5].idx < m.end for m in listed_after(self.a, first, self.sent))):
                            return replace(inner, how=f"inside the noun phrase {token.text!r}: {inner.how}")
                self.searched = best[5]
                return replace(best[4], how=f"inside the noun phrase {token.text!r}: {best[4].how}")
            for node in next_frontier:
                # "les positions de la milice chiite", "les camps du groupe djihadiste": a description
                # inside the noun phrase takes up the one group of its kind, as it does standing alone
                group = described_group(self.a, node) if node.pos_ == "NOUN" else None
                if group is not None:
                    return replace(self.a.arg_of_mention(group, 0.5), start=node.idx, end=node.idx + len(node.text),
                                   place=False, how=f"inside the noun phrase {token.text!r}: description: "
                                                    f"{node.text!r} takes up the one group named, {group.text!r}")
                bridged = bridged_state(self.a, node, self.sent) if node.pos_ == "NOUN" else None
                if bridged is not None:  # "la création de ce nouveau gouvernement"
                    arg = self.a.arg_of_mention(bridged, 0.4)
                    return replace(arg, start=node.idx, end=node.idx + len(node.text), place=False,
                                   how=f"inside the noun phrase {token.text!r}: bridging: {node.text!r} stands "
                                       f"for the state spoken of, {bridged.text!r}")
            frontier = next_frontier
        return None
