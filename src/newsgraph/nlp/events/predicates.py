"""The event predicates of a language (`lang/<xx>/event_predicates.tsv`) and their matching on
tokens: which word of a sentence is a PLOVER predicate, with its frame.

docs/events.md explains the columns; a bad row raises PackError (E070) with its file:line.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ...errors import PackError
from ...lang import LanguagePack
from ...model import EVENT_TYPES
from ..lexicon import guess_lemmas
from .lexicon import EventLexicon, event_lexicon

TABLE = "event_predicates"
COLUMNS = ("expression", "pos", "type", "mode", "frame")
ROLES = ("actor", "recipient", "place")
# Frame markers that are not prepositions (docs/events.md, "Arguments").
SLOT_MARKERS = ("subj", "obj", "support", "poss", "adj", "xcomp", "target", "place", "clause", "comp", "appos",
                "content")
FLAGS = ("sym", "passive", "hostile", "guest", "body", "joint", "absorbs")
PARTS_OF_SPEECH = ("verb", "noun", "support", "stop")
HOSTILE_STANCES = ("hostile", "threat")
# types a stopping verb turns into a sanction ("interrompre son aide", "suspendre les négociations":
# PLOVER SANCTION, reduce or stop aid, halt negotiations)
STOPPABLE_TYPES = ("AID", "COOPERATE", "SUPPORT", "AGREE", "CONSULT")
# types a stop verb withdraws: "retirer ses menaces", "cesser de menacer X" code no threat (the
# threat is what PLOVER codes, not its withdrawal)
WITHDRAWN_TYPES = ("THREATEN",)
# types a stop noun turns into a sanction ("la fin de la coopération", "mettre fin à son aide"); not
# talks or visits: "à la fin de sa visite", "la fin des négociations" end them, they halt nothing
NOUN_STOPPABLE_TYPES = ("AID", "COOPERATE", "SUPPORT", "AGREE")


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
    hostile: bool = False             # needs a hostile word (event_stance_words.tsv): "qualifier de « provocation »"
    guest: bool = False               # its subject is named or holds an office: "le président a été reçu à Lima"
    body: bool = False                # its recipient is an organisation: "rejoindre l'OTAN", not "rejoindre Paris"
    joint: bool = False               # a joint act: the next row that reads is an event too (its target)
    absorbs: bool = False             # its companion noun is what it acts on: "lever les sanctions" imposes none

    def markers(self, role: str) -> tuple[str, ...]:
        for name, markers in self.slots:
            if name == role:
                return markers
        return ()


@dataclass(frozen=True, slots=True)
class PredicateTable:
    by_head: dict[tuple[str, str], tuple[Predicate, ...]]
    support_verbs: frozenset[str]     # light verbs, the stop verbs included
    stop_verbs: frozenset[str]        # light verbs that stop what the noun names, and stop nouns ("fin")
    heads: frozenset[str]
    unnamed_actor_heads: frozenset[str]  # predicates whose actor may go unnamed: demonstrations
    noun_heads: frozenset[str] = frozenset()  # nouns that name an act ("accusations", "frappes")
    # light verbs that govern their noun through a preposition, with its marker ("procéder à")
    support_markers: tuple[tuple[str, str], ...] = ()


def _parse_row(row, lex: EventLexicon) -> Predicate:
    expression, pos, etype, mode, frame = (row[c] for c in COLUMNS)
    words = expression.split()
    if not words:
        raise PackError(f"{row.origin}: empty expression")
    reflexive = False
    elided = tuple(r for r in lex.reflexives if r.endswith(("'", "’")))
    if words[0] in lex.reflexives and len(words) > 1:
        reflexive, words = True, words[1:]
    elif words[0].startswith(elided):
        prefix = next(r for r in elided if words[0].startswith(r))
        reflexive, words = True, [words[0][len(prefix):], *words[1:]]
    head, rest = words[0], [w for w in words[1:] if w not in lex.determiners]
    rest = [_strip_elision(w, lex) for w in rest]
    particle = rest.pop() if rest and rest[-1] in lex.prepositions else None
    companions = frozenset(c for w in rest for c in w.split("|"))
    slots, symmetric, passive, hostile, guest, body, joint, absorbs = [], False, False, False, False, False, False, False
    for part in (p.strip() for p in frame.split(";")):
        if part == "sym":
            symmetric = True
        elif part == "passive":
            passive = True
        elif part == "hostile":
            hostile = True
        elif part == "guest":
            guest = True
        elif part == "body":
            body = True
        elif part == "joint":
            joint = True
        elif part == "absorbs":
            absorbs = True
        elif ":" in part:
            role, markers = part.split(":", 1)
            if role not in ROLES:
                raise PackError(f"{row.origin}: unknown role {role!r} in {expression!r} (one of {', '.join(ROLES)})")
            for marker in markers.split("|"):
                name = marker.rstrip("*")
                if name not in SLOT_MARKERS and name not in lex.prepositions:
                    raise PackError(f"{row.origin}: unknown marker {marker!r} in {expression!r} (a preposition "
                                    f"of event_prepositions.tsv or one of {', '.join(SLOT_MARKERS)})")
            slots.append((role, tuple(markers.split("|"))))
        elif part not in ("", "-"):
            raise PackError(f"{row.origin}: unknown frame part {part!r} in {expression!r} "
                            f"(role:markers or one of {', '.join(FLAGS)})")
    if etype not in EVENT_TYPES:
        raise PackError(f"{row.origin}: {etype!r} is not a PLOVER type ({expression!r})")
    if not any(role == "place" for role, _ in slots):
        slots.append(("place", lex.place_markers))  # "à Pékin", "en Chine", "au Liban"
    return Predicate(expression, pos, etype, None if mode == "-" else mode, head, reflexive, particle,
                     companions, tuple(slots), symmetric, passive, hostile, guest, body, joint, absorbs)


def _strip_elision(word: str, lex: EventLexicon) -> str:
    """"l'asile" -> "asile": an elided determiner glued to a companion word."""
    for determiner in lex.elided_determiners:
        if word.startswith(determiner):
            return word[len(determiner):]
    return word


@cache
def predicate_table(pack: LanguagePack) -> PredicateTable:
    """The predicates of a pack, keyed by (head lemma, pos); loaded once per pack."""
    lex = event_lexicon(pack)
    by_head: dict[tuple[str, str], list[Predicate]] = {}
    support, stop = set(), set()
    markers: dict[str, str] = {}
    for row in pack.table(TABLE, COLUMNS):
        if row["pos"] not in PARTS_OF_SPEECH:
            raise PackError(f"{row.origin}: pos {row['pos']!r} is not one of {', '.join(PARTS_OF_SPEECH)}")
        if row["pos"] in ("support", "stop"):
            head, _, marker = row["expression"].partition(" ")
            if row["pos"] == "support" and marker in lex.prepositions:
                # "procéder à l'expulsion": a light verb whose noun is a prepositional complement
                markers[head] = marker
                continue
            support.add(row["expression"])
            if row["pos"] == "stop":
                stop.add(row["expression"])
            continue
        predicate = _parse_row(row, lex)
        by_head.setdefault((predicate.head, predicate.pos), []).append(predicate)
    # multiword rows first: "accorder l'asile" before a plain "accorder"
    table = {key: tuple(sorted(rows, key=lambda p: -len(p.companions) - bool(p.particle)))
             for key, rows in by_head.items()}
    unnamed = frozenset(p.head for rows in table.values() for p in rows if unnamed_actor(p))
    return PredicateTable(table, frozenset(support), frozenset(stop), frozenset(head for head, _ in table), unnamed,
                          frozenset(head for head, pos in table if pos == "noun"), tuple(markers.items()))


def unnamed_actor(predicate: Predicate) -> bool:
    """Demonstrations may have no named actor: their actor is the unnamed demonstrators."""
    return predicate.type == "PROTEST" and predicate.mode == "demo"


# ---------------------------------------------------------------- matching on tokens

def case_of(token: Token, lex: EventLexicon) -> str | None:
    """The preposition introducing a nominal ("au Conseil" -> "au"), lowercased."""
    labels = lex.labels
    for child in token.children:
        if child.dep_ in labels.case_marker or child.dep_ in labels.marker or \
                (child.dep_ in labels.fixed and child.i < token.i):
            return child.lower_
    return None


def has_marker(token: Token, marker: str, lex: EventLexicon) -> bool:
    """Whether a nominal is introduced by a form of the frame marker ("aux" for "à")."""
    forms = lex.prepositions.get(marker)
    case = case_of(token, lex)
    return forms is not None and case is not None and case in forms


def lemmas_of(token: Token, lex: EventLexicon) -> list[str]:
    """Lemmas to look up: the tagger's, a plural's singular, and a participle's infinitive
    (the tagger reads "a gelé les avoirs" as an adjective "gelé"). Remembered per token of the
    Doc: the sentence filter and the predicate matcher ask about the same words, and the events
    component changes no tag, lemma or dependency."""
    known = token.doc.user_data.get(_LEMMAS_KEY)
    if known is None or known[0] is not lex:
        known = token.doc.user_data[_LEMMAS_KEY] = (lex, {})
    found = known[1].get(token.i)
    if found is None:
        found = known[1][token.i] = _lemmas_of(token, lex)
    return list(found)


_LEMMAS_KEY = "ng_event_lemmas"


def _lemmas_of(token: Token, lex: EventLexicon) -> list[str]:
    lemma, lower = token.lemma_.lower(), token.lower_
    found = [lemma]
    if token.pos_ in ("NOUN", "PROPN"):
        found += [lower.rstrip(lex.plural_marks), lower]
        if token.pos_ == "NOUN" and any(c.dep_ in lex.labels.tense_auxiliary for c in token.children):
            found.append(_infinitive(lower, lex))  # "a téléphoné" tagged as a noun
        elif _verb_as_noun(token, lex):
            found += list(guess_lemmas(token))  # "le Ghana sanctionne deux ministres": a present verb
    elif token.pos_ == "ADJ":
        found += [_infinitive(lower, lex), _infinitive(lemma, lex)]
    elif token.pos_ == "VERB" and lemma == lower:
        found += list(guess_lemmas(token))  # left alone by the lemmatizer: "reproche" -> "reprocher"
    elif token.pos_ == "VERB" and "Plur" in token.morph.get("Number") and "Pres" in token.morph.get("Tense"):
        # "ils pressent" lemmatized "pressentir" (whose "il pressent" it spells): the plural's own verb
        found += [lower[:-len(e)] + r for e, r in lex.plural_present_endings if lower.endswith(e)][:1]
    return found


def _verb_as_noun(token: Token, lex: EventLexicon) -> bool:
    """A present-tense verb the tagger read as a noun ("le Ghana sanctionne deux ministres",
    "bombarde des positions"): a noun with a subject of its own and no copula (not "X est le
    soutien de Y"), no determiner, and no lemma of its own ("sanctionne" is its own lemma)."""
    labels = lex.labels
    return token.pos_ == "NOUN" and token.lemma_.lower() == token.lower_ and \
        any(c.dep_ in labels.subjects and c.i < token.i for c in token.children) and \
        not any(c.dep_ in labels.copula or c.dep_ in labels.determiner for c in token.children)


def _infinitive(word: str, lex: EventLexicon) -> str:
    for ending, replacement in lex.participle_endings:
        if word.endswith(ending):
            return word[:-len(ending)] + replacement
    return word


def match_predicate(token: Token, table: PredicateTable, lex: EventLexicon) -> Predicate | None:
    """The first predicate a token heads, if its lemma, clitic, companions and particle fit a row."""
    return next(iter(match_predicates(token, table, lex)), None)


def match_predicates(token: Token, table: PredicateTable, lex: EventLexicon) -> list[Predicate]:
    """Every row whose lemma, clitic, companions and particle fit the token, most specific first:
    the component reads them in turn and keeps the first whose frame finds both sides
    ("recevoir des armes de X" is aid, "recevoir X" hosting)."""
    labels = lex.labels
    if token.pos_ == "VERB":
        pos = "verb"
    elif token.pos_ == "ADJ" and ("Part" in token.morph.get("VerbForm") or
                                  any(c.dep_ in labels.tense_auxiliary or c.dep_ in labels.object
                                      for c in token.children)):
        pos = "verb"
    elif token.pos_ == "NOUN" and (any(c.dep_ in labels.tense_auxiliary for c in token.children) or
                                   _verb_as_noun(token, lex)):
        pos = "verb"  # "a téléphoné" tagged as a noun: the auxiliary (or a subject) says it is a verb
    elif token.pos_ in ("NOUN", "PROPN"):
        pos = "noun"
    else:
        return []
    rows = next((table.by_head[(lemma, pos)] for lemma in lemmas_of(token, lex) if (lemma, pos) in table.by_head),
                None)
    if not rows:
        return []
    hung = [c for c in _children(token) + _object_appositions(token, labels) + _counted(token, lex)
            if c.dep_ in labels.companion_roles or c.head != token] + _partitive_obliques(token, lex) + \
        _modified_object(token, lex) if any(row.companions for row in rows) else []
    fitting = []
    for row in rows:
        if row.reflexive and not any(c.lower_ in lex.reflexives and c.dep_ in labels.clitic_roles
                                     for c in token.children):
            continue
        if row.companions and not any(c.lemma_.lower() in row.companions or c.lower_ in row.companions
                                      for c in hung + _framed_modifiers(token, row, lex)):
            continue
        if row.particle and not _has_particle(token, row.particle, lex):
            continue
        if row.passive and not any(c.lemma_ in lex.passive_auxiliaries and c.dep_ in labels.auxiliaries
                                   for c in token.children):
            continue  # "X est attendu à Alger", not "X attend une réponse"
        if row.hostile and not any(word_stance(t, lex) in HOSTILE_STANCES for t in token.subtree):
            continue  # "qualifier de « provocation »", not "qualifier pour la finale"
        if row.guest and not any(c.dep_ in labels.subjects and (c.pos_ == "PROPN" or c.lemma_.lower() in lex.role_nouns)
                                 for c in token.children):
            continue  # "le président a été reçu à Lima", not "des réfugiés ont été accueillis en Pologne"
        fitting.append(row)
    return fitting


def absorbed(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a noun is the companion its head acts on ("lever les sanctions", "la levée de
    l'embargo"): lifting sanctions imposes none, the noun is no act of its own."""
    head = token.head
    if head == token or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(row.absorbs and (token.lemma_.lower() in row.companions or token.lower_ in row.companions)
               for row in match_predicates(head, table, lex))


def word_stance(token: Token, lex: EventLexicon) -> str | None:
    """The stance a word carries by its lemma or form (event_stance_words.tsv), as the part of
    speech it is read as: the tagger's, but a noun after a determiner or an adjective ("une grande
    estime", which the tagger may take for the verb "estimer")."""
    pos = token.pos_
    if pos in ("VERB", "AUX") and token.i > 0 and token.doc[token.i - 1].pos_ in ("DET", "ADJ"):
        pos = "NOUN"
    return lex.stance_of(token.lemma_.lower(), pos) or lex.stance_of(token.lower_, pos)


def in_date(token: Token) -> bool:
    """Whether a token lies in a date of the dates component ("lundi", "le 3 mars")."""
    return any(d.start <= token.idx < d.end for d in token.doc._.ng_dates or ())


def _children(token: Token) -> list[Token]:
    """A word's dependents, with those the parser hung under a date it took for a complement
    ("ont rétabli lundi leurs relations", "a annoncé vendredi des sanctions")."""
    children = list(token.children)
    return children + [g for c in children if in_date(c) for g in c.children if g.i > c.i and not in_date(g)]


def _framed_modifiers(token: Token, row: Predicate, lex: EventLexicon) -> list[Token]:
    """Modifiers that complete a row written with their preposition ("poursuivre **en justice**",
    "attaquer en justice", parsed as obl:mod): only with that preposition, so a circumstance
    ("malgré les sanctions") is never a companion. The parser may hang it on the object ("attaquer
    le Sénégal en justice")."""
    labels = lex.labels
    modifiers = [c for c in token.children if c.dep_ in labels.oblique_modifier]
    modifiers += [g for c in token.children if c.dep_ in labels.object for g in c.children
                  if g.dep_ in labels.nominal_modifier]
    return [c for c in modifiers if case_of(c, lex) in row.companions and c.lemma_.lower() in row.companions]


def _counted(token: Token, lex: EventLexicon) -> list[Token]:
    """What a quantity among a word's dependents counts ("rappeler la moitié de ses diplomates",
    "plus de la moitié du personnel", "suspendre une partie des vols"): the companion word stands in
    the quantity noun's "de" complement, one dependent down when an adverb heads the quantity."""
    genitive = lex.prepositions[lex.genitive]
    quantities = [c for c in token.children if c.lemma_.lower() in lex.quantity_nouns]
    quantities += [g for c in token.children if c.pos_ == "ADV" for g in c.children
                   if g.lemma_.lower() in lex.quantity_nouns and case_of(g, lex) in genitive]
    return [g for q in quantities for g in q.children
            if g.dep_ in lex.labels.nominal_modifier and case_of(g, lex) in genitive]


def _partitive_obliques(token: Token, lex: EventLexicon) -> list[Token]:
    """Objects whose partitive article the parser read as the preposition "de": any "de" oblique
    after the verb ("a reçu de l'Iran des armes": "des armes" an oblique modifier), and a "de"
    modifier the parser hung on a fronted "de" complement ("a reçu de la Norvège des armes":
    "armes" a modifier of "Norvège"). Each may be the thing received, a companion word; a row's
    companion words say which (a "de" oblique that is no companion fits no row)."""
    labels, genitive = lex.labels, lex.prepositions[lex.genitive]
    found = [c for c in token.children if c.dep_ in labels.oblique_modifier and c.i > token.i
             and case_of(c, lex) in genitive]
    fronted = [c for c in token.children if c.dep_ in labels.object and case_of(c, lex) in genitive]
    return found + [g for c in fronted for g in c.children if g.dep_ in labels.nominal_modifier and g.i > c.i
                    and case_of(g, lex) in genitive]


def _modified_object(token: Token, lex: EventLexicon) -> list[Token]:
    """The noun a participle or a relative clause modifies when it is the verb's object ("les
    soldats entraînés par X", "les soldats que X entraîne"): a companion word stands there."""
    labels = lex.labels
    if token.head == token or token.head.pos_ != "NOUN":
        return []
    if token.dep_ in labels.clausal_modifier and "Part" in token.morph.get("VerbForm") and \
            "Pres" not in token.morph.get("Tense"):
        return [token.head]
    if token.dep_ in labels.relative_clause and any(c.i == token.left_edge.i and (
            c.dep_ in labels.marker or c.dep_ in labels.object and "Rel" in c.morph.get("PronType"))
            for c in token.children):
        return [token.head]  # "que" as the object pronoun, or as a marker the parser took it for
    return []


def _object_appositions(token: Token, labels) -> list[Token]:
    """What the object is said to be ("rappeler Jean Dupont, son ambassadeur à Moscou"): a companion
    word may stand in apposition to a named object, or be the adjective the parser hung on the
    object for the verb's attribute of the object ("rendre la Chine responsable")."""
    return [g for c in token.children if c.dep_ in labels.object for g in c.children
            if g.dep_ in labels.apposition or g.dep_ in labels.adjective_modifier and g.i > c.i]


def _has_particle(token: Token, particle: str, lex: EventLexicon) -> bool:
    forms = lex.prepositions.get(particle, {particle})
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in forms:
        return True
    if any(case_of(child, lex) in forms for child in token.children):
        return True
    # "a appelé l'Union européenne à durcir …", "a appelé les deux pays à la retenue": the complement
    # hung on the object
    labels = lex.labels
    return any((grandchild.dep_ in labels.clausal_modifier or grandchild.dep_ in labels.nominal_modifier) and
               case_of(grandchild, lex) in forms
               for child in token.children if child.dep_ in labels.object for grandchild in child.children)


def support_verb(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The light verb a noun predicate is the object of ("a organisé un sommet", "a adopté un
    nouveau paquet de sanctions")."""
    labels = lex.labels
    if token.dep_ in labels.nominal_modifier and case_of(token, lex) in lex.prepositions[lex.genitive] and \
            (token.head.lemma_.lower() in lex.quantity_nouns or token.head.lemma_.lower() in lex.carrier_nouns):
        token = token.head  # "un paquet de sanctions", "un message de soutien": the light verb is the head's
    head = token.head
    stop = stop_noun_of(token, table, lex)
    if stop is not None:
        # "a annoncé la fin des accords": the light verb of the stop noun; "met fin à": the verb itself
        through = stop.head if stop.head.pos_ == "VERB" and stop.dep_ in labels.object and stop.head != stop \
            else support_verb(stop, table, lex)
        if through is not None:
            return through
    if in_date(head) and head.head.pos_ == "VERB" and head.head.lemma_.lower() in table.support_verbs and \
            case_of(token, lex) in (None, *lex.prepositions[lex.genitive]):
        return head.head  # "a annoncé vendredi des sanctions", the noun hung under the date
    if (token.dep_ in labels.object or token.dep_ in labels.passive_subject) and head.pos_ == "VERB" and \
            head.lemma_.lower() in table.support_verbs:
        # "les sanctions que l'UE a imposées ont été prolongées", "les sanctions imposées par l'UE ont
        # été prolongées": the relative clause or the participle names who acts
        own = (_relative_support(token, table, lex) or _participle_support(token, table, lex)) \
            if token.dep_ in labels.passive_subject else None
        return own if own is not None else head
    if token.dep_ in labels.oblique_argument and head.pos_ == "VERB" and head.lemma_.lower() in table.support_verbs \
            and case_of(token, lex) in lex.prepositions[lex.genitive] and \
            not any(c.dep_ in labels.determiner for c in token.children):
        return head  # "a lancé des frappes", the partitive article parsed as a preposition
    if governs_through_marker(head, token, table, lex):
        return head  # "a procédé à l'expulsion de deux diplomates", "sont parvenus à un accord"
    return _participle_support(token, table, lex) or _relative_support(token, table, lex)


def _participle_support(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The light verb as a past participle on the noun: "les sanctions imposées par Moscou à
    l'Ukraine", "l'accord signé avec Pékin"."""
    for child in token.children:
        if child.dep_ in lex.labels.clausal_modifier and child.lemma_.lower() in table.support_verbs and \
                "Part" in child.morph.get("VerbForm") and "Pres" not in child.morph.get("Tense"):
            return child
    return _measured_participle(token, table, lex)


def _measured_participle(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The light verb's participle the parser hangs on the noun's "de" complement ("des droits de
    douane de 25 % imposés par X", "l'enveloppe de 60 millions d'euros débloquée par X"): one that
    agrees with the noun and not with the complement is the noun's."""
    labels, genitive = lex.labels, lex.prepositions[lex.genitive]
    hosts = [c for c in token.children if c.dep_ in labels.nominal_modifier and case_of(c, lex) in genitive]
    hosts += [g for h in hosts for g in h.children if g.dep_ in labels.nominal_modifier and case_of(g, lex) in genitive]
    for host in hosts:
        for child in host.children:
            if child.i > host.i and child.dep_ in labels.clausal_modifier and \
                    child.lemma_.lower() in table.support_verbs and "Part" in child.morph.get("VerbForm") and \
                    "Pres" not in child.morph.get("Tense") and _agrees(child, token) and not _agrees(child, host):
                return child
    return None


def _agrees(participle: Token, noun: Token) -> bool:
    """Whether a participle has the gender and number of a noun: both marked and equal."""
    return all(participle.morph.get(f) and participle.morph.get(f) == noun.morph.get(f) for f in ("Gender", "Number"))


def governs_through_marker(verb: Token, token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a light verb governs the noun through its preposition ("a procédé **à** l'expulsion")."""
    marker = next((m for lemma, m in table.support_markers if lemma == verb.lemma_.lower()), None)
    return marker is not None and verb.pos_ == "VERB" and token.head == verb and \
        token.dep_ in lex.labels.oblique and has_marker(token, marker, lex)


def _relative_support(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """"l'aide qu'elle accorde au Burundi", "les sanctions que l'UE a imposées à la Russie": the light
    verb of a relative clause (or participle) on the noun, opened by its object pronoun (the parser
    may call it a marker), with a subject and no nominal object of its own ("l'aide dont il a
    besoin" is not given)."""
    labels = lex.labels
    # a relative the parser hung on a name inside the noun's complement ("l'aide relative à la
    # MINUSMA qu'elle accorde au Mali"): a name is no light verb's object, the noun is
    # (an acronym is a name the tagger may read as a noun: "l'AMISOM")
    inner = [c for d in token.subtree if d != token and (d.pos_ == "PROPN" or len(d.text) > 1 and d.text.isupper())
             for c in d.children if c.dep_ in labels.relative_clause]
    for child in list(token.children) + inner:
        if (child.dep_ in labels.relative_clause or child.dep_ in labels.clausal_modifier) and \
                child.lemma_.lower() in table.support_verbs and \
                any(g.dep_ in labels.subjects for g in child.children) and \
                not any(g.dep_ in labels.object and g.pos_ in ("NOUN", "PROPN") for g in child.children) and \
                any((g.dep_ in labels.object or g.dep_ in labels.marker) and g.pos_ in ("PRON", "SCONJ") and
                    g.i == child.left_edge.i for g in child.children):
            return child
    return None


def stop_noun_of(token: Token, table: PredicateTable, lex: EventLexicon) -> Token | None:
    """The stop noun that ends what a noun predicate names: "la fin **des** accords" (the noun's
    genitive complement), "mettre fin **à** sa coopération" (the à-complement of the verb whose
    object the stop noun is)."""
    labels = lex.labels
    head, case = token.head, case_of(token, lex)
    if head == token or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.dep_ in labels.nominal_modifier and head.pos_ == "NOUN" and head.lemma_.lower() in table.stop_verbs \
            and case in lex.prepositions[lex.genitive]:
        return head
    if (token.dep_ in labels.oblique or token.dep_ in labels.nominal_modifier) and head.pos_ == "VERB" and \
            case in lex.prepositions.get(lex.dative, ()):
        return next((c for c in head.children if c.dep_ in labels.object and c.pos_ == "NOUN"
                     and c.lemma_.lower() in table.stop_verbs), None)
    return None


def is_stopped(token: Token, support: Token | None, etype: str, table: PredicateTable, lex: EventLexicon,
               symmetric: bool = False) -> bool:
    """Whether a noun predicate is stopped by its light verb ("l'UE a interrompu son aide") or by a
    stop noun ("a annoncé la fin des accords de coopération", "met fin à sa coopération"), or a verb
    predicate by the stop verb whose infinitive it is ("va cesser de financer X"). A symmetric act
    its participle gives both sides of ("le cessez-le-feu signé par A et B a été rompu") is not
    stopped by one against the other: the passive stop verb names no side that breaks it."""
    if token.pos_ == "VERB" and token.dep_ in lex.labels.open_complement and \
            token.head.lemma_.lower() in table.stop_verbs and etype in STOPPABLE_TYPES:
        # the stop verb halts what its infinitive names: a sanction, not aid; negated, it goes on
        # ("ne cesse de soutenir X", the "ne" alone is a negation: "never stopped supporting X")
        return not _negated(token.head, lex)
    if support is not None and support.lemma_.lower() in table.stop_verbs and etype in STOPPABLE_TYPES:
        return True
    if support is not None and support.head == token and token.dep_ in lex.labels.passive_subject and \
            token.head.lemma_.lower() in table.stop_verbs and etype in STOPPABLE_TYPES:
        return not symmetric  # "l'aide accordée par X à Y a été suspendue": the participle acts, the main verb stops
    stop = stop_noun_of(token, table, lex) if etype in NOUN_STOPPABLE_TYPES else None
    if stop is None:
        return False
    # "la fin de l'aide américaine", "le retrait de son soutien": the stop noun governs the noun,
    # whose own actor stops it; "met fin à sa coopération" needs the light verb's subject
    return support is not None or token.head == stop


def is_withdrawn(token: Token, predicate: Predicate, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a threat is withdrawn by its light verb ("Washington doit retirer ses menaces",
    "annuler son ultimatum") or by the stop verb whose infinitive it is ("a cessé de menacer X")."""
    if predicate.type not in WITHDRAWN_TYPES:
        return False
    support = support_verb(token, table, lex) if predicate.pos == "noun" else None
    if support is not None and support.lemma_.lower() in table.stop_verbs:
        return not _negated(support, lex)  # ("n'a pas retiré ses menaces": they stand)
    return stopped_by_verb(token, table, lex)


def stopped_by_verb(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether the stop verb governing a word withdraws what it names: its object ("retirer ses
    menaces") or its infinitive ("cesser de menacer"); negated it goes on ("ne cesse de menacer X")."""
    head = token.head
    if head == token or head.lemma_.lower() not in table.stop_verbs or \
            not (token.dep_ in lex.labels.object or token.dep_ in lex.labels.open_complement):
        return False
    return not _negated(head, lex)


def _negated(verb: Token, lex: EventLexicon) -> bool:
    """A negation on the verb ("ne cesse de", "n'a pas retiré"): its particle or word as a child;
    "ne" alone counts ("ne cesse de soutenir X": "never stopped supporting X")."""
    return any(c.lower_ in lex.negation_particles or c.lower_ in lex.negations for c in verb.children)


def is_embedded(token: Token, lex: EventLexicon) -> bool:
    """A predicate inside a demand, threat, refusal or intention is not an event of its own."""
    return embedding_verb(token, lex) is not None


def embedding_verb(token: Token, lex: EventLexicon) -> Token | None:
    """The intent verb a predicate is wanted by ("exhorter Pékin à ne pas livrer", "il souhaite
    maintenir des sanctions"), if any."""
    labels = lex.labels
    if token.dep_ in labels.adverbial_clause and token.i < token.head.i and "Part" in token.morph.get("VerbForm") \
            and any(c.dep_ in labels.agent for c in token.children):
        return None  # "Accusée par Washington d'espionnage, la Chine a démenti": a fronted passive, no intention
    current = token
    for _ in range(4):
        if current.dep_ in lex.labels.conjunct and current.head != current:
            current = current.head  # "ne pas vouloir appliquer les accords ou dialoguer avec …"
        if current.dep_ in labels.clausal_modifier and "Inf" in current.morph.get("VerbForm") and \
                current.head.dep_ in labels.object and any(c.dep_ in labels.marker for c in current.children):
            current = current.head  # "a appelé l'UE à imposer des sanctions": the infinitive hung on the object
        if current.dep_ not in lex.labels.embedding or current.head == current:
            return None
        if current.dep_ in labels.adverbial_clause and "Fin" in current.morph.get("VerbForm"):
            return None  # "declined to comment after Russia attacked Ukraine": a finite clause of its own
        current = current.head
        if any(lemma in lex.intent_verbs for lemma in lemmas_of(current, lex)):
            return current  # "Kinshasa réclame la suspension …": "réclame", left alone by the lemmatizer
    return None
