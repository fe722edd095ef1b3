"""The article as event rules read it: the resolved argument (Arg), the quote and source views,
and the ArticleView that indexes one Doc's mentions, dates, quotes and sources once, with the
lookups that turn a mention, a demonym or a compound demonym into an Arg.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ..actor_index import ActorIndex, Mention
from ..context import pack_of
from ..textutil import text_of
from .compounds import compound_codes
from .lexicon import EventLexicon

# the actor id prefix of a state (gazetteer ids): a body written as its state carries it too
STATE_PREFIX = "country:"


@dataclass(frozen=True, slots=True)
class Arg:
    """An argument resolved to an actor (or a designation), with the text that names it."""
    actor: str | None
    name: str
    kind: str
    country: str | None
    start: int
    end: int
    place: bool = False       # named as a place ("à Pékin")
    stance: bool = False      # "anti-américaine": the state the action is aimed at
    confidence: float = 0.8
    official: bool = False    # a minister, deputy or mayor of no stated country (a domestic one), or a commentator
    how: str = "named"        # how the argument was resolved (for `newsgraph events --explain`)
    home: str | None = None   # a person of no known state, described by a demonym ("l'opposant congolais X")

    @property
    def key(self) -> str:
        return self.actor or self.name

    @property
    def stands_for_state(self) -> bool:
        """A state, or a body of one written as its state (`ArticleView._state_arg`: "le DFAE",
        "les FARDC"), which keeps the body's kind for the filter but stands where its state does."""
        return self.kind == "country" or (self.actor or "").startswith(STATE_PREFIX)


@dataclass(frozen=True, slots=True)
class QuoteView:
    """What events need of a quote: its span and its speaker (an actor, a name, a span)."""
    start: int
    end: int
    speaker_actor: str | None
    speaker_name: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue_start: int | None = None
    cue_end: int | None = None
    continuation: bool = False


@dataclass(frozen=True, slots=True)
class SourceView:
    """What events need of a cited source: its name and span."""
    name: str
    start: int
    end: int


def quotes_of(doc: Doc) -> list[QuoteView]:
    """The quotes component's results, as events read them (the one place that knows their shape)."""
    views = []
    for quote in doc._.ng_quotes or []:
        speaker, found = quote.speaker, quote.found
        cue = found.cue  # (start, end) of the cue, or None
        views.append(QuoteView(quote.start, quote.end, speaker.actor if speaker else None,
                               speaker.name if speaker else None, speaker.start if speaker else None,
                               speaker.end if speaker else None, cue[0] if cue else None,
                               cue[1] if cue else None, bool(found.continuation)))
    return views


def sources_of(doc: Doc) -> list[SourceView]:
    """The sources component's results, as events read them."""
    return [SourceView(source.name, source.start, source.end) for source in doc._.ng_sources or []]


