"""Actors of one article: persons, countries, organisations and media, with their mentions.

The statistical NER is the first source of mentions; a rule layer corrects its known
errors (capitals and seats tagged as persons, "NdlR", "Etats" alone, elided articles,
"Russie-Corée du Nord" as one place, roles and organisations glued to a name) and a
gazetteer scan adds the countries, capitals, seats and organisations it misses.

Person mentions are clustered (full name, surname, title + surname) and given a role from
the noun phrases around a name ("le président russe Vladimir Poutine", "X, porte-parole
du …", "Le ministre de l'Intérieur, Manuel Valls,", "X de l'Observatoire …", cabinet
announcements), then a country: a demonym or country name in the role, the country of an
organisation named in it, the gazetteer's entry for the article's year, and last the
article's dominant country for a person whose function the article gives.

A country mention that names a place ("à Damas") or only describes a person or an
organisation ("le président russe", "l'Autorité palestinienne") stays in the index, flagged
(`Mention.as_place`, `Mention.descriptive`), for the components that need places and
descriptions; a country with no other mention is left out of `ActorIndex.ordered()`, the
article's actor list.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer, PersonEntry, load_gazetteer, slugify
from ..model import Actor
from .lexicon import media_nouns, role_nouns, state_nouns
from .textutil import fold_same_length

TITLES = {"m.": "m", "mr": "m", "m": "m", "monsieur": "m", "mme": "f", "mme.": "f", "madame": "f",
          "mlle": "f", "mademoiselle": "f", "dr": None, "dr.": None, "docteur": None, "me": None,
          "pr": None, "pr.": None}
_TITLE_KEYS = {t.rstrip(".") for t in TITLES}
EDITORIAL = {"ndlr", "n.d.l.r.", "ndlr.", "n.d.l.r", "nldr", "ndt"}
# Single words the NER tags as places or organisations that name nothing by themselves.
NOT_ENTITIES = {"etats", "etat", "etat-major", "chef", "wagon", "president", "ministre", "occident",
                "gouvernement", "l'etat", "communaute internationale"}
PLACE_PREPOSITIONS = {"à", "a", "dans", "vers", "depuis", "jusqu'à", "près", "sur", "en", "au", "aux",
                      "via", "entre"}
# "la banlieue de Damas", "l'université de Beyrouth": a city after these nouns is a place.
PLACE_HEADS = {"banlieue", "centre", "centre-ville", "région", "environs", "périphérie", "aéroport",
               "université", "habitant", "rue", "quartier", "ville", "nord", "sud", "est", "ouest",
               "province", "maire", "port", "gare", "hôpital", "prison", "porte", "portes", "route",
               "autoroute", "stade", "place", "ciel", "sol", "proximité", "abord"}
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-.]*$")
# Capitalised particles that belong to a name ("De Gaulle", "Le Pen", "Van Rompuy").
NAME_PARTICLES = {"de", "du", "des", "le", "la", "van", "von", "der", "di", "da", "dos", "al", "el",
                  "ben", "bin", "ibn", "abou", "abu", "ould", "mac", "mc", "ter", "ten"}
# Nouns that head a noun phrase before a name without being its role ("le gouvernement
# Papadimos", "l'affaire Dreyfus", "le régime Assad"); the first six lead a person's name.
LEADER_NOUNS = {"gouvernement", "administration", "cabinet", "régime", "présidence", "ère"}
NOT_ROLE_NOUNS = LEADER_NOUNS | {
    "affaire", "procès", "mandat", "famille", "clan", "camp", "plan", "loi", "rapport", "doctrine",
    "méthode", "style", "effet", "modèle", "époque", "entourage", "parti", "candidature", "victoire",
    "défaite", "élection", "mort", "assassinat", "meurtre", "retour", "départ", "visite", "arrivée",
    "discours", "déclaration", "gare", "rue", "place", "avenue", "boulevard", "stade", "aéroport",
    "hôpital", "lycée", "école", "université", "prix", "fondation", "musée", "centre", "institut",
    "quartier", "ville", "opération", "projet", "programme", "réforme", "pacte", "accord", "traité",
    "sommet", "conférence", "dossier", "cas", "nom", "prénom", "fils", "fille"}
TIME_NOUNS = {"an", "année", "mois", "semaine", "jour", "journée", "lendemain", "veille", "matin",
              "soir", "soirée", "nuit", "midi", "heure", "fois", "week-end", "printemps", "été",
              "automne", "hiver", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
              "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre", "moment", "temps", "fin", "début"}
# Endings of agent nouns and demonyms, for descriptions whose noun is not in role_nouns.txt
# ("le banquier X", "X, le chantre de …" is listed; "le jeune berger", "au conservateur X").
AGENT_ENDINGS = ("eur", "euse", "rice", "iste", "ien", "ienne", "ier", "iere", "ant", "ante", "ent",
                 "ente", "aire", "logue", "crate", "ain", "aine", "ais", "aise", "ois", "oise", "ard",
                 "arde", "ote", "ite", "graphe", "naute")
# Adjectives that may open a role before its noun ("l'ancien chef", "le nouveau premier ministre").
PRE_ROLE = {"ancien", "ancienne", "ex", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel",
            "actuelle", "jeune", "vieux", "vieil", "vieille", "haut", "haute", "grand", "grande",
            "premier", "première", "puissant", "puissante", "influent", "influente", "célèbre",
            "défunt", "défunte", "éphémère", "éminent", "éminente", "feu", "principal", "principale"}
# Capitalised nouns that name the state itself ("la République française"), not an organisation.
STATE_HEADS = {"république", "état", "royaume", "émirat", "principauté", "fédération", "confédération",
               "sultanat", "nation"}
# Verbs of appointment before a role in apposition ("X, nommé vice-ministre").
APPOINTED = {"nommer", "nommé", "nommée", "désigner", "désigné", "désignée", "élire", "élu", "élue",
             "devenir", "devenu", "devenue", "promouvoir", "promu", "promue", "pressenti", "pressentie",
             "reconduit", "reconduite"}
# Role nouns whose "de X" names a subject of study, not the state represented ("spécialiste de la Syrie").
EXPERTISE = {"spécialiste", "expert", "experte", "analyste", "connaisseur", "connaisseuse", "historien",
             "historienne", "chercheur", "chercheuse", "observateur", "observatrice", "correspondant",
             "correspondante", "envoyé", "envoyée", "émissaire", "médiateur", "médiatrice"}
# Complements after which a country is where the person works, not the state they belong to
# ("ambassadeur de France en Afghanistan", "professeur à l'université américaine de Beyrouth").
_PLACE_CUT = re.compile(r"\s(?:en|à|au|aux|dans|pour|auprès|chez|sur)\s", re.IGNORECASE)
# Roles that say nothing of a state even in an article about one country: foreign experts and
# reporters, religious and historical figures ("le prophète (Mahomet)").
NO_FALLBACK_ROLES = EXPERTISE | {"prophète", "apôtre", "messie", "saint", "sainte", "dieu", "pape"}
# Words of a role that point to an international body or an NGO (no nationality of its own).
INTERNATIONAL_WORDS = {"organisation", "international", "internationale", "onusien", "onusienne",
                       "onu", "nations", "mondial", "mondiale"}
_ROLE_STOP = {",", ".", ";", ":", "(", ")", "«", "»", '"', "“", "”", "!", "?", "[", "]", "—", "–"}
_CLOSING = {",", ".", ";", ":", ")", "!", "?", "»", '"', "”"}
_CONTRACTIONS = {"du", "des", "au", "aux"}
_NP_POS = {"NOUN", "ADJ", "ADP", "DET", "PROPN", "NUM"}
_CLAUSE_POS = {"VERB", "AUX", "PRON", "SCONJ"}

# Cabinet announcements: "Le ministère des Affaires étrangères revient au conservateur X",
# "le poste de ministre des Finances a été confié à X" (text before the name) and "X reçoit
# la Défense", "X récupère le portefeuille de la Marine marchande" (text after it).
_DEPT = r"(?:de la |de l['’]|du |des |de |d['’])[^,.;:()«»]+?"
PORTFOLIO_BEFORE = re.compile(
    r"(?:\b(?:poste|fonction)s? d['’]?e?\s*(?P<role>[^,.;:()«»]+?)"
    rf"|\b(?:ministère|portefeuille|maroquin)s? (?P<dept>{_DEPT}))\s+"
    r"(?:a été |ont été |est |sera |avait été |va |doit )?(?:revenir|revient|reviennent|reviendra|échoit|"
    r"échu|confiée?s?|confier|attribuée?s?|attribuer|donnée?s?|offerte?s?)\s+(?:à|au|aux)\s+"
    r"(?:(?:l['’]|la |le |un |une )?[a-zéèêëàâîïôûüç\-]+\s+){0,2}$")
PORTFOLIO_AFTER = re.compile(
    r"^\s*(?:reçoit|recevra|récupère|récupérera|obtient|obtiendra|hérite d[eu]|héritera d[eu]|prend|"
    r"prendra|conserve|garde|décroche|se voit confier|se voit attribuer)\s+"
    rf"(?:(?:le |du )?(?:portefeuille|ministère|maroquin) (?P<dept>{_DEPT})|celui (?P<dept2>{_DEPT})"
    r"|(?P<dept3>(?:la |le |l['’])[A-ZÉÈ][^,.;:()«»]*?))(?=\s*(?:[,.;:()]|\bet\b|$))")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actor_id: str
    text: str
    kind: str
    as_place: bool = False     # a city named as a place ("à Damas"), not as an acting state
    descriptive: bool = False  # a demonym describing a person or an organisation ("le président russe")


@dataclass(slots=True)
class ActorIndex:
    """Every actor of an article and every mention of one, in text order."""
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    gender: dict[str, str | None] = field(default_factory=dict)
    name_tokens: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded words of a person's name
    background: set[str] = field(default_factory=set)  # countries only named as places or descriptions

    def add(self, actor: Actor, start: int, end: int, text: str, *, as_place: bool = False,
            descriptive: bool = False) -> Actor:
        known = self.actors.get(actor.id)
        if known is None:
            self.actors[actor.id] = known = actor
        else:
            known.role = known.role or actor.role
            known.country = known.country or actor.country
            known.affiliation = known.affiliation or actor.affiliation
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(Mention(start, end, known.id, text, known.kind, as_place, descriptive))
            known.mentions.append([start, end])
        return known

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        for actor in self.actors.values():
            actor.mentions.sort()
        acting = {m.actor_id for m in self.mentions if m.kind == "country" and not (m.as_place or m.descriptive)}
        self.background = {m.actor_id for m in self.mentions if m.kind == "country"} - acting

    def at(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> Mention | None:
        """The longest mention inside [start, end) (optionally of the given kinds)."""
        best = None
        for m in self.mentions:
            if m.start >= start and m.end <= end and (kinds is None or m.kind in kinds) and \
                    (best is None or (m.end - m.start) > (best.end - best.start)):
                best = m
        return best

    def persons_before(self, position: int) -> list[Mention]:
        """Person mentions ending before a position, most recent first."""
        return [m for m in reversed(self.mentions) if m.kind == "person" and m.end <= position]

    def ordered(self, *, background: bool = False) -> list[Actor]:
        """The article's actors by first mention; countries named only as places ("à Damas") or in
        descriptions ("la chaîne qatarie", "le président russe") only with `background=True`."""
        actors = [a for a in self.actors.values() if background or a.id not in self.background]
        return sorted(actors, key=lambda a: a.mentions[0] if a.mentions else [0, 0])

    def places(self) -> list[Mention]:
        """Mentions of cities and capitals named as places, for the `where` of events."""
        return [m for m in self.mentions if m.as_place]


# ---------------------------------------------------------------- entity spans

def _trim_entity(span: Span) -> Span | None:
    """An entity without leading articles/titles and trailing punctuation, or None if empty.

    A person's capitalised particle stays: "De Gaulle", "Le Pen".
    """
    start, end = span.start, span.end
    doc = span.doc
    person = span.label_ == "PER"
    while start < end and (doc[start].pos_ in ("DET", "ADP", "PUNCT") or doc[start].lower_ in ("l'", "d'", "l’", "d’")):
        token = doc[start]
        if person and token.text[:1].isupper() and token.lower_ in NAME_PARTICLES and start + 1 < end:
            break
        start += 1
    while end > start and doc[end - 1].pos_ == "PUNCT" and doc[end - 1].text not in (".",):
        end -= 1
    return doc[start:end] if end > start else None


def _title_gender(doc: Doc, start: int) -> tuple[int, str | None, bool]:
    """Skip a civility title before a name: (new start, gender, had title)."""
    if start < len(doc) and doc[start].lower_.rstrip(".") in _TITLE_KEYS:
        return start + 1, TITLES.get(doc[start].lower_, TITLES.get(doc[start].lower_.rstrip("."))), True
    if start > 0 and doc[start - 1].lower_.rstrip(".") in _TITLE_KEYS:
        return start, TITLES.get(doc[start - 1].lower_, TITLES.get(doc[start - 1].lower_.rstrip("."))), True
    return start, None, False


def _is_place_use(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """A capital after a place preposition ("à Moscou") or a place noun ("la banlieue de Damas")
    names a place, not a government; "entre Washington et Téhéran" names two governments."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word == "entre":
        partner = _entity_words(doc, end + 1) if end < len(doc) and doc[end].lower_ == "et" else None
        return not _other_state(partner, doc[start:end].text, gaz)
    if word == "et":
        k = i - 1
        while k >= 0 and k > i - 6 and doc[k].lower_ != "entre" and doc[k].pos_ in ("PROPN", "DET", "NOUN", "ADJ"):
            k -= 1
        if k >= 0 and doc[k].lower_ == "entre":
            return not _other_state(_entity_words(doc, k + 1), doc[start:end].text, gaz)
        return False
    if word in PLACE_PREPOSITIONS:
        return True
    return word in ("de", "d'", "d’", "du") and i > 0 and doc[i - 1].lemma_.lower() in PLACE_HEADS


