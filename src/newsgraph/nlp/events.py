"""Events between actors, coded in PLOVER: who did what to whom, when and where.

A cascade: a sentence is read only if it holds a predicate lemma from
`data/event_predicates.tsv` and at least two actor mentions (or demonyms). Each
predicate then takes its arguments from the dependency parse, as its frame in the data
file says (subject, object, "à/avec/contre/entre X", "la visite de X", "frappes
américaines", the subject of a light verb: "organiser un sommet"). Arguments resolve to
actors of the article's ActorIndex (a person acts as themselves; their country is known
through `Actor.country`), or to a state through a demonym. Only interactions between
actors of different states, or between a state and a foreign or international actor, are
kept (annotation guidelines §7). docs/events.md describes the rules.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer, load_gazetteer
from ..model import EVENT_TYPES, DateRef, Event, EventActor, Quote, Source
from .actors import ActorIndex, Mention
from .context import pack_of
from .lexicon import media_nouns, role_nouns, state_nouns
from .textutil import text_of

PREDICATES_FILE = "event_predicates.tsv"
ROLES = ("actor", "recipient", "place")

# Surface forms of each preposition marker of the frames.
PREPOSITIONS = {
    "à": {"à", "a", "au", "aux"}, "de": {"de", "d'", "d’", "du", "des"}, "en": {"en"},
    "au": {"au"}, "aux": {"aux"}, "dans": {"dans"}, "avec": {"avec"}, "contre": {"contre"},
    "entre": {"entre"}, "par": {"par"}, "auprès": {"auprès"}, "envers": {"envers"},
    "sur": {"sur"}, "vers": {"vers"}, "chez": {"chez"}, "pour": {"pour"},
}
REFLEXIVES = {"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "son", "sa",
               "ses", "leur", "leurs"}
NEGATIONS = {"pas", "jamais", "plus", "guère", "point", "nullement", "aucunement"}
NEGATIVE_DETERMINERS = {"aucun", "aucune", "nul", "nulle"}
PERSONAL_PRONOUNS = {"il", "elle", "ils", "elles"}
FIRST_PERSON = {"je", "j'", "j’", "nous"}
# Verbs whose compound tenses take "être" without being passive.
UNACCUSATIVE = {"arriver", "partir", "venir", "aller", "rester", "entrer", "sortir", "retourner",
                "revenir", "repartir", "parvenir", "rentrer", "passer", "tomber", "mourir", "décéder"}
IMPERSONAL_VERBS = {"falloir", "sembler", "paraître", "avoir", "agir", "rester", "manquer", "exister",
                    "être", "arriver", "suffire", "valoir", "pleuvoir", "apparaître", "convenir"}
# Nouns standing for an actor whose name is in their complement ("le président chinois",
# "des représentants du Mali", "l'ambassade des États-Unis"), besides role and state nouns.
PROXY_NOUNS = {"représentant", "représentants", "délégation", "délégations", "ressortissant",
               "ressortissants", "homologue", "homologues", "émissaire", "envoyé", "ambassadeur",
               "dirigeant", "dirigeants", "chef", "otage", "otages", "citoyen", "citoyens",
               "navire", "avion", "avions", "base", "bases", "position", "positions", "cible",
               "cibles", "installations", "troupes", "force", "forces", "soldat", "soldats",
               "diplomate", "diplomates", "efforts", "opposition", "rebelles", "rebelle"}
# Verbs whose object (or "à X") is the subject of their infinitive complement.
OBJECT_CONTROL = {"accuser", "soupçonner", "suspecter", "exhorter", "inviter", "appeler", "pousser",
                  "encourager", "autoriser", "empêcher", "presser", "obliger", "forcer", "contraindre",
                  "convaincre", "persuader", "charger", "prier", "demander", "ordonner", "interdire",
                  "conseiller", "permettre", "aider", "sommer", "enjoindre", "intimer"}
# Verbs whose complement clause is wanted, not done: its predicates are not events of their own.
INTENT_VERBS = {"vouloir", "souhaiter", "envisager", "proposer", "promettre", "espérer", "tenter",
                "chercher", "refuser", "menacer", "demander", "exiger", "appeler", "exhorter",
                "presser", "ordonner", "prier", "inviter", "solliciter", "empêcher", "prêt", "disposé",
                "démentir", "nier", "contester"}
HYPOTHETICAL_GOVERNORS = {"pouvoir", "envisager", "menacer", "risquer", "prêt", "éventuel",
                          "possible", "susceptible", "accuser", "soupçonner", "suspecter"}
FUTURE_GOVERNORS = {"devoir", "prévoir", "projeter", "compter", "attendre", "programmer"}
# Verbs that place a noun predicate in time ("la visite est prévue mardi", "le sommet se tiendra à …").
SCHEDULING_VERBS = {"prévoir", "attendre", "programmer", "tenir", "dérouler", "avoir", "commencer",
                    "débuter", "intervenir", "survenir", "remonter", "reporter", "annuler"}
FUTURE_WORDS = {"prochain", "prochaine", "prochains", "prochaines", "prévu", "prévue", "prévus",
                "prévues", "bientôt", "demain"}
# Where an event happens when its frame says nothing: "à Pékin", "en Chine", "au Liban".
DEFAULT_PLACE = ("à", "en", "au", "aux", "dans")
SYMMETRIC_TYPES = {"AGREE", "CONSULT"}  # merged as unordered pairs (except visits and hosting)
CANCEL_VERBS = {"annuler", "ajourner"}
DOMESTIC_OFFICES = {"ministre", "député", "députée", "sénateur", "sénatrice", "maire", "préfet", "préfète",
                    "conseiller", "conseillère"}
# Nouns that count or group a predicate noun: "un paquet de sanctions", "une série de frappes".
QUANTITY_NOUNS = {"paquet", "série", "train", "vague", "salve", "ensemble", "volet", "batterie", "nombre",
                  "dizaine", "centaine", "millier", "raid"}
PHONE_WORDS = {"téléphone", "téléphonique", "visioconférence", "vidéoconférence"}
NP_DEPS = {"nmod", "amod", "appos", "flat:name", "flat", "compound", "nummod", "acl", "obl:arg", "obl:mod"}
CALENDAR_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d-]*W)")
FUTURE_ENDINGS = {"ai", "as", "a", "ons", "ez", "ont"}
IRREGULAR_FUTURES = {"sera", "seront", "serons", "aura", "auront", "aurons", "ira", "iront", "irons",
                     "fera", "feront", "ferons", "viendra", "viendront", "pourra", "pourront", "devra",
                     "devront", "verra", "verront", "tiendra", "tiendront", "enverra", "enverront"}
PARTICIPLE = re.compile(r"é(?:e|s|es)?$")
DATELINE_TAIL = re.compile(r"^\s*\.?\s*[-–—]")
# THREATEN modes after the type of the threatened action (PLOVER THREATEN modes).
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                "COERCE": "arrest", "PROTEST": "restrict"}
PROTESTERS = "manifestants"  # the designation the guidelines use for unnamed demonstrators


# ---------------------------------------------------------------- the predicate table

@dataclass(frozen=True, slots=True)
class Predicate:
    """One row of event_predicates.tsv, parsed."""
    expression: str
    pos: str                          # verb | noun
    type: str                         # a PLOVER type
    mode: str | None
    head: str                         # lemma of the head word
    reflexive: bool = False           # "se rendre", "s'entretenir"
    particle: str | None = None       # a required preposition ("appeler à")
    companions: frozenset[str] = frozenset()  # a required object/complement lemma ("accorder l'asile")
    slots: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (role, markers) in order of preference
    symmetric: bool = False
    passive: bool = False

    def markers(self, role: str) -> tuple[str, ...]:
        for name, markers in self.slots:
            if name == role:
                return markers
        return DEFAULT_PLACE if role == "place" else ()


@dataclass(frozen=True, slots=True)
class PredicateTable:
    by_head: dict[tuple[str, str], tuple[Predicate, ...]]
    support_verbs: frozenset[str]
    heads: frozenset[str]


def _parse_row(expression: str, pos: str, etype: str, mode: str, frame: str) -> Predicate:
    words = expression.split()
    reflexive = False
    if words[0] in ("se", "s'"):
        reflexive, words = True, words[1:]
    elif words[0].startswith(("s'", "s’")):
        reflexive, words = True, [words[0][2:], *words[1:]]
    head, rest = words[0], [w for w in words[1:] if w not in DETERMINERS]
    rest = [re.sub(r"^[ld][’']", "", w) for w in rest]
    particle = rest.pop() if rest and rest[-1] in PREPOSITIONS else None
    companions = frozenset(c for w in rest for c in w.split("|"))
    slots, symmetric, passive = [], False, False
    for part in (p.strip() for p in frame.split(";")):
        if part == "sym":
            symmetric = True
        elif part == "passive":
            passive = True
        elif ":" in part:
            role, markers = part.split(":", 1)
            if role not in ROLES:
                raise ValueError(f"E070 {PREDICATES_FILE}: unknown role {role!r} in {expression!r}")
            slots.append((role, tuple(markers.split("|"))))
    if etype not in EVENT_TYPES:
        raise ValueError(f"E070 {PREDICATES_FILE}: {etype!r} is not a PLOVER type ({expression!r})")
    return Predicate(expression, pos, etype, None if mode == "-" else mode, head, reflexive, particle,
                     companions, tuple(slots), symmetric, passive)


@cache
def predicate_table() -> PredicateTable:
    """The predicates of data/event_predicates.tsv, keyed by (head lemma, pos); loaded once."""
    text = resources.files("newsgraph.data").joinpath(PREDICATES_FILE).read_text(encoding="utf-8")
    by_head: dict[tuple[str, str], list[Predicate]] = {}
    support = set()
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in lines[1:]:  # the first line is the header
        expression, pos, etype, mode, frame = line.split("\t")
        if pos == "support":
            support.add(expression)
            continue
        predicate = _parse_row(expression, pos, etype, mode, frame)
        by_head.setdefault((predicate.head, pos), []).append(predicate)
    # multiword rows first: "accorder l'asile" before a plain "accorder"
    table = {key: tuple(sorted(rows, key=lambda p: -len(p.companions) - bool(p.particle)))
             for key, rows in by_head.items()}
    return PredicateTable(table, frozenset(support), frozenset(head for head, _ in table))


# ---------------------------------------------------------------- arguments

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
    official: bool = False    # a minister, deputy or mayor of no stated country: a domestic one

    @property
    def key(self) -> str:
        return self.actor or self.name


class _Article:
    """What the rules need from one Doc, computed once: mentions by token, dates, quotes, sources."""

    def __init__(self, doc: Doc, index: ActorIndex, gaz: Gazetteer):
        self.doc, self.index, self.gaz = doc, index, gaz
        self.by_token: dict[int, Mention] = {}
        for mention in index.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                known = self.by_token.get(token.i)
                if known is None or known.end - known.start < mention.end - mention.start:
                    self.by_token[token.i] = mention
        self.starts = [m.start for m in index.mentions]
        self.dates: list[DateRef] = [d for d in (doc._.ng_dates or []) if d.kind in ("date", "range")]
        self.quotes: list[Quote] = list(doc._.ng_quotes or [])
        self.sources: list[Source] = list(doc._.ng_sources or [])
        self.published = doc._.published
        self.proxies = PROXY_NOUNS | state_nouns(pack_of(doc)) | role_nouns(pack_of(doc))

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.index.mentions[lo:hi]

    def arg_of_mention(self, mention: Mention, confidence: float = 0.8) -> Arg:
        actor = self.index.actors[mention.actor_id]
        stance = mention.text.lower().startswith(("anti-", "anti‑", "pro-"))
        return Arg(actor.id, _display_name(actor, self.index), actor.kind, actor.country,
                   mention.start, mention.end, mention.as_place, stance, confidence, _official(actor))

    def arg_of_demonym(self, token: Token, confidence: float = 0.7) -> Arg | None:
        if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return None
        word = token.lower_
        stance = word.startswith(("anti-", "pro-"))
        iso = self.gaz.demonym(word.split("-", 1)[1] if stance else word)
        if iso is None:
            return None
        entry = self.gaz.country_by_iso3(iso)
        return Arg(f"country:{iso}", entry.name_fr if entry else iso, "country", iso,
                   token.idx, token.idx + len(token.text), False, stance, confidence)

    def arg_at(self, token: Token, confidence: float = 0.8) -> Arg | None:
        mention = self.by_token.get(token.i)
        if mention is not None:
            return self.arg_of_mention(mention, confidence)
        return self.arg_of_demonym(token, confidence - 0.1)


def _official(actor) -> bool:
    """A national office holder whose country the article leaves unsaid ("Arnaud Montebourg,
    ministre du redressement productif"): French news names foreign ones with a demonym."""
    if actor.kind != "person" or actor.country or not actor.role:
        return False
    role = actor.role.lower().replace("’", "'")
    return role.split()[0] in DOMESTIC_OFFICES or role.startswith(("secrétaire d'état", "garde des sceaux",
                                                                     "porte-parole du gouvernement"))


def _display_name(actor, index: ActorIndex) -> str:
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


# ---------------------------------------------------------------- parse helpers

def _case(token: Token) -> str | None:
    """The preposition introducing a nominal ("au Conseil" -> "au"), lowercased."""
    for child in token.children:
        if child.dep_ in ("case", "mark") or (child.dep_ == "fixed" and child.i < token.i):
            return child.lower_
    return None


def _has_marker(token: Token, marker: str) -> bool:
    forms = PREPOSITIONS.get(marker)
    case = _case(token)
    return forms is not None and case is not None and case in forms


def _is_passive(token: Token) -> bool:
    """Passive voice; verbs conjugated with "être" ("est arrivé", "s'est rendu") are not passive,
    though the parser often labels their auxiliary aux:pass."""
    if token.lemma_.lower() in UNACCUSATIVE or any(c.lower_ in REFLEXIVES for c in token.children):
        return False
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in token.children) or \
        (token.morph.get("Voice") == ["Pass"] and any(c.lemma_ == "être" and c.dep_.startswith("aux")
                                                       for c in token.children))


