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
from .misread import misread_present

TABLE = "event_predicates"
COLUMNS = ("expression", "pos", "type", "mode", "frame")
ROLES = ("actor", "recipient", "place")
# Frame markers that are not prepositions (docs/events.md, "Arguments").
SLOT_MARKERS = ("subj", "obj", "support", "poss", "adj", "xcomp", "target", "place", "clause", "comp", "appos",
                "content")
# the frame's flags as the table writes them, and the field of Predicate each one sets
FLAGS = {"sym": "symmetric", "passive": "passive", "hostile": "hostile", "guest": "guest", "body": "body",
         "joint": "joint", "absorbs": "absorbs", "ordered": "ordered", "plural": "plural", "asserts": "asserts",
         "unfriendly": "unfriendly", "praise": "praise"}
PARTS_OF_SPEECH = ("verb", "noun", "support", "stop")
HOSTILE_STANCES = ("hostile", "threat")
FRIENDLY_STANCE = "friendly"
PERSON_ENTITY = "PER"  # the recogniser's label of a person's name
VISIT_MODE = "visit"  # the mode of journeys: their place lies in the state they visit


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
    guest: bool = False               # its actor is named or holds an office: "le président a été reçu à Lima"
    body: bool = False                # its recipient is an organisation: "rejoindre l'OTAN", not "rejoindre Paris"
    joint: bool = False               # a joint act: the next row that reads is an event too (its target)
    absorbs: bool = False             # its companion noun is what it acts on: "lever les sanctions" imposes none
    ordered: bool = False             # only under an order to do it: "sommé de quitter le pays" (expulsions.py)
    plural: bool = False              # a plural noun only: "des contrôles aux frontières", not "le contrôle de sa frontière"
    asserts: bool = False             # with a clause or as a quote's cue it says something: "a soutenu que …"
    unfriendly: bool = False          # no friendly word under it: "qualifier X de « partenaire fiable »" blames no one
    praise: bool = False              # what it is aimed at may be a step of the sides: "a salué « une étape importante »"

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
    head, tail = words[0], words[1:]
    # the last word may be a required preposition even when it is also a determiner ("de" opens a
    # partitive too): "traiter de" must keep its "de", which the determiner filter would drop
    particle = tail.pop() if tail and tail[-1] in lex.prepositions else None
    rest = [_strip_elision(w, lex) for w in tail if w not in lex.determiners]
    if particle is None and rest and rest[-1] in lex.prepositions:
        particle = rest.pop()  # a preposition before a trailing determiner ("X à la" reads as "X à")
    companions = frozenset(c for w in rest for c in w.split("|"))
    slots, flags = [], set()
    for part in (p.strip() for p in frame.split(";")):
        if part in FLAGS:
            flags.add(part)
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
                     companions, tuple(slots), **{FLAGS[flag]: True for flag in flags})


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
    if token.pos_ == "PRON" and "Rel" in token.morph.get("PronType") and \
            any(token.lower_ in forms for forms in lex.prepositions.values()):
        return token.lower_  # a relative pronoun with its preposition fused in ("auquel", "duquel")
    return None