def _entity_words(doc: Doc, i: int) -> str | None:
    """The capitalised words starting at token i, after an article ("et le Caire" -> "Caire")."""
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    j = i
    while j < len(doc) and (NAME_WORD.match(doc[j].text) or (j > i and doc[j].lower_ in ("du", "de"))):
        j += 1
    return doc[i:j].text if j > i else None


def _other_state(name: str | None, this: str, gaz: Gazetteer) -> bool:
    other, own = gaz.country(name) if name else None, gaz.country(this)
    return other is not None and own is not None and other.iso3 != own.iso3


# ---------------------------------------------------------------- roles

@cache
def _role_keys() -> frozenset[str]:
    return frozenset(fold_same_length(r) for r in role_nouns())


def _joined(tokens) -> str:
    return fold_same_length(" ".join(t.text for t in tokens)).replace("' ", "'")


def _word_forms(word: str) -> set[str]:
    """A word and its masculine/singular/unprefixed variants ("haute-commissaire", "ex-espion")."""
    bases = [word] + [word[len(p):].lstrip("-") for p in ("ex-", "ex", "ancien-")
                      if word.startswith(p) and len(word) > len(p) + 2]
    forms = set(bases)
    for form in bases:
        if form.endswith(("s", "x")) and len(form) > 3:
            forms.add(form[:-1])
        head, dash, rest = form.partition("-")
        if dash and head.endswith("e") and len(head) > 2:
            forms.add(f"{head[:-1]}-{rest}")  # "haute-commissaire" -> "haut-commissaire"
    return forms


