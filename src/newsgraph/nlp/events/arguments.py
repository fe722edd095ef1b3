"""Argument resolution: the tokens a frame points to become actors of the article's ActorIndex,
through mentions, demonyms, coordination, noun phrases standing for an actor, pronouns and their
antecedents, and the speaker of a quote ("nous"). The article's view (mentions by token, quotes,
sources) and the Arg record live in article_view.py; pronouns, possessives and missing subjects in
antecedents.py; coordinated members and lists in members.py; noun phrases that name an actor by
their own words (a group, a people, a region, a classified name) in nominals.py.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..context import pack_of
from ..textutil import text_of
from .antecedents import Antecedents
from .article_view import Arg, ArticleView, display_name, no_party
from .groups import leader_of, multinational_group
from .members import Members
from .nominals import (classified_name, fronted_body, government_of_person, group_demonym, group_side, named_after,
                       people_side, region_side, sided_body, state_medium)
from .predicates import additive_locution, case_of
from .sides import restated_body, restated_proxy, restated_state, side_of
from .anaphoric_sides import anaphoric_countries
from .references import (bridged_state, described_actor, described_group, unnamed_council,
                         government_named_after, listed_after, name_read_as_noun, names_an_agreement)
from .voice import participle_agent


# ---------------------------------------------------------------- resolution

class Resolver(Antecedents, Members):
    """Turns argument tokens into actors, for one sentence (pronouns, possessives and missing
    subjects: antecedents.py; coordinated members: members.py)."""

    def __init__(self, article: ArticleView, sent: Span):
        self.a, self.sent, self.lex = article, sent, article.lex
        self.searched: Token | None = None  # the token a noun-phrase search last found its actor at
        self.complements: dict[tuple[int, bool], list] = {}  # slots._complements, per sentence
        # tokens being resolved right now: a pronoun whose antecedent search comes back to
        # itself (a subject pronoun of the previous sentence) must stop, not recurse
        self.active: set[int] = set()

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
            sided = sided_body(self.a, token, self.sent)
            if sided is not None:  # "Du côté ukrainien, le ministère des Affaires étrangères a …"
                return sided
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
                    if additive_locution(child, lex):
                        continue  # "a condamné l'essai, tout comme la Corée du Sud": another actor, not a part
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