def additive_locution(token: Token, lex: EventLexicon) -> bool:
    """Whether a nominal opens with an additive locution ("tout comme les États-Unis", "de même que
    la Suède"; event_grammar.tsv): its own function words before it (an adverb, a preposition,
    their fixed parts), read together, are one of them."""
    if not lex.additive_locutions or token.pos_ not in ("NOUN", "PROPN"):
        return False
    labels = lex.labels
    opening = [c for c in token.children if c.i < token.i and c.dep_ not in labels.determiner and
               c.pos_ in ("ADV", "ADP", "SCONJ", "CCONJ")]
    words = sorted(opening + [f for c in opening for f in c.children if f.dep_ in labels.fixed], key=lambda t: t.i)
    return " ".join(w.lower_ for w in words) in lex.additive_locutions


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
        elif _verb_as_noun(token, lex) or misread_present(token, lex) is not None:
            found += list(guess_lemmas(token))  # "le Ghana sanctionne deux ministres": a present verb
    elif token.pos_ == "ADJ":
        found += [_infinitive(lower, lex), _infinitive(lemma, lex)]
        if misread_present(token, lex) is not None:
            found += list(guess_lemmas(token))  # "Le Qatar finance le Hamas", "finance" an adjective of "Qatar"
    elif token.pos_ == "VERB" and lemma == lower:
        found += list(guess_lemmas(token))  # left alone by the lemmatizer: "reproche" -> "reprocher"
    elif token.pos_ == "VERB" and "Plur" in token.morph.get("Number") and "Pres" in token.morph.get("Tense"):
        # "ils pressent" lemmatized "pressentir" (whose "il pressent" it spells): the plural's own verb
        found += [lower[:-len(e)] + r for e, r in lex.plural_present_endings if lower.endswith(e)][:1]
    # a spelling the table does not write (the pack's variants: "manoeuvres" typed for "manœuvres")
    return found + [f.replace(typed, written) for typed, written in lex.spelling_variants for f in found if typed in f]


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
    elif token.pos_ in ("NOUN", "PROPN", "ADJ") and misread_present(token, lex) is not None:
        pos = "verb"  # "Le Qatar finance le Hamas" read as a noun phrase
    elif token.pos_ in ("NOUN", "PROPN"):
        pos = "noun"
    else:
        return []
    rows = next((table.by_head[(lemma, pos)] for lemma in lemmas_of(token, lex) if (lemma, pos) in table.by_head),
                None)
    if not rows:
        return []
    hung = [c for c in _children(token) + _object_appositions(token, labels) + _counted(token, lex)
            if c.dep_ in labels.companion_roles or c.head != token or _bare_companion(c, lex)] + \
        _partitive_obliques(token, lex) + _modified_object(token, lex) + _shared_objects(token, lex) + \
        _verb_oblique_after(token, lex) if any(row.companions for row in rows) else []
    locution = pos == "verb" and _locution_noun(token, labels)
    fitting = []
    for row in rows:
        if locution and not row.companions:
            continue  # "prendre part au sommet": the locution is no seizure; "ouvrir le feu" names its noun
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
        if row.unfriendly and any(word_stance(t, lex) == FRIENDLY_STANCE for t in token.subtree if t.i > token.i):
            continue  # "a qualifié la Suisse de « grand ami »": a judgement, but no blame (the words after
            # the verb: a friendly word in its subject, "son allié", says nothing of the judgement)
        if row.asserts and any(c.dep_ in labels.clausal_complement for c in token.children):
            continue  # "X a soutenu que Y …" maintains what it says, it supports no one
        if row.plural and "Plur" not in token.morph.get("Number"):
            continue  # checks at a border, not the control a state holds over its own
        if row.ordered and ordering_word(token, lex) is None:
            continue  # "l'ambassadeur a été sommé de quitter le pays", not "le président a quitté le pays"
        if row.guest and not _names_guest(token, row, lex):
            continue  # "le président a été reçu à Lima", not "des réfugiés ont été accueillis en Pologne"
        fitting.append(row)
    return fitting


def _names_guest(token: Token, row: Predicate, lex: EventLexicon) -> bool:
    """Whether the guest of a visit row (flag guest) is named or holds an office. The guest fills
    the row's actor slot: the subject ("le président a été reçu à Lima") or, for the guest an active
    host receives, the object ("X a reçu à Berne son homologue Y"); a first name the tagger reads
    as a common noun ("Paolo Gentiloni") is still a person's name to the recogniser."""
    labels = lex.labels
    roles = labels.object if any(m.rstrip("*") == "obj" for m in row.markers("actor")) else labels.subjects
    return any(c.dep_ in roles and (c.pos_ == "PROPN" or c.ent_type_ == PERSON_ENTITY or
                                    c.lemma_.lower() in lex.role_nouns)
               for c in token.children)


def asserts(token: Token, table: PredicateTable, lex: EventLexicon) -> bool:
    """Whether a verb heads a predicate that also asserts what it says (frame flag `asserts`:
    "soutenir que", to maintain): as a quote's cue it types nothing, the quote's words do."""
    rows = next((table.by_head[(lemma, "verb")] for lemma in lemmas_of(token, lex)
                 if (lemma, "verb") in table.by_head), ())
    return token.pos_ == "VERB" and any(row.asserts for row in rows)


def ordering_word(token: Token, lex: EventLexicon) -> Token | None:
    """The word that orders a verb done, or gives a deadline for it (event_expelling_words.txt),
    the verb's head: "a sommé X de quitter", "a donné 48 heures à X pour quitter", "l'ordre de
    quitter"."""
    head = token.head
    if head == token or token.pos_ != "VERB" or "Inf" not in token.morph.get("VerbForm"):
        return None
    def orders(word: Token) -> bool:  # (a participle the lemmatizer leaves as written: "sommé")
        return any(lemma in lex.expelling_words for lemma in lemmas_of(word, lex))
    if not orders(head) and head.dep_ in lex.labels.object and head.head != head:
        head = head.head  # "a sommé l'ambassadeur de quitter", the infinitive hung on the object
    return head if orders(head) else None