def _role_len(doc: Doc, i: int) -> int:
    """Number of tokens of the role noun starting at token i ("premier ministre" -> 2), 0 if none."""
    if i < 0 or i >= len(doc):
        return 0
    keys = _role_keys()
    for n in (4, 3, 2):
        if i + n <= len(doc) and _joined(doc[i:i + n]) in keys:
            return n
    token = doc[i]
    nominal = token.pos_ == "VERB" and token.morph.get("VerbForm") == ["Part"] and i > 0 and \
        doc[i - 1].pos_ in ("DET", "ADJ")  # "un élu", "le jeune appelé"
    if token.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP", "PUNCT", "NUM", "CCONJ", "SCONJ") and not nominal:
        return 0
    folded = fold_same_length(token.lower_)
    lemma = fold_same_length(token.lemma_.lower())
    return 1 if (_word_forms(folded) | {lemma}) & keys else 0


def _agent_noun(token) -> bool:
    """A noun that may describe a person though not in the role list: one with an agent or
    demonym ending ("banquier", "conservateur", "comédien", "démocrate", "Camerounais")."""
    word = fold_same_length(token.lower_)
    lemma = token.lemma_.lower()
    if lemma in NOT_ROLE_NOUNS or token.lower_ in NOT_ROLE_NOUNS or lemma in TIME_NOUNS:
        return False
    word = word.rstrip("s")
    return word.endswith(AGENT_ENDINGS) and not word.endswith("ment")  # "équipement", "gouvernement"


def _in_role(doc: Doc, i: int) -> bool:
    """Token i is (part of) a role noun: "président", "secrétaire d'État"."""
    return any(_role_len(doc, k) > i - k for k in range(max(0, i - 3), i + 1))


def _plural(token) -> bool:
    return token.morph.get("Number") == ["Plur"]


@dataclass(slots=True)
class RoleFound:
    text: str
    start: int      # first token
    end: int        # last token + 1
    quality: int    # 3 appointment, 2 role noun, 1 other description


def _role_before(doc: Doc, anchor: int, own_start: int | None = None) -> RoleFound | None:
    """A role written before a name in the same noun phrase ("le président russe Vladimir Poutine",
    "l'ancien chef de l'Autorité palestinienne Yasser Arafat", "le prophète (Mahomet)")."""
    i = anchor - 1
    if i >= 0 and doc[i].text == "(":
        i -= 1
    if i < 0 or doc[i].pos_ == "ADP" or doc[i].lower_ in ("de", "d'", "d’") or \
            (doc[i].pos_ == "DET" and i > 0 and doc[i - 1].pos_ == "ADP"):
        return None  # "le fils de Kadhafi", "joueur de l'AS X": the name is a complement
    own_start = anchor if own_start is None else own_start  # tokens of this name's own entity

    def other_person(token) -> bool:
        return token.ent_type_ == "PER" and token.i < own_start

    lo, j = max(0, anchor - 14), i
    while j >= lo and doc[j].pos_ in _NP_POS and not other_person(doc[j]) and doc[j].text not in _ROLE_STOP:
        if doc[j].is_sent_start:
            break
        if doc[j].pos_ == "DET" and not (j > 0 and (doc[j - 1].pos_ == "ADP" or doc[j - 1].lower_ in ("de", "à"))):
            break  # the phrase's own article
        j -= 1
    first = max(j, lo)
    if doc[first].pos_ not in _NP_POS or other_person(doc[first]) or doc[first].text in _ROLE_STOP:
        first += 1
    # the role noun nearest to the name heads the description ("le porte-parole du président X": président)
    for k in range(i, first - 1, -1):
        if doc[k].pos_ == "DET":
            continue
        n = _role_len(doc, k)
        if n and k + n - 1 <= i:
            if _plural(doc[k + n - 1]):
                continue  # "le président du Conseil des ministres X", "les ministres X et Y"
            while k - 1 >= first and (doc[k - 1].pos_ in ("ADJ", "NUM") or doc[k - 1].lower_ in PRE_ROLE):
                k -= 1
            return RoleFound(doc[k:i + 1].text, k, i + 1, 2)
    # any noun right after an article: "le banquier Vassilis Rapanos", "au conservateur X"
    head = doc[i]
    k = i
    while k - 1 >= first and doc[k - 1].pos_ == "ADJ":
        k -= 1
    det = doc[k - 1] if k > 0 else None
    if head.pos_ == "NOUN" and not _plural(head) and det is not None and \
            (det.pos_ == "DET" or det.lower_ in _CONTRACTIONS) and _agent_noun(head) and \
            head.lemma_.lower() not in media_nouns() and head.lemma_.lower() not in state_nouns():
        return RoleFound(doc[k:i + 1].text, k, i + 1, 1)
    return None