def _governors(token: Token) -> list[Token]:
    """The token and the verbs that govern it in the same clause: xcomp chains ("va livrer",
    "devrait se rendre") and the light verb of a noun ("n'a pas signé d'accord")."""
    support = predicate_table().support_verbs
    chain = [token]
    current = token
    for _ in range(4):
        head = current.head
        if head == current:
            break
        lemma = head.lemma_.lower()
        if current.dep_ == "xcomp" or (current.dep_ in ("obj", "nsubj", "nsubj:pass") and lemma in support) or \
                (current.dep_ in ("nsubj", "nsubj:pass") and lemma in SCHEDULING_VERBS):
            current = head
            chain.append(current)
        else:
            break
    return chain


def _subject(token: Token) -> Token | None:
    """The grammatical subject of a verb, inherited through xcomp, conj and gerunds."""
    current = token
    for _ in range(4):
        # the nearest subject: a dateline ("5 juillet 2012. - …") is sometimes parsed as one too
        subjects = sorted((c for c in current.children if c.dep_ in ("nsubj", "nsubj:pass")
                           and c.lower_ != "on" and c.pos_ != "NUM" and _case(c) is None),
                          key=lambda c: abs(c.i - current.i))
        if subjects:
            if "Rel" in subjects[0].morph.get("PronType") and current.dep_ == "acl:relcl":
                return current.head  # "la Russie, qui a envahi …"
            return subjects[0]
        # "Il essaie de …" is sometimes parsed as an impersonal subject
        personal = [c for c in current.children if c.dep_ == "expl:subj" and c.lower_ in PERSONAL_PRONOUNS
                    and current.lemma_.lower() not in IMPERSONAL_VERBS]
        if personal:
            return personal[0]
        gerund = current.dep_ == "advcl" and any(c.lower_ == "en" for c in current.children)
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in OBJECT_CONTROL:
            # "accuser la Chine d'avoir aidé …", "demander à Berlin de livrer …": the object acts
            for child in current.head.children:
                if child.dep_ in ("obj", "iobj") or (child.dep_.startswith("obl") and _has_marker(child, "à")):
                    return child
        if current.dep_ in ("xcomp", "conj") or gerund:
            current = current.head
            continue
        if current.dep_ == "acl" and "Fin" in current.morph.get("VerbForm"):
            return current.head  # headlines: "Afghanistan : l'armée française transfère …"
        return None
    return None