def _locution_noun(token: Token, labels) -> bool:
    """Whether a verb takes a bare singular noun right after it as its object, no determiner or
    number before it ("prendre part à", "faire face à", "prendre acte de", "rendre compte de"): the
    verb and the noun make one verbal locution, and the verb's own rows, which read it alone
    ("prendre une ville"), say nothing of it."""
    if token.i + 1 >= len(token.doc):
        return False
    noun = token.doc[token.i + 1]
    return noun.head == token and noun.dep_ in labels.object and noun.pos_ == "NOUN" and noun.text.islower() \
        and "Plur" not in noun.morph.get("Number") and not any(c.i < noun.i for c in noun.children) \
        and not in_date(noun)  # "a rencontré jeudi le président": a day read as the object


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
    for word in (token.lemma_.lower(), token.lower_):
        stance = lex.stance_of(word, pos)
        if stance is not None and idiom_complete(token, word, lex):
            return stance
    return None


def idiom_complete(token: Token, word: str, lex: EventLexicon) -> bool:
    """Whether a stance word that only carries its stance in an idiom (event_stance_words.tsv, "with":
    "prendre en otage", "un bouc émissaire", "avoir tort") has one of the idiom's other words as its
    head or a dependent: the word alone is literal ("les otages ont été libérés", "à tort")."""
    companions = lex.stance_companions.get(word)
    if not companions:
        return True
    # the head's head too: the parser may hang "en otage" on the object ("prend la population en otage")
    near = [*token.children, *({token.head, token.head.head} - {token})]
    # and the infinitive its verb takes beside it ("n'avoir aucune leçon | à recevoir de X")
    near += [s for s in token.head.children if s.dep_ in lex.labels.open_complement and s != token]
    return any(w.lemma_.lower() in companions or w.lower_ in companions for w in near)


def in_date(token: Token) -> bool:
    """Whether a token lies in a date of the dates component ("lundi", "le 3 mars")."""
    return any(d.start <= token.idx < d.end for d in token.doc._.ng_dates or ())


def _children(token: Token) -> list[Token]:
    """A word's dependents, with those the parser hung under a date it took for a complement
    ("ont rétabli lundi leurs relations", "a annoncé vendredi des sanctions")."""
    children = list(token.children)
    return children + [g for c in children if in_date(c) for g in c.children if g.i > c.i and not in_date(g)]


def _bare_companion(child: Token, lex: EventLexicon) -> bool:
    """A companion word the parser read as a modifier of the verb with no preposition and no
    determiner: the Latin noun of "déclarer persona non grata" is tagged an adverb (advmod) or a
    bare oblique (obl:mod), never an object. A determined noun is a phrase of its own ("reçus à
    Damas …, une visite sans précédent" hosts no visit), and a clitic the tagger makes an adverb
    ("en") is no companion word."""
    labels = lex.labels
    return child.dep_ in labels.bare_companion_roles and case_of(child, lex) is None and \
        child.lower_ not in lex.preposition_forms and not any(c.dep_ in labels.determiner for c in child.children)


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


def _shared_objects(token: Token, lex: EventLexicon) -> list[Token]:
    """The object a verb shares with the verb coordinated after it ("héberger et financer **les
    rebelles**"): the parser hangs it on the last verb, and it completes the first one too."""
    labels = lex.labels
    if token.pos_ != "VERB" or any(c.dep_ in labels.object for c in token.children):
        return []
    return [g for c in token.children if c.dep_ in labels.conjunct and c.pos_ == "VERB" and c.i > token.i
            for g in c.children if g.dep_ in labels.object]


def _verb_oblique_after(token: Token, lex: EventLexicon) -> list[Token]:
    """The complement right after an object noun that the parser hung on the noun's verb ("a rétabli
    des contrôles **sur ses frontières**", "sur" read as the verb's oblique): it completes the noun,
    as when hung on it; only the phrase that directly follows the noun."""
    labels = lex.labels
    head = token.head
    if token.pos_ != "NOUN" or head == token or token.dep_ not in labels.object or head.pos_ != "VERB":
        return []
    return [c for c in head.children if c.dep_ in labels.oblique and c.left_edge.i == token.right_edge.i + 1]


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