def _np_end(doc: Doc, i: int, limit: int) -> int:
    """End of a role phrase starting at token i: the next punctuation, verb, pronoun or relative word
    (a participle inside a name stays: "Nations unies", "Émirats arabes unis")."""
    j = i
    while j < limit and doc[j].text not in _ROLE_STOP and doc[j].lower_ not in ("qui", "que", "dont", "lequel", "laquelle"):
        if doc[j].pos_ in _CLAUSE_POS and not (doc[j].morph.get("VerbForm") == ["Part"] and j > 0 and
                                               doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ in ("PROPN", "NOUN", "ADJ")):
            break
        j += 1
    return j


def _role_after(doc: Doc, end: int) -> RoleFound | None:
    """A role in apposition after a name: "Bahram Ghassemi, porte-parole du ministère …,",
    "X, l'un des responsables de …", "X, aujourd'hui professeur …", "X, nommé vice-ministre"."""
    if end >= len(doc) - 1 or doc[end].text != ",":
        return None
    i = end + 1
    limit = doc[i].sent.end
    while i < limit and i < end + 3 and doc[i].pos_ == "ADV":
        i += 1  # "aujourd'hui professeur", "désormais ministre"
    if i < limit and doc[i].lower_ in APPOINTED:
        i += 1
    if i >= limit:
        return None
    start = i
    some = False  # "l'un des responsables": plural head is fine
    if doc[i].lower_ in ("l'", "l’") and i + 2 < limit and doc[i + 1].lower_ in ("un", "une") and \
            doc[i + 2].lower_ in ("des", "de", "d'", "d’"):
        i, some = i + 3, True
    elif doc[i].lower_ in ("un", "une") and i + 1 < limit and doc[i + 1].lower_ in ("des", "de", "d'", "d’"):
        i, some = i + 2, True
    elif doc[i].pos_ == "DET" and doc[i].lower_ in ("le", "la", "l'", "l’", "un", "une"):
        i += 1
        start = i
    head = i
    while head < limit and (doc[head].pos_ == "ADJ" or doc[head].lower_ in PRE_ROLE) and not _role_len(doc, head):
        head += 1
    if head >= limit:
        return None
    n = _role_len(doc, head)
    j = _np_end(doc, head + max(n, 1), limit)
    if j - start > 25:
        return None
    if n:
        quality = 2
    elif doc[head].pos_ in ("NOUN", "ADJ", "PROPN") and _agent_noun(doc[head]) and \
            (some or not _plural(doc[head])) and (j >= limit or doc[j].text in _CLOSING):
        quality = 1  # "Richard Stallman, le chantre du logiciel libre."
    else:
        return None
    if _plural(doc[head]) and not some:
        return None  # a list: "Poutine, les ministres et …"
    return RoleFound(doc[start:j].text, start, j, quality)


def _role_before_comma(doc: Doc, anchor: int, end: int) -> RoleFound | None:
    """A role in apposition before a name: "Le ministre de l'Intérieur, Manuel Valls,",
    "comme le précise l'ambassadeur de France en Afghanistan, Bernard Bajolet :"."""
    if anchor < 2 or doc[anchor - 1].text != ",":
        return None
    def in_phrase(token) -> bool:
        return (token.pos_ in _NP_POS | {"ADV"} or token.lower_ in ("un", "une")) and token.text not in _ROLE_STOP

    last = anchor - 2
    j = last
    while j > 0 and j > anchor - 20 and in_phrase(doc[j]) and not doc[j].is_sent_start:
        j -= 1
    if not in_phrase(doc[j]):
        j += 1
    for k in range(j, last + 1):
        boundary = k == j or doc[k - 1].pos_ == "DET" or doc[k - 1].lower_ in _CONTRACTIONS
        if doc[k].lower_ in ("un", "une") and k + 2 <= last and doc[k + 1].lower_ in ("des", "de", "d'", "d’") \
                and _role_len(doc, k + 2):
            start = k - 1 if k > j and doc[k - 1].lower_ in ("l'", "l’") else k
            break
        if not boundary or doc[k].pos_ in ("DET", "ADP"):
            continue
        m = k
        while m <= last and (doc[m].pos_ == "ADJ" or doc[m].lower_ in PRE_ROLE) and not _role_len(doc, m):
            m += 1
        if m <= last and _role_len(doc, m):
            start = k
            break
    else:
        return None
    # the description must open its clause ("Le ministre …, X") or be closed after the name
    # ("…, X, a dit"); "En invitant son homologue nord-coréen, Vladimir Poutine entend" is neither
    before = start - 1 if start > 0 and doc[start - 1].pos_ == "DET" else start
    clause_initial = before == 0 or doc[before].is_sent_start or doc[before - 1].pos_ == "PUNCT"
    closed = end >= len(doc) or doc[end].text in _CLOSING or doc[end].is_sent_start
    if not (clause_initial or closed):
        return None
    return RoleFound(doc[start:last + 1].text, start, last + 1, 2)