def _agent(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "obl:agent" or (child.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and
                                         _has_marker(child, "par")):
            return child
    return None


def _np_members(token: Token) -> list[Token]:
    """A coordination's members ("la Russie et la Chine"); appositions that name another actor count."""
    members, stack = [], [token]
    while stack:
        current = stack.pop()
        if current in members:
            continue
        members.append(current)
        # "l'Arabie saoudite et l'Iran": the conjunct is sometimes hung on the name's last word
        carriers = [current] + [c for c in current.children if c.dep_ in ("amod", "flat:name", "flat")
                                and c.i == current.i + 1]
        for child in (c for carrier in carriers for c in carrier.children):
            # "l'invasion de l'Ukraine par la Russie" parsed as a coordination: a conjunct with a
            # preposition of its own that differs from the head's is no member of the list
            own = _case(child)
            if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON", "X", "ADJ") and \
                    (own is None or own == _case(token)):
                stack.append(child)
    return sorted(members, key=lambda t: t.i)


# ---------------------------------------------------------------- resolution

class _Resolver:
    """Turns argument tokens into actors, for one sentence."""

    def __init__(self, article: _Article, sent: Span):
        self.a, self.sent = article, sent
        # tokens being resolved right now: a pronoun whose antecedent search comes back to
        # itself (a subject pronoun of the previous sentence) must stop, not recurse
        self.active: set[int] = set()

    def members(self, token: Token, deep: bool) -> list[Arg]:
        """Every actor a (possibly coordinated) argument names."""
        args, seen = [], set()
        heads = _np_members(token)
        # appositions and flat lists parsed as appositions ("la BCE, la Commission européenne")
        for head in list(heads):
            for child in head.children:
                if child.dep_ == "appos" and child.i in self.a.by_token and child not in heads:
                    heads.extend(_np_members(child))
        for head in sorted(heads, key=lambda t: t.i):
            arg = self.one(head, deep)
            if arg is not None and arg.key not in seen:
                seen.add(arg.key)
                args.append(arg)
        return args

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
        if arg is not None:
            return arg
        if token.pos_ == "PRON" and token.lower_ in PERSONAL_PRONOUNS:
            return self.antecedent(token)
        if token.lower_ in FIRST_PERSON:
            return self.speaker(token)
        proxy = token.lower_ in self.a.proxies or token.lemma_.lower() in self.a.proxies
        if not proxy and token.pos_ == "NOUN":
            group = self.group(token)
            if group is not None:
                return group
        if not deep and not proxy:
            return None
        return self.search(token, 3 if deep else 2)

    def group(self, token: Token) -> Arg | None:
        """A group named by a noun and a demonym ("les indépendantistes algériens"): not the state,
        but a group of that country. Media ("le quotidien français") are no actors."""
        nouns = media_nouns(pack_of(token.doc))
        if token.lemma_.lower() in nouns or token.lower_ in nouns:
            return None
        if "Plur" not in token.morph.get("Number"):
            return None  # people act as groups ("les étudiants iraniens"); "la proposition chinoise" does not
        for child in token.children:
            if child.dep_ == "amod" and child.i == token.i + 1:
                arg = self.a.arg_of_demonym(child, 0.6)
                if arg is not None and not arg.stance:
                    return replace(arg, actor=None, name=f"{token.text} {child.text}", kind="group",
                                   start=token.idx, end=child.idx + len(child.text))
        return None

    def search(self, token: Token, depth: int) -> Arg | None:
        """The nearest actor inside a noun phrase, breadth first, without entering clauses."""
        frontier = [token]
        for level in range(depth):
            found = []
            next_frontier = []
            for node in frontier:
                for child in node.children:
                    if child.dep_ not in NP_DEPS and not (child.dep_ == "conj" and level == 0):
                        continue
                    next_frontier.append(child)
                    arg = self.a.arg_at(child, 0.7)
                    if arg is None or arg.stance:
                        continue
                    # "l'ambassadeur de France en Afghanistan": the de-complement, not the place;
                    # "le fondateur de WikiLeaks Julian Assange": the name itself, not the complement
                    case = _case(child)
                    located = case in ("en", "dans", "à", "au", "aux", "vers")
                    found.append((arg.place or located, case is not None,
                                  arg.kind == "country" and child.pos_ == "ADJ", child.i, arg))
            if found:
                return min(found, key=lambda f: f[:4])[4]
            frontier = next_frontier
        return None

    def speaker(self, token: Token) -> Arg | None:
        """"Nous" inside a quote: its speaker, when resolved to an actor."""
        for quote in self.a.quotes:
            speaker = quote.speaker
            if quote.start <= token.idx < quote.end and speaker and speaker.actor in self.a.index.actors:
                actor = self.a.index.actors[speaker.actor]
                start = speaker.start if speaker.start is not None else quote.start
                end = speaker.end if speaker.end is not None else quote.start
                return Arg(actor.id, _display_name(actor, self.a.index), actor.kind, actor.country,
                           start, end, confidence=0.6)
        return None

    def antecedent(self, token: Token) -> Arg | None:
        """The actor a pronoun or possessive stands for: the nearest subject mention before it."""
        doc = self.a.doc
        before = [m for m in self.a.mentions_in(self.sent.start_char, token.idx)
                  if not m.as_place and m.kind != "media" and not m.text.lower().startswith(("anti-", "pro-"))]
        for mention in reversed(before):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubj:pass", "appos", "nmod", "obj"):
                return self.a.arg_of_mention(mention, 0.5)
        if before:
            return self.a.arg_of_mention(before[-1], 0.5)
        # the subject of the previous sentence
        if self.sent.start > 0:
            previous = doc[self.sent.start - 1].sent
            for token_ in previous:
                if token_.dep_ in ("nsubj", "nsubj:pass") and token_.head.dep_ == "ROOT":
                    args = self.members(token_, deep=False)
                    if args:
                        return replace(args[0], confidence=0.4)
        return None

    def fallback_subject(self, token: Token, taken: set[int]) -> list[Arg]:
        """No parsed subject: the nearest mention before the verb that no preposition introduces
        (with its conjuncts). The parser sometimes hangs the subject on a fronted "Selon X,",
        or the verb on its subject ("Washington et Moscou ont convenu" with the verb as punct)."""
        doc = self.a.doc
        tops = [token] + ([token.head] if token.dep_ in ("punct", "dep") and token.head.i < token.i else [])
        for mention in reversed(self.a.mentions_in(self.sent.start_char, token.idx)):
            if mention.as_place or mention.start in taken or mention.kind == "media":
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            node, free = root, _case(root) is None
            while free and node not in tops and node.head != node:
                if node.dep_ in ("acl:relcl", "advcl", "ccomp", "parataxis", "acl"):
                    free = False
                node = node.head
            if free and node in tops:
                # back to the first conjunct: "Washington et Moscou"
                while root.dep_ == "conj" and root.head.i < root.i and root.head.i in self.a.by_token:
                    root = root.head
                args = self.members(root, deep=False)
                return [replace(a, confidence=0.5) for a in args]
        return []


# ---------------------------------------------------------------- matching predicates

def _lemmas(token: Token) -> list[str]:
    """Lemmas to look up: the tagger's, a plural's singular, and a participle's infinitive
    (the tagger reads "a gelé les avoirs" as an adjective "gelé")."""
    lemma, lower = token.lemma_.lower(), token.lower_
    found = [lemma]
    if token.pos_ in ("NOUN", "PROPN"):
        found += [lower.rstrip("sx"), lower]
    elif token.pos_ == "ADJ":
        found += [PARTICIPLE.sub("er", lower), PARTICIPLE.sub("er", lemma)]
    return found


def _match(token: Token, table: PredicateTable) -> Predicate | None:
    if token.pos_ == "VERB":
        pos = "verb"
    elif token.pos_ == "ADJ" and ("Part" in token.morph.get("VerbForm") or
                                  any(c.dep_ in ("aux:tense", "obj") for c in token.children)):
        pos = "verb"
    elif token.pos_ in ("NOUN", "PROPN"):
        pos = "noun"
    else:
        return None
    rows = next((table.by_head[(lemma, pos)] for lemma in _lemmas(token) if (lemma, pos) in table.by_head), None)
    if not rows:
        return None
    for row in rows:
        if row.reflexive and not any(c.lower_ in REFLEXIVES and c.dep_.startswith(("expl", "obj", "iobj"))
                                     for c in token.children):
            continue
        if row.companions and not any((c.lemma_.lower() in row.companions or c.lower_ in row.companions)
                                      and c.dep_ in ("obj", "nmod", "amod", "nsubj:pass", "obl:arg")
                                      for c in token.children):
            continue
        if row.particle and not _has_particle(token, row.particle):
            continue
        if row.passive and not any(c.lemma_ == "être" and c.dep_.startswith("aux") for c in token.children):
            continue  # "X est attendu à Alger", not "X attend une réponse"
        return row
    return None


def _has_particle(token: Token, particle: str) -> bool:
    forms = PREPOSITIONS.get(particle, {particle})
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in forms:
        return True
    return any(_case(child) in forms for child in token.children)


def _support_verb(token: Token, table: PredicateTable) -> Token | None:
    """The light verb a noun predicate is the object of ("a organisé un sommet", "a adopté un
    nouveau paquet de sanctions")."""
    if token.dep_ == "nmod" and token.head.lemma_.lower() in QUANTITY_NOUNS and _case(token) in PREPOSITIONS["de"]:
        token = token.head
    head = token.head
    if token.dep_ in ("obj", "nsubj:pass") and head.pos_ == "VERB" and head.lemma_.lower() in table.support_verbs:
        return head
    return None


def _embedded(token: Token) -> bool:
    """A predicate inside a demand, threat, refusal or intention is not an event of its own."""
    current = token
    for _ in range(3):
        if current.dep_ not in ("xcomp", "ccomp", "obj", "advcl") or current.head == current:
            return False
        current = current.head
        if current.lemma_.lower() in INTENT_VERBS:
            return True
    return False


# ---------------------------------------------------------------- one predicate

@dataclass(slots=True)
class _Found:
    predicate: Predicate
    token: Token
    actors: list[Arg]
    recipients: list[Arg]
    place: Arg | None
    mode: str | None


def _prepositional(token: Token, marker: str, deep: bool, support: Token | None) -> list[Token]:
    """Complements of the predicate (or of its light verb) introduced by a preposition."""
    hosts = [token] + ([support] if support is not None else [])
    found = []
    for host in hosts:
        nodes = [host]
        if deep:
            nodes = [t for t in host.subtree if not _crosses_clause(t, host)]
        for node in nodes:
            for child in node.children:
                if child.dep_ not in ("case", "mark", "det", "punct") and _has_marker(child, marker):
                    found.append(child)
    return found


def _crosses_clause(token: Token, top: Token) -> bool:
    node = token
    while node != top and node.head != node:
        if node.dep_ in ("acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "xcomp", "acl"):
            return True
        node = node.head
    return False


def _slot(resolver: _Resolver, token: Token, predicate: Predicate, role: str,
          table: PredicateTable) -> tuple[list[Arg], list[Arg]]:
    """(arguments, entre-list members) of one role, trying its markers in order."""
    support = _support_verb(token, table) if predicate.pos == "noun" else None
    passive = predicate.pos == "verb" and not predicate.passive and _is_passive(token)
    for raw in predicate.markers(role):
        deep = raw.endswith("*") or role == "place"  # "mercredi à Paris": places hang on anything
        marker = raw.rstrip("*")
        args: list[Arg] = []
        if marker == "subj":
            node = _agent(token) if passive else _subject(token)
            if node is not None:
                args = resolver.members(node, deep=False)
        elif marker == "obj":
            # one direct object: the nearest (a second "obj" is a parse error)
            objects = sorted((c for c in token.children if c.dep_ == "obj" or (passive and c.dep_ == "nsubj:pass")),
                             key=lambda c: abs(c.i - token.i))
            for child in objects[:1]:
                inner = _match(child, table) if deep else None
                if inner is not None and inner.pos == "noun":
                    # "condamner l'invasion de l'Ukraine par la Russie": aimed at the invader
                    inner_actors, _ = _slot(resolver, child, inner, "actor", table)
                    if inner_actors:
                        args += inner_actors
                        continue
                args += resolver.members(child, deep)
        elif marker == "support":
            if support is not None:
                node = _agent(support) if _is_passive(support) else _subject(support)
                if node is not None:
                    args = resolver.members(node, deep=False)
        elif marker == "poss":
            for child in token.children:
                if child.dep_ == "det" and "Yes" in child.morph.get("Poss"):
                    arg = resolver.antecedent(child)
                    args = [arg] if arg is not None else []
        elif marker == "adj":
            for child in token.children:
                if child.dep_ == "amod" and child.i > token.i:
                    arg = resolver.a.arg_at(child)
                    if arg is not None and arg.stance == (role == "recipient") and arg.kind == "country":
                        args.append(arg)
        elif marker == "xcomp":
            for child in token.children:
                if child.dep_ == "xcomp":
                    for grandchild in child.children:
                        if grandchild.dep_ in ("obj", "obl:arg", "obl:mod"):
                            args += resolver.members(grandchild, deep)
        elif marker == "place":
            continue  # the state of the place role: filled by the caller
        elif marker == "visant":
            # "des sanctions visant l'Iran"
            for child in token.children:
                if child.dep_ == "acl" and child.lemma_.lower() == "viser":
                    for grandchild in child.children:
                        if grandchild.dep_ == "obj":
                            args += resolver.members(grandchild, deep)
        else:
            for node in _prepositional(token, marker, deep, support):
                if marker == "de" and predicate.pos == "noun" and role == "actor" and _agent(token) is not None:
                    continue  # "l'invasion de l'Ukraine par la Russie": de is the patient
                members = resolver.members(node, deep)
                if not members and role == "place":
                    # "arrivé à Kiev lundi" parsed with "Kiev" as a modifier of "lundi"
                    members = [arg for t in node.subtree if (arg := resolver.a.arg_at(t)) is not None
                               and arg.kind == "country" and not arg.stance][:1]
                if marker == "entre":
                    # "entre X et Y" with Y parsed as a conjunct of the predicate itself
                    for other in node.head.children:
                        if other.dep_ == "conj" and other.i > node.i and node.head == token:
                            members += [m for m in resolver.members(other, deep) if m.key not in
                                        {k.key for k in members}]
                    if len(members) >= 2:
                        return [], members
                args += members
        args = [a for a in args if not a.stance or role == "recipient"]
        if role == "actor":
            args = [a for a in args if not a.place]
        if role == "place":
            args = [a for a in args if a.kind == "country"]
        if args:
            return args, []
    return [], []


def _linear_companion(resolver: _Resolver, token: Token, markers: tuple[str, ...],
                      tight: bool = False) -> tuple[list[Arg], list[Arg]]:
    """A complement the parser attached elsewhere ("sa rencontre … avec Richard Stallman",
    "transférer le contrôle de la province, dernier territoire dont elle avait la
    responsabilité, aux forces afghanes"): the next phrase with the frame's preposition,
    before the clause ends."""
    wanted = [m.rstrip("*") for m in markers if m.rstrip("*") in PREPOSITIONS]
    if not wanted:
        return [], []
    sent = resolver.sent
    for nxt in resolver.a.doc[token.i + 1: min(sent.end, token.i + 30)]:
        if nxt.pos_ in ("VERB", "AUX") and nxt.dep_ not in ("acl", "acl:relcl", "aux:tense", "aux:pass", "cop") \
                or nxt.text in (";", ":", "«", "»", '"'):
            break
        if tight and (nxt.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ") or nxt.text == ","):
            break  # within the noun phrase only
        if nxt.dep_ not in ("case", "fixed"):
            continue
        for marker in wanted:
            if nxt.lower_ not in PREPOSITIONS[marker]:
                continue
            members = [a for a in resolver.members(nxt.head, deep=False) if not a.place and not a.stance]
            if marker == "entre" and len(members) >= 2:
                return [], members
            if members:
                return [replace(a, confidence=min(a.confidence, 0.5)) for a in members], []
    return [], []


def _protesters(resolver: _Resolver, token: Token, recipients: list[Arg]) -> Arg:
    """Unnamed demonstrators, of the country the sentence places them in ("à Téhéran"), if any:
    protests against one's own state are domestic and dropped by the filter."""
    aimed = {a.start for a in recipients}
    country = None
    for mention in resolver.a.mentions_in(resolver.sent.start_char, resolver.sent.end_char):
        arg = resolver.a.arg_of_mention(mention)
        if arg.kind == "country" and not arg.stance and arg.start not in aimed:
            country = arg.country
            break
    return Arg(None, PROTESTERS, "group", country, token.idx, token.idx + len(token.text), confidence=0.5)


def _read_predicate(resolver: _Resolver, token: Token, predicate: Predicate,
                    table: PredicateTable) -> _Found | None:
    actors, actor_list = _slot(resolver, token, predicate, "actor", table)
    recipients, between = _slot(resolver, token, predicate, "recipient", table)
    places, _ = _slot(resolver, token, predicate, "place", table)
    place = places[0] if places else None
    if not recipients and not between:
        recipients, between = _linear_companion(resolver, token, predicate.markers("recipient"))
    if predicate.pos == "noun" and not actors and "par" in predicate.markers("actor"):
        # "la prise de l'ambassade des États-Unis par des étudiants iraniens": the parser often
        # hangs the agent on the main verb
        actors, _ = _linear_companion(resolver, token, ("par",), tight=True)
    if predicate.pos == "verb" and not actors and not predicate.passive:
        taken = {a.start for a in recipients + between}
        if _subject(token) is None and not _is_passive(token):
            actors = resolver.fallback_subject(token, taken)
    between = between or actor_list
    if between:
        listed = {a.key for a in between}
        first = next((a for a in actors if a.key in listed), between[0])
        actors = [first]
        recipients = [a for a in between if a.key != first.key]
    if not recipients and place is not None and "place" in predicate.markers("recipient"):
        recipients = [place]  # a visit is to the state of the place visited
    elif place is not None and any(a.start == place.start for a in actors + recipients):
        place = None  # "demander à Berlin": an argument, not the place of the event
    if not recipients and predicate.symmetric and len(actors) >= 2:
        actors, recipients = actors[:1], actors[1:]
    if not actors and predicate.type == "PROTEST" and predicate.mode == "demo":
        actors = [_protesters(resolver, token, recipients)]
    if not actors or not recipients:
        return None
    mode = predicate.mode
    if predicate.type == "CONSULT" and any(t.lemma_.lower() in PHONE_WORDS for t in token.subtree):
        mode = "phone"
    if predicate.type == "THREATEN":
        for child in token.children:
            inner = _match(child, table) if child.dep_ == "xcomp" else None
            if inner is not None:
                mode = THREAT_MODES.get(inner.type, mode)
    return _Found(predicate, token, actors, recipients, place, mode)


# ---------------------------------------------------------------- filters, flags, evidence

def _acceptable(actor: Arg, recipient: Arg) -> bool:
    """International interactions only (guidelines §7): different actors of different states,
    at least one of them a state or a state's agent; never a medium."""
    if actor.key == recipient.key or "media" in (actor.kind, recipient.kind):
        return False
    a, r = actor.country, recipient.country
    if a is None and r is None:
        return False
    if actor.official or recipient.official:
        return False  # an office holder of unstated country: presumably the same state
    return a != r


def _flags(token: Token, article: _Article, when: dict | None) -> tuple[bool, bool, bool]:
    chain = _governors(token)
    nodes = list(chain)
    for node in chain:
        nodes += [c for c in node.children if c.dep_.startswith("aux")]
    negated = hypothetical = future = False
    for node in chain:
        children = list(node.children)
        lowers = {c.lower_ for c in children}
        if lowers & {"ne", "n'", "n’"} and lowers & NEGATIONS:
            negated = True
        if node.pos_ == "NOUN" and any(c.lower_ in NEGATIVE_DETERMINERS for c in children):
            negated = True
        if any(c.lower_ in ("si", "s'") and c.dep_ == "mark" for c in children):
            hypothetical = True
    for node in nodes:
        lemma = node.lemma_.lower()
        if "Cnd" in node.morph.get("Mood"):
            if lemma == "devoir":
                future = True
            else:
                hypothetical = True
        if "Fut" in node.morph.get("Tense") or _future_form(node):
            future = True
        if node != token and lemma in HYPOTHETICAL_GOVERNORS:
            hypothetical = True
        if node != token and lemma in CANCEL_VERBS:
            negated = True  # "la visite a été annulée"
        if node != token and lemma in FUTURE_GOVERNORS:
            future = True
        if node != token and lemma == "aller" and "Pres" in node.morph.get("Tense"):
            future = True
    if any(t.lower_ in FUTURE_WORDS for t in token.children) or \
            any(t.lower_ in FUTURE_WORDS for t in token.head.children if token.head != token):
        future = True
    if when is not None:
        text = when["text"].lower()
        value = when.get("value") or ""
        if any(w in text for w in FUTURE_WORDS) or _after(value, article.published):
            future = True
    return negated, hypothetical, future


def _after(value: str, published: str | None) -> bool:
    """Whether a normalised date ("2023-09-14", "2023-09", a range's start) is after publication."""
    match = CALENDAR_DATE.match(value)
    if not match or not published:
        return False
    found = match.group(0)
    return found > published[:len(found)]


def _future_form(token: Token) -> bool:
    """A future the tagger missed ("livrerons" read as present): infinitive + future ending."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    form, lemma = token.lower_, token.lemma_.lower()
    if form in IRREGULAR_FUTURES:
        return True
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return lemma.endswith(("er", "ir", "re")) and form.startswith(stem) and form[len(stem):] in FUTURE_ENDINGS


def _when(token: Token, sent: Span, article: _Article, taken: list[tuple[int, int]]) -> dict | None:
    """The nearest date of the sentence attached to the predicate's clause."""
    doc = article.doc
    tops = _governors(token)
    best = None
    for date in article.dates:
        if date.start < sent.start_char or date.end > sent.end_char:
            continue
        if DATELINE_TAIL.match(text_of(doc)[date.end:date.end + 4]) and date.start - sent.start_char < 40:
            continue  # "3 juillet 2012. - …": the dateline, not the event's date
        if any(s < date.end and date.start < e for s, e in taken):
            continue
        span = doc.char_span(date.start, date.end, alignment_mode="expand")
        if span is None:
            continue
        root, attached = span.root, False
        for ancestor in [root, *root.ancestors]:
            if ancestor in tops:
                attached = True
                break
            if ancestor.dep_ in ("acl:relcl", "acl", "advcl", "ccomp", "parataxis") and ancestor not in tops:
                break
        if not attached:
            continue
        distance = abs(root.i - token.i)
        if best is None or distance < best[0]:
            best = (distance, date)
    if best is None:
        return None
    date = best[1]
    return {"text": date.text, "value": date.value, "start": date.start, "end": date.end}


def _reported_by(position: int, sent: Span, article: _Article, actor: Arg) -> str | None:
    """The speaker of the quote the predicate stands in, else a source of the sentence ("selon X")."""
    for quote in article.quotes:
        if quote.start <= position < quote.end and quote.speaker and quote.speaker.name:
            return quote.speaker.name
    for source in article.sources:
        inside = sent.start_char <= source.start < sent.end_char
        if inside and not (source.start <= actor.start < source.end):
            return source.name
    return None


def _event(found: _Found, actor: Arg, recipient: Arg, sent: Span, article: _Article) -> Event:
    token = found.token
    pieces = [(token.idx, token.idx + len(token.text))]
    for arg in (actor, recipient, found.place):
        if arg is not None and sent.start_char <= arg.start and arg.end <= sent.end_char and arg.actor:
            pieces.append((arg.start, arg.end))
    start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
    where = None
    if found.place is not None:
        where = {"name": text_of(article.doc)[found.place.start:found.place.end], "country": found.place.country,
                 "start": found.place.start, "end": found.place.end}
    when = _when(token, sent, article, [(actor.start, actor.end), (recipient.start, recipient.end)])
    negated, hypothetical, future = _flags(token, article, when)
    confidence = round(min(actor.confidence, recipient.confidence) - 0.15 * hypothetical, 2)
    return Event(type=found.predicate.type, mode=found.mode,
                 actor=EventActor(actor=actor.actor, name=actor.name),
                 recipient=EventActor(actor=recipient.actor, name=recipient.name),
                 where=where, when=when, start=start, end=end,
                 reported_by=_reported_by(token.idx, sent, article, actor),
                 confidence=max(confidence, 0.1), negated=negated, hypothetical=hypothetical,
                 future=future, text=text_of(article.doc)[start:end])


# ---------------------------------------------------------------- the component

def _worth_reading(sent: Span, article: _Article, table: PredicateTable) -> bool:
    """The cascade: a predicate lemma and two actor mentions (or demonyms), else skip the sentence."""
    if not any(lemma in table.heads for t in sent for lemma in _lemmas(t)):
        return False
    count = len(article.mentions_in(sent.start_char, sent.end_char))
    if count >= 2:
        return True
    demonyms = sum(1 for t in sent if t.i not in article.by_token and t.pos_ in ("ADJ", "NOUN")
                   and article.gaz.demonym(t.lower_))
    return count + demonyms >= 2 or (count >= 1 and any(t.lemma_.lower() in ("manifestation", "manifester",
                                                                                "rassemblement") for t in sent))


def find_events(doc: Doc, gaz: Gazetteer | None = None) -> list[Event]:
    """Every interaction between two actors the article states, one per pair and type per sentence."""
    index = doc._.ng_actors
    if index is None or not index.mentions:
        return []
    table = predicate_table()
    article = _Article(doc, index, gaz or index.gazetteer or load_gazetteer())
    events: list[Event] = []
    for sent in doc.sents:
        if not _worth_reading(sent, article, table):
            continue
        resolver = _Resolver(article, sent)
        seen: set[tuple] = set()
        for token in sent:
            predicate = _match(token, table)
            if predicate is None or _embedded(token):
                continue
            found = _read_predicate(resolver, token, predicate, table)
            if found is None:
                continue
            for actor in found.actors:
                for recipient in found.recipients:
                    if not _acceptable(actor, recipient):
                        continue
                    pair = frozenset((actor.key, recipient.key)) if predicate.symmetric else (actor.key, recipient.key)
                    if (pair, predicate.type) in seen:
                        continue
                    seen.add((pair, predicate.type))
                    events.append(_event(found, actor, recipient, sent, article))
    return merge_repeats(events)


def merge_repeats(events: list[Event]) -> list[Event]:
    """One event per interaction: a headline, a lead and a later paragraph often state the same
    one (same actors, type and polarity, no conflicting dates); keep its most explicit mention."""
    groups: list[list[Event]] = []
    for event in events:
        key = _identity(event)
        for group in groups:
            if _identity(group[0]) == key and all(_same_time(other, event) for other in group):
                group.append(event)
                break
        else:
            groups.append([event])
    kept = [max(group, key=lambda e: ((e.when is not None) + (e.where is not None), e.confidence,
                                      -e.start)) for group in groups]
    return sorted(kept, key=lambda e: (e.start, e.end))


def _identity(event: Event) -> tuple:
    sides = (event.actor.actor or event.actor.name, event.recipient.actor or event.recipient.name)
    if event.type in SYMMETRIC_TYPES and event.mode not in ("visit", "host"):
        sides = tuple(sorted(sides))
    return (event.type, event.negated, sides)


def _same_time(a: Event, b: Event) -> bool:
    values = [e.when.get("value") for e in (a, b) if e.when and e.when.get("value")]
    return len(values) < 2 or values[0] == values[1]


@Language.component("newsgraph_events", assigns=["doc._.ng_events"],
                    requires=["doc._.ng_actors", "doc._.ng_quotes", "doc._.ng_sources", "doc._.ng_dates"])
def events_component(doc: Doc) -> Doc:
    doc._.ng_events = find_events(doc)
    return doc