class ArticleView:
    """What the rules need from one Doc, computed once: mentions by token, dates, quotes, sources."""

    def __init__(self, doc: Doc, index: ActorIndex, gaz: Gazetteer, lex: EventLexicon,
                 act_nouns: frozenset[str] = frozenset(), agreement_nouns: frozenset[str] = frozenset()):
        self.doc, self.index, self.gaz, self.lex = doc, index, gaz, lex
        self.act_nouns = act_nouns  # nouns of the predicate table: acts, never a group of people
        self.agreement_nouns = agreement_nouns  # nouns of its AGREE rows: agreements, treaties, accords
        self.by_token: dict[int, Mention] = {}
        for mention in index.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                known = self.by_token.get(token.i)
                if known is None or known.end - known.start < mention.end - mention.start:
                    self.by_token[token.i] = mention
        for place in index.places:
            # "à Goma", "frappes sur Alep": a city or region below the capital reads as its state
            # named as a place, where no actor's mention covers it ("le Kurdistan irakien")
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            for token in span if span is not None else ():
                self.by_token.setdefault(token.i, place)
        for token in doc:
            # "Mme Joly a condamné …": the parser makes the civility title the head of the name, and
            # the subject; the title stands for the person its name, just after it, names
            if token.lower_ in lex.civility_titles and token.i not in self.by_token and token.i + 1 < len(doc):
                named = self.by_token.get(token.i + 1)
                if named is not None and named.kind == "person" and doc[token.i + 1].head == token:
                    self.by_token[token.i] = named
        self.starts = [m.start for m in index.mentions]
        self.place_starts = sorted(m.start for m in index.places)
        # dates of the dates component: read through their text, value, kind, start and end
        self.dates = [d for d in (doc._.ng_dates or []) if d.kind in ("date", "range")]
        self.quotes = quotes_of(doc)
        self.sources = sources_of(doc)
        self.published: str | None = doc._.published
        self.describer = None  # the speaker resolver, built on first use (references.described_actor)
        self._role_countries: dict[str, str | None] = {}
        self._homes: dict[str, str | None] = {}
        self._capital_states: dict[str, str | None] = {}
        self.last_actors: dict[str, list[Arg]] = {}  # type -> actors of its last predicate (earlier_actors)
        # the state the article is about, for bodies named without theirs (references.article_state,
        # set by the component: it reads the dateline and counts the states named)
        self.home_state: str | None = None
        # the state of a dateline's agency (article_states.agency_state, set by the component)
        self.agency_state: str | None = None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.index.mentions[lo:hi]

    def places_in(self, start: int, end: int) -> int:
        """How many cities or regions below the capital (`ActorIndex.places`) start in [start, end)."""
        return bisect.bisect_left(self.place_starts, end) - bisect.bisect_left(self.place_starts, start)

    def arg_of_mention(self, mention: Mention, confidence: float = 0.8) -> Arg:
        actor = self.index.actors[mention.actor_id]
        state = self.state_of_body(actor) or self.capital_state(actor) or self.unlisted_body_state(actor)
        if state is not None:
            # "les FARDC", "le Conseil fédéral": written as the state (GUIDELINES §7.2), still a
            # body for the filter: with an unnamed group it is no more a state than before
            return self._state_arg(state, actor.kind, mention.start, mention.end, confidence,
                                   as_place=mention.as_place)
        country = actor.country or self.role_country(actor)
        return Arg(actor.id, display_name(actor, self.index), actor.kind, country,
                   mention.start, mention.end, mention.as_place, self.lex.has_stance(mention.text), confidence,
                   country is None and no_party(actor, self.lex),
                   home=None if country is not None else self.presumed_home(actor))

    def presumed_home(self, actor) -> str | None:
        """The state an actor of no known state is presumed from, for the domestic filter: a person's
        demonym (`home_of`); for an organisation no list knows ("Broederlijk Delen", a party, an
        NGO), the state of the dateline's agency ("Lima (Belga) –"): an agency names its own
        country's parties and associations without their state, and their demands of that state
        are domestic (guidelines §7). Not the state the article is about: a foreign conflict's
        armed group faces its neighbour ("le TPLF accuse l'Érythrée" in an article about Eritrea)."""
        if actor.kind == "person":
            return self.home_of(actor)
        return self.agency_state if actor.id in self.index.unlisted else None

    def body_state_arg(self, actor, start: int, end: int, confidence: float, how: str) -> Arg | None:
        """The state an actor stands for when it is a body of that state (`state_of_body`), as an
        event side over [start, end): the readers of a quote's speaker ("nous", "a déclaré le
        Conseil fédéral") write it as arg_of_mention writes a mention of it."""
        state = self.state_of_body(actor) or self.unlisted_body_state(actor)
        return None if state is None else self._state_arg(state, actor.kind, start, end, confidence, how=how)

    def as_state(self, arg: Arg) -> Arg:
        """A person taken up by a noun of states ("les deux pays") as that person's state, when known."""
        if arg.kind != "person" or not arg.country:
            return arg
        return self._state_arg(arg.country, "country", arg.start, arg.end, arg.confidence, how=arg.how)

    def _state_arg(self, state: str, kind: str, start: int, end: int, confidence: float,
                   as_place: bool = False, how: str = "named") -> Arg:
        """A body or a capital written as its state over [start, end), keeping the body's kind."""
        entry = self.gaz.country_by_iso3(state)
        return Arg(f"country:{state}", entry.name_fr if entry else state, kind, state, start, end,
                   as_place, False, confidence, how=how)

    def state_of_body(self, actor) -> str | None:
        """The state a body of the gazetteer stands for in events: a government body (not one of
        the names many states give their own) whose name or an alias begins with a word of
        event_state_bodies.txt, its armed forces or its collegial government."""
        if actor.kind != "organization" or not actor.country:
            return None
        entry = self.gaz.organization(actor.name)
        if entry is None or entry.kind != "government" or entry.shared_name or not entry.country:
            return None
        starts = pack_of(self.doc).words("event_state_bodies")
        names = (entry.name, *entry.aliases)
        return entry.country if any(n.lower().startswith(w) for n in names for w in starts) else None

    def unlisted_body_state(self, actor) -> str | None:
        """The state a council, court or commission named without it stands for ("le Conseil de
        sécurité nationale", "la Cour constitutionnelle", event_council_nouns.txt), when no list
        knows the body or knows its name only as one many states give theirs: the state its own
        name gives (a demonym, "du Soudan"), else the one the actor layer gave it, else the state
        the article is about (`home_state`). A name with an international or bloc word, or one
        naming an organisation of no state ("de l'ONU"), is an international body's."""
        if actor.kind != "organization":
            return None
        entry = self.gaz.organization(actor.name)
        if entry is not None and not (entry.kind == "government" and entry.shared_name):
            return None
        pack = pack_of(self.doc)
        written = actor.name.replace("’", "'").replace("'", "' ").split()  # the gazetteer reads names as written
        words = [w.lower() for w in written]
        if len(words) < 2 or words[0] not in pack.words("event_council_nouns"):
            return None  # a bare "la Cour", "la Commission" restates a body named before
        states = {c.iso3 for w in written for part in w.split("-") if (c := self.gaz.country(part)) is not None}
        if len(states) > 1:
            return None  # "la commission mixte RDC-Rwanda": a body of two states
        international = pack.words("international_words")
        if any(w in international or w in self.lex.bloc_adjectives for w in words):
            return None
        for i, word in enumerate(words[1:], 1):
            if (iso := self.gaz.demonym(word)) is not None:
                return iso  # "le Conseil suprême de sécurité nationale iranien"
            rest = " ".join(written[i + 1:]).replace("' ", "'")
            if word in ("de", "du", "des", "d'") and rest:
                bare = rest.split("'", 1)[-1] if rest.lower().startswith("l'") else rest.split(" ", 1)[-1]
                named = self.gaz.country(rest) or self.gaz.country(bare)  # "du Soudan", "de l'Iran"
                org = self.gaz.organization(rest) or self.gaz.organization(bare)
                if named is not None:
                    return named.iso3  # "le Conseil de sécurité nationale du Soudan"
                if org is not None and not org.country:
                    return None  # "la commission d'enquête de l'ONU"
        return actor.country or self.home_state

    def capital_state(self, actor) -> str | None:
        """The state whose capital the actor layer read as an organisation seated there
        ("Bruxelles a salué …": the EU), when the article names that organisation only by the
        capital and names the state itself as an actor ("la Belgique expulse … Moscou a accusé
        Bruxelles"): the capital then stands for its state's government, as any capital does."""
        if actor.kind != "organization":
            return None
        if actor.id not in self._capital_states:
            found, own = None, [m for m in self.index.mentions if m.actor_id == actor.id]
            countries = {self.gaz.country(m.text) for m in own}
            country = next(iter(countries)) if len(countries) == 1 else None
            if country is not None and country.match == "capital" and any(
                    m.actor_id == f"country:{country.iso3}" and not m.as_place for m in self.index.mentions):
                found = country.iso3
            self._capital_states[actor.id] = found
        return self._capital_states[actor.id]

    def home_of(self, actor) -> str | None:
        """The state a demonym next to a person's name describes them as from, when nothing ties
        them to a state ("l'opposant congolais Jean Mbeki", "Jean Mbeki, opposant congolais"): the
        words before the name, or after its comma, are a noun and the demonym. It only tells a
        domestic pair (found.acceptable), it makes no state's agent of the person. "Le Congolais
        Jean Mbeki": the demonym noun before the name."""
        if actor.id not in self._homes:
            doc, found = self.doc, None
            for mention in (m for m in self.index.mentions if m.actor_id == actor.id):
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                before = doc[max(0, span.start - 2):span.start]
                after = doc[span.end:min(len(doc), span.end + 3)]
                for words in (before, after[1:] if len(after) == 3 and after[0].text == "," else None):
                    # "l'opposant congolais X"; "le Congolais X" (a demonym noun, the first word
                    # its determiner, capitalised at a sentence start)
                    if words is None or len(words) != 2 or not (words[0].text.islower() or
                                                                words[1].text[:1].isupper() and words is before):
                        continue
                    demonym = self.arg_of_demonym(words[1])
                    if demonym is not None and not demonym.stance:
                        found = demonym.country
                if found is not None:
                    break
            self._homes[actor.id] = found
        return self._homes[actor.id]

    def remember(self, etype: str, actors: list[Arg]) -> None:
        """The actors of the last predicate of a type read so far (even with no recipient found)."""
        self.last_actors[etype] = actors

    def earlier_actors(self, noun: Token, etype: str) -> list[Arg]:
        """The actors of an event noun that names none, when it takes up an event told before:
        "La Corée du Nord a tiré un missile. Le tir a été condamné par …" (a definite or
        demonstrative event noun and an earlier predicate of its type)."""
        determiners = [c for c in noun.children if c.dep_ in self.lex.labels.determiner]
        if not any("Def" in d.morph.get("Definite") or "Dem" in d.morph.get("PronType") for d in determiners):
            return []
        return [replace(a, confidence=0.4, how=f"the event {noun.text!r} takes up an earlier one: {a.how}")
                for a in self.last_actors.get(etype, [])]

    def role_country(self, actor) -> str | None:
        """The state of a person whose role names another actor of a known state ("conseiller de
        Donald Trump", "porte-parole du Kremlin"), when the article gives the person none."""
        if actor.kind != "person" or not actor.role:
            return None
        if actor.id not in self._role_countries:
            role = actor.role.lower()
            found = None
            for other in self.index.actors.values():
                if other.id != actor.id and other.country and other.kind != "media" and \
                        other.name.lower() in role:
                    found = other.country
                    break
            self._role_countries[actor.id] = found
        return self._role_countries[actor.id]

    def misread_demonym(self, token: Token) -> bool:
        """A demonym the tagger read as a participle, a pronoun or a foreign word ("les autorités
        biélorusses", "les troupes qataris"): a lower-case word of the gazetteer's demonyms hung on
        the noun just before it as its modifier."""
        labels = self.lex.labels
        return token.pos_ not in ("ADJ", "NOUN", "PROPN") and token.text.islower() and \
            (token.dep_ in labels.adjective_modifier or token.dep_ in labels.nominal_modifier) and \
            token.head.pos_ in ("NOUN", "PROPN") and 0 < token.i - token.head.i <= 2 and \
            self.gaz.demonym(token.lower_) is not None

    def arg_of_demonym(self, token: Token, confidence: float = 0.7) -> Arg | None:
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") and not self.misread_demonym(token):
            return None
        word = token.lower_
        stance = self.lex.has_stance(word)
        iso = self.gaz.demonym(self.lex.strip_stance(word) if stance else word)
        if iso is None:
            return None
        entry = self.gaz.country_by_iso3(iso)
        return Arg(f"country:{iso}", entry.name_fr if entry else iso, "country", iso,
                   token.idx, token.idx + len(token.text), False, stance, confidence, how="demonym")

    def arg_of_bloc(self, token: Token, confidence: float = 0.6) -> Arg | None:
        """A bloc's adjective on an act ("les sanctions occidentales", "européennes"), or its people
        as a noun ("les Occidentaux", "les Européens"): the organisation it names, else a group of
        states (event_bloc_adjectives.tsv)."""
        # the adjective on an act, or the people it names written as a noun ("les Occidentaux")
        noun = token.pos_ in ("NOUN", "PROPN") and token.text[:1].isupper() and \
            "Sing" not in token.morph.get("Number")
        name = self.lex.bloc_adjectives.get(token.lower_) if token.pos_ == "ADJ" or noun else None
        if name is None:
            return None
        end = token.idx + len(token.text)
        org = self.gaz.organization(name)
        if org is not None:
            return Arg(org.id, org.name, "organization", org.country, token.idx, end, confidence=confidence,
                       how=f"bloc adjective: {token.text!r} for {org.name!r}")
        return Arg(None, name, "states", None, token.idx, end, confidence=confidence,
                   how=f"bloc adjective: {token.text!r} for a group of states, {name!r}")

    def arg_of_compound(self, token: Token) -> list[Arg]:
        """Each state of a compound demonym ("franco-allemand", compounds.py), in order."""
        codes, start = compound_codes(token, self.lex.combining_forms, self.gaz)
        end = token.idx + len(token.text)
        return [Arg(f"country:{code}", entry.name_fr if (entry := self.gaz.country_by_iso3(code)) else code,
                    "country", code, start, end, confidence=0.6,
                    how=f"compound demonym {text_of(self.doc)[start:end]!r}") for code in codes]

    def below_capital(self, arg: Arg) -> bool:
        """Whether an argument is a city or region below the capital ("Goma", "le Donbass",
        data/places.tsv): it locates its state, it is never the state's government or a group."""
        text = text_of(self.doc)[arg.start:arg.end]
        return arg.place and self.gaz.country(text) is None and self.gaz.place(text) is not None

    def venue_at(self, token: Token) -> Arg | None:
        """The state of a venue of international bodies named at a token ("à Genève", "à New York"),
        as a place: for a journey's destination only (`Gazetteer.venue`), so not an actor mention."""
        span = next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
        span = span if span is not None else token.doc[token.i:token.i + 1]
        entry = self.gaz.venue(span.text)
        if entry is None:
            return None
        return self._state_arg(entry.iso3, "country", span.start_char, span.end_char, 0.7, as_place=True,
                               how=f"the state of the venue {span.text!r}")

    def arg_at(self, token: Token, confidence: float = 0.8) -> Arg | None:
        mention = self.by_token.get(token.i)
        if mention is not None:
            return self.arg_of_mention(mention, confidence)
        return self.arg_of_demonym(token, confidence - 0.1)