def _role_as(doc: Doc, end: int) -> RoleFound | None:
    """"désigner Xi Jinping comme successeur de Hu Jintao"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "comme":
        return None
    i = end + 1
    if doc[i].pos_ == "DET":
        i += 1
    if not _role_len(doc, i):
        return None
    j = _np_end(doc, i, doc[i].sent.end)
    return RoleFound(doc[i:j].text, i, j, 2) if 0 < j - i <= 20 else None


def _affiliation(doc: Doc, end: int, orgs: dict[int, Span]) -> RoleFound | None:
    """"Rami Abd al-Rahman de l'Observatoire syrien des droits de l'homme": the body speaks for the role."""
    if end >= len(doc) or doc[end].lower_ not in ("de", "du", "d'", "d’", "des"):
        return None
    i = end + 1
    if i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    org = orgs.get(i) or orgs.get(end + 1)
    if org is None:
        return None
    return RoleFound(org.text, org.start, org.end, 1)


def _role_in_cabinet(doc: Doc, start: int, end: int) -> RoleFound | None:
    """A portfolio given in a cabinet announcement, before or after the name."""
    sent = doc[start].sent
    text = doc.text
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    m = PORTFOLIO_BEFORE.search(text, sent.start_char, s)
    if m is not None and m.end() == s:
        role = m.group("role") or f"ministre {m.group('dept')}"
        return RoleFound(role.strip(), start, end, 3)
    m = PORTFOLIO_AFTER.match(text[e:sent.end_char])
    if m is not None:
        dept = m.group("dept") or m.group("dept2") or f"de {m.group('dept3')}"
        return RoleFound(f"ministre {dept.strip()}", start, end, 3)
    return None


def _roles_of_mention(doc: Doc, anchor: int, end: int, orgs: dict[int, Span],
                      own_start: int | None = None) -> RoleFound | None:
    """Every description of one mention, joined: "ancien porte-parole de …, professeur à …"."""
    before = _role_before(doc, anchor, own_start)
    comma_anchor = anchor
    if before is not None:  # "le guide religieux de l'Iran, l'ayatollah Ali Khamenei"
        comma_anchor = before.start - 1 if before.start > 0 and doc[before.start - 1].pos_ == "DET" else before.start
    comma = _role_before_comma(doc, comma_anchor, end)
    if comma is not None and before is not None and before.end - before.start == 1:
        before = None  # a one-word title adds little to the apposition before it
    parts = [p for p in (comma, before, _role_after(doc, end), _role_as(doc, end),
                         _affiliation(doc, end, orgs), _role_in_cabinet(doc, anchor, end)) if p is not None]
    if not parts:
        return None
    best = max(parts, key=lambda p: p.quality)
    if best.quality == 3:
        return best
    parts = [p for p in parts if p.quality == best.quality or p is comma]
    text = ", ".join(_lower_first(doc, p) for p in parts)
    return RoleFound(text, parts[0].start, parts[-1].end, best.quality)


def _lower_first(doc: Doc, role: RoleFound) -> str:
    """"Le ministre …" opening a sentence: the role is "ministre …", "Un des chercheurs" -> "un des …"."""
    text = role.text
    token = doc[role.start] if role.start < len(doc) else None
    if token is not None and token.is_sent_start and token.pos_ != "PROPN" and text[:1].isupper():
        return text[:1].lower() + text[1:]
    return text


def _gender_of(doc: Doc, i: int) -> str | None:
    """Grammatical gender of a role noun, from its article or its own morphology."""
    if i < 0 or i >= len(doc):
        return None
    det = doc[i - 1] if i > 0 else None
    if det is not None and det.lower_ in ("la", "une", "cette"):
        return "f"
    if det is not None and det.lower_ in ("le", "un", "ce", "cet"):
        return "m"
    gender = doc[i].morph.get("Gender")
    if gender == ["Fem"]:
        return "f"
    if gender == ["Masc"] and not doc[i].lower_.endswith(("iste", "aire", "ministre", "-parole", "membre")):
        return "m"  # epicene nouns carry no gender of their own
    return None


# ---------------------------------------------------------------- persons

def _name_bounds(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int:
    """Start of the name proper in a PER span: without a role or title the NER glued to it
    ("général Pinochet", "ayatollah Ali Khamenei") or an organisation before it ("WikiLeaks Julian Assange")."""
    while end - start > 1:
        token = doc[start]
        if _role_len(doc, start) and doc[start + 1].lower_ in ("de", "du", "des", "d'", "d’"):
            return end  # "président de la République": a description, no name
        if not NAME_WORD.match(token.text) or \
                (_role_len(doc, start) == 1 and NAME_WORD.match(doc[start + 1].text) and token.lower_ not in NAME_PARTICLES):
            start += 1
            continue
        if end - start > 2 and (gaz.organization(token.text) is not None or gaz.media(token.text) is not None):
            start += 1
            continue
        break
    return start


@dataclass(slots=True)
class _Cluster:
    tokens: tuple[str, ...]
    name: str
    first_token: int
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    gender: str | None = None
    role: RoleFound | None = None


def _better(new: RoleFound, old: RoleFound | None) -> bool:
    if old is None:
        return True
    return (new.quality, len(new.text.split())) > (old.quality, len(old.text.split()))


def _cluster_persons(doc: Doc, gaz: Gazetteer, spans: list[Span]) -> list[_Cluster]:
    orgs = {}
    for ent in doc.ents:
        trimmed = _trim_entity(ent) if ent.label_ in ("ORG", "MISC") else None
        if trimmed is not None:
            orgs[trimmed.start] = trimmed
    clusters: list[_Cluster] = []
    for span in spans:
        start, gender, titled = _title_gender(doc, span.start)
        end = span.end
        start = _name_bounds(doc, start, end, gaz)
        if start >= end:
            continue
        words = [t.text for t in doc[start:end] if NAME_WORD.match(t.text)]
        if not words:
            continue
        folded = tuple(fold_same_length(w) for w in words)
        target = None
        for cluster in reversed(clusters):
            if set(folded) <= set(cluster.tokens) or set(cluster.tokens) <= set(folded):
                target = cluster
                break
        if target is None:
            target = _Cluster(folded, doc[start:end].text, start)
            clusters.append(target)
        elif len(folded) > len(target.tokens):
            target.tokens, target.name = folded, doc[start:end].text
        target.mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start:end].text))
        target.gender = target.gender or gender
        anchor = start - 1 if titled and start > 0 and doc[start - 1].lower_.rstrip(".") in _TITLE_KEYS else start
        role = _roles_of_mention(doc, anchor, end, orgs, span.start)
        if role is not None and _better(role, target.role):
            target.role = role
            if target.gender is None:
                target.gender = _gender_of(doc, role.start)
    return clusters


def _add_persons(doc: Doc, index: ActorIndex, gaz: Gazetteer, year: int | None,
                 spans: list[Span]) -> dict[str, tuple[PersonEntry | None, RoleFound | None]]:
    """Person actors with their roles; returns {actor id: (gazetteer entry, role)} for the country pass."""
    entries = {}
    for cluster in _cluster_persons(doc, gaz, spans):
        name = cluster.name
        entry = gaz.person(name, year)
        if entry is None and len(cluster.tokens) == 1:
            candidates = gaz.persons_by_surname(name, year) or gaz.persons_by_surname(name)
            entry = candidates[0] if len(candidates) == 1 else None
        actor_id = entry.id if entry is not None else f"person:{slugify(name)}"
        role = cluster.role.text if cluster.role else None
        # the fullest form the article writes (GUIDELINES §4), not the gazetteer's
        actor = Actor(id=actor_id, name=name, kind="person", role=role)
        for s, e, text in cluster.mentions:
            index.add(actor, s, e, text)
        index.gender[actor_id] = cluster.gender
        index.name_tokens[actor_id] = cluster.tokens
        entries[actor_id] = (entry, cluster.role)
    return entries


def _country_in(text: str, gaz: Gazetteer) -> str | None:
    """The country a role names, through a demonym ("président russe") or a name ("ambassadeur de
    France"), before any place complement ("… en Afghanistan", "… à l'université de Beyrouth")."""
    for part in text.split(", "):
        part = _PLACE_CUT.split(part, maxsplit=1)[0]
        for word in re.findall(r"[\w\-]+", part):
            iso = gaz.demonym(word)
            if iso:
                return iso
        for match in re.finditer(r"(?:(?<=\s)|^)(\w+)\s+(?:de|du|d'|d’|des)\s*((?:l'|l’|la |le )?[A-ZÉÈ][\w\-]*"
                                 r"(?:\s(?:du|de|des)\s[A-ZÉ][\w\-]*)?)(?![\w\-]|\s*\d)", part):
            if match.group(1).lower() in EXPERTISE:
                continue  # "spécialiste de la Syrie"
            entry = gaz.country(match.group(2))
            if entry is not None and entry.match in ("name", "code"):
                return entry.iso3
    return None


def _dominant_country(index: ActorIndex) -> str | None:
    """The state an article is about: the only one it names (twice or more), or one named at
    least three times and twice as often as any other."""
    counts = Counter(m.actor_id for m in index.mentions if m.kind == "country")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and (ranked[0][1] < 3 or ranked[0][1] < 2 * ranked[1][1]):
        return None
    return index.actors[ranked[0][0]].country


def _assign_person_countries(doc: Doc, index: ActorIndex, gaz: Gazetteer,
                             entries: dict[str, tuple[PersonEntry | None, RoleFound | None]]) -> None:
    """Country of each person: role text, then an organisation in the role, then the gazetteer
    (for the article's year), then the article's dominant state for a person with a function whom
    the gazetteer does not know (it knows officials of international bodies as stateless)."""
    dominant = _dominant_country(index)
    for actor_id, (entry, role) in entries.items():
        actor = index.actors[actor_id]
        country, international = None, False
        if role is not None:
            country = _country_in(role.text, gaz)
            if country is None:
                country, international = _country_of_bodies(doc, index, gaz, role)
        if country is None and entry is not None:
            country = entry.country or None
        if country is None and entry is None and role is not None and not international and dominant and \
                not _role_words(role.text) & NO_FALLBACK_ROLES:
            country = dominant
        actor.country = country


def _role_words(text: str) -> set[str]:
    return set(re.findall(r"[\w\-]+", text.lower()))


def _add_described_roles(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> None:
    """A definite description away from any name ("le leader nord-coréen n'est pas un voyageur")
    is the role of the one person of that country who has none yet."""
    for token in doc:
        if token.dep_ != "amod" or token.pos_ != "ADJ":
            continue
        iso = gaz.demonym(token.lower_)
        head = token.head
        if iso is None or head.i >= token.i or head.i == 0 or _plural(head) or not _in_role(doc, head.i):
            continue
        det = doc[head.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if det.lower_ not in ("le", "la", "l'", "l’") or (head.i > 1 and doc[head.i - 2].text == ",") or \
                (after is not None and (after.pos_ == "PROPN" or after.ent_type_ == "PER" or after.text == ",")):
            continue  # "le président russe Vladimir Poutine", "X, le président russe,": a name is there
        persons = [a for a in index.actors.values() if a.kind == "person" and a.country == iso]
        if len(persons) == 1 and persons[0].role is None:
            persons[0].role = doc[head.i:token.i + 1].text


def _country_of_bodies(doc: Doc, index: ActorIndex, gaz: Gazetteer, role: RoleFound) -> tuple[str | None, bool]:
    """The country of an organisation or medium named in a role ("président du directoire de PSA"),
    or of the parties the article names when it speaks of "le porte-parole du parti"; and whether the role
    points to an international body or NGO ("haute-commissaire des Nations unies")."""
    if role.start >= len(doc):
        return None, False
    s = doc[role.start].idx
    e = doc[min(role.end, len(doc)) - 1].idx + len(doc[min(role.end, len(doc)) - 1].text)
    words = _role_words(role.text)
    international = bool(words & INTERNATIONAL_WORDS)
    for mention in index.mentions:
        if s <= mention.start and mention.end <= e and mention.kind in ("organization", "media"):
            actor = index.actors[mention.actor_id]
            if actor.country:
                return actor.country, False
            international = True  # a body with no state: an IGO, an NGO, a multinational
    if "parti" in words:
        kinds = _org_kinds(gaz)
        parties = {index.actors[m.actor_id].country for m in index.mentions
                   if m.kind == "organization" and kinds.get(m.actor_id) == "party"}
        if len(parties) == 1 and None not in parties:
            return parties.pop(), False
    return None, international


_ORG_KINDS: dict[int, dict[str, str]] = {}


def _org_kinds(gaz: Gazetteer) -> dict[str, str]:
    """Kind of every organisation of a gazetteer by id (party, igo, …); built once per gazetteer."""
    if id(gaz) not in _ORG_KINDS:
        _ORG_KINDS[id(gaz)] = {o.id: o.kind for o in gaz.organizations}
    return _ORG_KINDS[id(gaz)]


def _add_repeated_names(doc: Doc, index: ActorIndex) -> None:
    """Every other occurrence of a person's name or surname, which the NER often misses."""
    text = doc.text
    taken = [(m.start, m.end) for m in index.mentions]
    for actor in [a for a in index.actors.values() if a.kind == "person"]:
        forms = {text[s:e] for s, e in actor.mentions if " " in text[s:e]}
        surname = actor.name.split()[-1]
        if len(actor.name.split()) > 1 and len(surname) >= 4 and surname[:1].isupper():
            forms.add(surname)
        for form in sorted(forms, key=len, reverse=True):
            for match in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", text):
                s, e = match.span()
                if any(ts < e and s < te for ts, te in taken):
                    continue
                if form == surname and _other_first_name(doc, s, actor):
                    continue  # "Souha Arafat" after "Yasser Arafat": another person
                index.add(actor, s, e, form)
                taken.append((s, e))


def _other_first_name(doc: Doc, start: int, actor: Actor) -> bool:
    """A capitalised word before a surname that is not this person's first name or initial."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if not NAME_WORD.match(prev.text) or prev.is_sent_start or prev.lower_.rstrip(".") in _TITLE_KEYS or \
            _role_len(doc, prev.i) or prev.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    own = [fold_same_length(w) for w in actor.name.split()]
    word = fold_same_length(prev.text.rstrip("."))
    return word not in own and not (len(word) == 1 and any(w.startswith(word) for w in own))


def _looks_like_person(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A name the NER did not call a person, but that a role apposition says is one."""
    words = [t for t in span if NAME_WORD.match(t.text)]
    if len(words) < 2 or len(words) != len(span) or gaz.country(span.text) is not None or \
            gaz.organization(span.text) is not None or gaz.media(span.text) is not None:
        return False
    if _role_after(doc, span.end) or _role_before_comma(doc, span.start, span.end):
        return True
    before = _role_before(doc, span.start)
    return before is not None and before.quality >= 2


def _led_by_person(span: Span, gaz: Gazetteer) -> Span | None:
    """"le gouvernement Papadimos", "l'administration Obama": the name after the noun is a person."""
    first = span[0]
    if first.pos_ == "DET" and len(span) > 1:
        first = span[1]
    rest = span[first.i - span.start + 1:]
    if first.lemma_.lower() not in LEADER_NOUNS or not len(rest) or \
            not all(NAME_WORD.match(t.text) for t in rest):
        return None
    if gaz.country(rest.text) is not None or gaz.organization(rest.text) is not None:
        return None
    return rest


def _glued_person(span: Span, gaz: Gazetteer, person_names: set[str]) -> tuple[Span, Span] | None:
    """A known organisation glued to a person's name the article gives elsewhere."""
    for k in (1, 2):
        head, rest = span[:k], span[k:]
        if len(rest) < 2 or not all(NAME_WORD.match(t.text) for t in rest):
            continue
        if (gaz.organization(head.text) or gaz.media(head.text)) and \
                (fold_same_length(rest.text) in person_names or gaz.person(rest.text) is not None):
            return head, rest
    return None


def _titled_names(doc: Doc, persons: list[Span]) -> list[Span]:
    """Names after a civility title that the NER missed ("M. Assadi", "Mme Merkel")."""
    taken = {t.i for span in persons for t in span}
    found = []
    for token in doc[:-1]:
        if token.lower_ in TITLES and token.i + 1 not in taken and NAME_WORD.match(doc[token.i + 1].text):
            end = token.i + 2
            while end < len(doc) and NAME_WORD.match(doc[end].text) and doc[end].pos_ == "PROPN":
                end += 1
            found.append(doc[token.i + 1:end])
    return found


# ---------------------------------------------------------------- countries, organisations, media

# "au Monde", "du Figaro", "aux Échos": the article of a name is contracted into the preposition
CONTRACTED_ARTICLE = {"au": "Le ", "du": "Le ", "aux": "Les ", "des": "Les "}


def _with_article(doc: Doc, span: Span) -> str:
    """The name with the article a contraction swallowed ("au Monde" -> "Le Monde")."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return CONTRACTED_ARTICLE.get(before, "") + span.text


def _add_named(doc: Doc, index: ActorIndex, gaz: Gazetteer, spans: list[Span]) -> None:
    for span in spans:
        text = span.text
        s, e = span.start_char, span.end_char
        full = _with_article(doc, span)
        if full != text and gaz.country(text) is None and (gaz.media(full) or gaz.organization(full)):
            text = full
        country = gaz.country(text)
        if country is not None:
            as_place = country.match == "capital" and _is_place_use(doc, span.start, span.end, gaz)
            if country.match == "capital" and not as_place:
                org = gaz.organization(text)  # "Bruxelles a salué": the EU, not Belgium
                if org is not None:
                    index.add(Actor(id=org.id, name=org.name, kind="organization", country=org.country or None),
                              s, e, text)
                    continue
            index.add(Actor(id=f"country:{country.iso3}", name=country.name_fr, kind="country",
                            country=country.iso3), s, e, text, as_place=as_place)
            continue
        media = gaz.media(text)
        if media is not None:
            index.add(Actor(id=media.id, name=media.name, kind="media", country=media.country or None), s, e, text)
            continue
        org = gaz.organization(text)
        if org is not None:
            index.add(Actor(id=org.id, name=org.name, kind="organization", country=org.country or None), s, e, text)
            continue
        if span.label_ == "ORG" or _after_media_noun(doc, span.start):
            kind = "media" if _after_media_noun(doc, span.start) else "organization"
            prefix = "media" if kind == "media" else "org"
            index.add(Actor(id=f"{prefix}:{slugify(text)}", name=text, kind=kind), s, e, text)


def _after_media_noun(doc: Doc, start: int) -> bool:
    """The name follows a media noun: "le quotidien Le Figaro", "la chaîne CNN"."""
    nouns = media_nouns()
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":  # "la chaîne américaine CNN"
        i -= 1
    if i >= 0 and doc[i].lemma_.lower() in nouns:
        return True
    return i >= 2 and f"{doc[i - 2].lower_} {doc[i - 1].lower_} {doc[i].lower_}" in nouns


def _add_demonyms(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> None:
    """Demonyms that stand for a state: "les autorités russes", "l'occupation chinoise", "anti-américaine".

    One that describes a person ("le président russe") or sits in an organisation's name
    ("l'Autorité palestinienne", "le Parti communiste chinois") is kept as a descriptive mention.
    """
    nouns = state_nouns()
    for token in doc:
        if token.pos_ not in ("ADJ", "NOUN", "PROPN") or not token.is_alpha and "-" not in token.text:
            continue
        word = token.lower_
        anti = word.startswith(("anti-", "pro-"))
        iso = gaz.demonym(word.split("-", 1)[1] if anti else word)
        if iso is None:
            continue
        head = token.head
        modifies_state = token.dep_ in ("amod", "nmod") and (head.lemma_.lower() in nouns or head.lower_ in nouns)
        if not (anti or modifies_state):
            continue
        person = not anti and not _plural(head) and _in_role(doc, head.i)
        in_name = not anti and head.text[:1].isupper() and not head.is_sent_start and head.i < token.i and \
            head.lemma_.lower() not in STATE_HEADS
        entry = gaz.country(iso)
        name = entry.name_fr if entry is not None else iso
        index.add(Actor(id=f"country:{iso}", name=name, kind="country", country=iso),
                  token.idx, token.idx + len(token.text), token.text, descriptive=person or in_name)


def _scan_gazetteer(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> list[Span]:
    """Country names, capitals, seats and organisation names the NER missed."""
    spans = []
    covered = [(m.start, m.end) for m in index.mentions] + \
        [(e.start_char, e.end_char) for e in doc.ents if len(e) > 1 and gaz.country(e.text) is None]
    pattern = gaz_pattern(gaz)
    folded = fold_same_length(doc.text)
    for match in list(pattern.finditer(folded)) + list(contracted_pattern(gaz).finditer(folded)):
        s, e = match.span(match.lastindex)
        if any(cs < e and s < ce for cs, ce in covered):
            continue
        surface = doc.text[s:e]
        if surface.islower() and len(surface) < 5:
            continue  # "ue" inside words etc.
        if not surface[:1].isupper():
            continue  # names are capitalised; lowercase hits are common words
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


_PATTERN_CACHE: dict[int, re.Pattern] = {}


def gaz_pattern(gaz: Gazetteer) -> re.Pattern:
    """One regex of every gazetteer surface form (folded), longest first; built once per gazetteer."""
    key = id(gaz)
    if key not in _PATTERN_CACHE:
        forms = {f for f in gaz.surface_forms() if len(f) >= 2}
        alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        _PATTERN_CACHE[key] = re.compile(rf"(?<![\w\-])({alternation})(?![\w\-])")
    return _PATTERN_CACHE[key]


def contracted_pattern(gaz: Gazetteer) -> re.Pattern:
    """Names whose article is contracted into a preposition: "au Monde", "du Figaro"."""
    key = -id(gaz)
    if key not in _PATTERN_CACHE:
        rests = {f[3:] for f in gaz.surface_forms(("media", "organization")) if f.startswith("le ") and len(f) > 5}
        plural = {f[4:] for f in gaz.surface_forms(("media", "organization")) if f.startswith("les ") and len(f) > 6}
        def alternation(forms):
            return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        _PATTERN_CACHE[key] = re.compile(rf"(?<![\w\-])(?:(?:au|du)\s+({alternation(rests)})|(?:aux|des)\s+({alternation(plural)}))(?![\w\-])")
    return _PATTERN_CACHE[key]


# ---------------------------------------------------------------- entry point

def build_actor_index(doc: Doc, gaz: Gazetteer | None = None) -> ActorIndex:
    gaz = gaz or load_gazetteer()
    year = int(doc._.published[:4]) if doc._.published else None
    index = ActorIndex()
    persons, named = [], []
    person_names = {fold_same_length(e.text) for e in doc.ents if e.label_ == "PER"}
    for ent in doc.ents:
        span = _trim_entity(ent)
        if span is None:
            continue
        folded = fold_same_length(span.text)
        if folded in EDITORIAL or folded in NOT_ENTITIES or len(folded) < 2:
            continue
        if ent.label_ == "PER":
            # the NER calls "Washington" or "Kremlin" a person: seats and capitals win
            if gaz.country(span.text) is not None or gaz.organization(span.text) is not None or gaz.media(span.text) is not None:
                named.append(span)
            elif len(span) == 1 and not NAME_WORD.match(span.text):
                continue
            else:
                persons.append(span)
        elif ent.label_ in ("LOC", "ORG", "MISC"):
            led = _led_by_person(span, gaz)
            if led is not None:
                persons.append(led)  # "le gouvernement Papadimos"
                continue
            glued = _glued_person(span, gaz, person_names)
            if glued is not None:
                named.append(glued[0])  # "WikiLeaks Julian Assange" tagged ORG
                persons.append(glued[1])
                continue
            # "Russie-Corée du Nord": two countries joined by a hyphen
            parts = _split_compound(span, gaz)
            if parts is None and _looks_like_person(doc, span, gaz):
                persons.append(span)  # "Timor Goksel, aujourd'hui professeur …" tagged LOC
            else:
                named.extend(parts or [span])
    entries = _add_persons(doc, index, gaz, year, persons + _titled_names(doc, persons))
    _add_repeated_names(doc, index)
    _add_named(doc, index, gaz, named)
    _add_named(doc, index, gaz, _scan_gazetteer(doc, index, gaz))
    _add_demonyms(doc, index, gaz)
    _assign_person_countries(doc, index, gaz, entries)
    _add_described_roles(doc, index, gaz)
    _add_affiliations(index)
    index.finish()
    return index


def _add_affiliations(index: ActorIndex) -> None:
    """A person's affiliation: the organisation or medium their role names
    ("membre du service d'étude … à l'Université de Mons" -> Université de Mons)."""
    named = [(m.text, index.actors[m.actor_id]) for m in index.mentions if m.kind in ("organization", "media")]
    for actor in index.actors.values():
        if actor.kind != "person" or not actor.role or actor.affiliation:
            continue
        inside = [(len(text), other) for text, other in named if len(text) > 2 and text in actor.role]
        if inside:
            actor.affiliation = max(inside, key=lambda pair: pair[0])[1].name


def _split_compound(span: Span, gaz: Gazetteer) -> list[Span] | None:
    text = span.text
    if "-" not in text:
        return None
    for cut in [m.start() for m in re.finditer("-", text)]:
        left, right = text[:cut], text[cut + 1:]
        if gaz.country(left) is not None and gaz.country(right) is not None:
            doc = span.doc
            a = doc.char_span(span.start_char, span.start_char + cut, alignment_mode="expand")
            b = doc.char_span(span.start_char + cut + 1, span.end_char, alignment_mode="expand")
            if a is not None and b is not None and a.text == left and b.text == right:
                return [a, b]
            return [_CharSpan(doc, span.start_char, span.start_char + cut),
                    _CharSpan(doc, span.start_char + cut + 1, span.end_char)]
    return None


class _CharSpan:
    """A span given by characters when the tokenizer keeps a hyphenated compound as one token."""
    def __init__(self, doc: Doc, start_char: int, end_char: int):
        self.doc, self.start_char, self.end_char = doc, start_char, end_char
        self.text = doc.text[start_char:end_char]
        token = doc.char_span(start_char, end_char, alignment_mode="expand")
        self.start = token.start if token is not None else 0
        self.end = token.end if token is not None else 0
        self.label_ = "LOC"


class ActorsComponent:
    """Pipeline component: builds the article's ActorIndex with the gazetteer (plus user files)."""

    def __init__(self, actor_files: tuple[str, ...] = ()):
        self.actor_files = actor_files

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_actors = build_actor_index(doc, load_gazetteer(self.actor_files))
        return doc


@Language.factory("newsgraph_actors", default_config={"actor_files": []}, assigns=["doc._.ng_actors"])
def make_actors_component(nlp: Language, name: str, actor_files: list[str]) -> ActorsComponent:
    return ActorsComponent(tuple(actor_files))