def is_domestic_official(actor, lex: EventLexicon) -> bool:
    """A national office holder whose country the article leaves unsaid ("Arnaud Montebourg,
    ministre du redressement productif"): French news names foreign ones with a demonym."""
    if actor.kind != "person" or actor.country or not actor.role:
        return False
    role = actor.role.lower().replace("’", "'")
    first = role.split()[0]
    # "député-maire de Manacor": a compound of offices starts with one
    return first in lex.domestic_offices or first.split("-")[0] in lex.domestic_offices or \
        role.startswith(lex.domestic_office_prefixes)


def is_commentator(actor, lex: EventLexicon) -> bool:
    """A person of no stated state whom the article quotes for their knowledge ("Kris Berwouts,
    politologue, spécialiste de la région"; event_commentator_nouns.txt): no party to the
    interactions they comment on, as a domestic office holder is none to a foreign one."""
    if actor.kind != "person" or actor.country or not actor.role:
        return False
    words = re.findall(r"[\w\-]+", actor.role.lower())
    return bool(words) and words[0] in lex.commentator_nouns


def no_party(actor, lex: EventLexicon) -> bool:
    """Arg.official: an office holder of unstated country (a domestic one) or a commentator."""
    return is_domestic_official(actor, lex) or is_commentator(actor, lex)


def display_name(actor, index: ActorIndex) -> str:
    """An actor's name for the event record; persons without the NER's leftovers.

    The NER sometimes glues a title or an organisation to a name ("général Pinochet",
    "WikiLeaks Julian Assange"): keep the capitalised words that name no other actor.
    """
    if actor.kind != "person":
        return actor.name
    others = {a.name.lower() for a in index.actors.values() if a.id != actor.id and a.kind != "person"}
    words = actor.name.split()
    while len(words) > 1 and (not words[0][:1].isupper() or words[0].lower() in others):
        words = words[1:]
    return " ".join(words)
