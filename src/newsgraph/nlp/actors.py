"""Actors of one article: persons, countries, organisations and media, with their mentions.

The statistical NER is the first source of mentions; a rule layer corrects its known
errors (capitals and seats tagged as persons, "NdlR", "Etats" alone, elided articles,
"Russie-Corée du Nord" as one place) and a gazetteer scan adds the countries,
capitals, seats and organisations it misses. Person mentions are clustered (full
name, surname, title + surname) and given a role and a country from appositions
and modifiers ("le président russe Vladimir Poutine", "X, porte-parole du …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer, load_gazetteer, slugify
from ..model import Actor
from .lexicon import media_nouns, role_nouns, state_nouns
from .textutil import fold_same_length

TITLES = {"m.": "m", "mr": "m", "m": "m", "monsieur": "m", "mme": "f", "mme.": "f", "madame": "f",
          "mlle": "f", "mademoiselle": "f", "dr": None, "dr.": None, "docteur": None, "me": None,
          "pr": None, "pr.": None}
EDITORIAL = {"ndlr", "n.d.l.r.", "ndlr.", "n.d.l.r", "nldr", "ndt"}
# Single words the NER tags as places or organisations that name nothing by themselves.
NOT_ENTITIES = {"etats", "etat", "etat-major", "chef", "wagon", "president", "ministre", "occident",
                "gouvernement", "l'etat", "communaute internationale"}
PLACE_PREPOSITIONS = {"à", "a", "dans", "vers", "depuis", "jusqu'à", "près", "sur", "en", "au", "aux",
                      "via", "entre"}
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-.]*$")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    actor_id: str
    text: str
    kind: str
    as_place: bool = False  # a city or country named as a place, not as an acting state


@dataclass(slots=True)
class ActorIndex:
    """Every actor of an article and every mention of one, in text order."""
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    gender: dict[str, str | None] = field(default_factory=dict)
    name_tokens: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded words of a person's name

    def add(self, actor: Actor, start: int, end: int, text: str, *, as_place: bool = False) -> Actor:
        known = self.actors.get(actor.id)
        if known is None:
            self.actors[actor.id] = known = actor
        else:
            known.role = known.role or actor.role
            known.country = known.country or actor.country
            known.affiliation = known.affiliation or actor.affiliation
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(Mention(start, end, known.id, text, known.kind, as_place))
            known.mentions.append([start, end])
        return known

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        for actor in self.actors.values():
            actor.mentions.sort()

    def at(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> Mention | None:
        """The longest mention inside [start, end) (optionally of the given kinds)."""
        best = None
        for m in self.mentions:
            if m.start >= start and m.end <= end and (kinds is None or m.kind in kinds):
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def persons_before(self, position: int) -> list[Mention]:
        """Person mentions ending before a position, most recent first."""
        return [m for m in reversed(self.mentions) if m.kind == "person" and m.end <= position]

    def ordered(self) -> list[Actor]:
        return sorted(self.actors.values(), key=lambda a: a.mentions[0] if a.mentions else [0, 0])


# ---------------------------------------------------------------- entity spans

def _trim_entity(span: Span) -> Span | None:
    """An entity without leading articles/titles and trailing punctuation, or None if empty."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].pos_ in ("DET", "ADP", "PUNCT") or doc[start].lower_ in ("l'", "d'", "l’", "d’")):
        start += 1
    while end > start and doc[end - 1].pos_ == "PUNCT" and doc[end - 1].text not in (".",):
        end -= 1
    return doc[start:end] if end > start else None


def _title_gender(doc: Doc, start: int) -> tuple[int, str | None, bool]:
    """Skip a civility title before a name: (new start, gender, had title)."""
    if start < len(doc) and doc[start].lower_.rstrip(".") in {t.rstrip(".") for t in TITLES}:
        return start + 1, TITLES.get(doc[start].lower_, TITLES.get(doc[start].lower_.rstrip("."))), True
    if start > 0 and doc[start - 1].lower_.rstrip(".") in {t.rstrip(".") for t in TITLES}:
        return start, TITLES.get(doc[start - 1].lower_, TITLES.get(doc[start - 1].lower_.rstrip("."))), True
    return start, None, False


def _is_place_use(doc: Doc, start: int) -> bool:
    """A capital or seat preceded by a place preposition ("à Moscou") names a place, not a government."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and doc[i].lower_ in PLACE_PREPOSITIONS


# ---------------------------------------------------------------- persons

def _role_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """A role written before a name in the same noun phrase ("le président russe Vladimir Poutine")."""
    roles = role_nouns()
    i = start - 1
    tokens = []
    while i >= 0 and doc[i].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN") and not doc[i].ent_type_ == "PER":
        if doc[i].pos_ == "DET" and doc[i].lower_ not in ("l'", "l’", "la", "le", "les"):
            break
        tokens.append(doc[i])
        if doc[i].pos_ == "DET":
            break
        i -= 1
        if len(tokens) > 8:
            return None, -1
    tokens.reverse()
    while tokens and tokens[0].pos_ in ("DET", "ADP"):
        tokens.pop(0)
    if not tokens or tokens[0].lemma_.lower() not in roles and tokens[0].lower_ not in roles:
        return None, -1
    return doc[tokens[0].i:tokens[-1].i + 1].text, tokens[0].i


def _gender_of(doc: Doc, i: int) -> str | None:
    """Grammatical gender of a role noun, from its article or its own morphology."""
    if i < 0:
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


def _role_after(doc: Doc, end: int) -> tuple[str | None, int]:
    """A role in apposition after a name: "Bahram Ghassemi, porte-parole du ministère …,"."""
    roles = role_nouns()
    if end >= len(doc) or doc[end].text != ",":
        return None, -1
    i = end + 1
    if i < len(doc) and doc[i].pos_ == "DET" and doc[i].lower_ in ("le", "la", "l'", "l’", "un", "une"):
        i += 1
    if i >= len(doc):
        return None, -1
    first = doc[i]
    two = f"{first.lower_} {doc[i + 1].lower_}" if i + 1 < len(doc) else ""
    if first.lemma_.lower() not in roles and first.lower_ not in roles and two not in roles:
        return None, -1
    j = i
    sent_end = first.sent.end
    while j < sent_end and doc[j].text not in (",", ".", ";", ":", "(", ")", "«", "»", '"') and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    if j - i > 25:
        return None, -1
    return doc[i:j].text, i


def _role_before_comma(doc: Doc, start: int) -> tuple[str | None, int]:
    """A role in apposition before a name: "Le ministre de l'Intérieur, Manuel Valls,"."""
    if start < 2 or doc[start - 1].text != ",":
        return None, -1
    roles = role_nouns()
    i = start - 2
    while i >= 0 and doc[i].pos_ in ("NOUN", "ADJ", "ADP", "DET", "PROPN") and not doc[i].is_sent_start:
        i -= 1
    i = max(i, 0)
    if doc[i].pos_ not in ("NOUN", "ADJ", "ADP", "DET", "PROPN"):
        i += 1
    # the role must open its clause ("Le ministre de l'Intérieur, Manuel Valls"), not be the
    # object of a verb ("En invitant son homologue nord-coréen, Vladimir Poutine")
    if i > 0 and not doc[i].is_sent_start and doc[i - 1].pos_ not in ("PUNCT",):
        return None, -1
    if doc[i].pos_ == "DET" and doc[i].lower_ not in ("le", "la", "l'", "l’", "les"):
        return None, -1
    while i < start - 1 and doc[i].pos_ in ("DET", "ADP"):
        i += 1
    if i >= start - 1 or (doc[i].lemma_.lower() not in roles and doc[i].lower_ not in roles):
        return None, -1
    return doc[i:start - 1].text, i


def _country_in(text: str, gaz: Gazetteer) -> str | None:
    """The country a role names, through a demonym ("président russe") or a name ("de France")."""
    for word in re.findall(r"[\w\-]+", text):
        iso = gaz.demonym(word)
        if iso:
            return iso
    for match in re.finditer(r"(?:de|du|d'|d’|des)\s*((?:l'|l’|la |le )?[A-ZÉÈ][\w\-]*(?:\s(?:du|de|des)\s[A-ZÉ][\w\-]*)?)", text):
        entry = gaz.country(match.group(1))
        if entry is not None:
            return entry.iso3
    return None


def _add_persons(doc: Doc, index: ActorIndex, gaz: Gazetteer, year: int | None, spans: list[Span]) -> None:
    clusters: list[dict] = []  # {"tokens": [...], "name": str, "mentions": [(s,e,text)], ...}
    for span in spans:
        start, gender, titled = _title_gender(doc, span.start)
        end = span.end
        if start >= end:
            continue
        words = [t.text for t in doc[start:end] if NAME_WORD.match(t.text)]
        if not words:
            continue
        folded = tuple(fold_same_length(w) for w in words)
        target = None
        for cluster in reversed(clusters):
            if set(folded) <= set(cluster["tokens"]) or set(cluster["tokens"]) <= set(folded):
                target = cluster
                break
        if target is None:
            target = {"tokens": folded, "name": doc[start:end].text, "mentions": [], "gender": None,
                      "role": None, "country": None, "first_token": start}
            clusters.append(target)
        elif len(folded) > len(target["tokens"]):
            target["tokens"], target["name"] = folded, doc[start:end].text
        target["mentions"].append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start:end].text))
        target["gender"] = target["gender"] or gender
        role, role_start = _role_before(doc, span.start if not titled else start - 1 if doc[start - 1].lower_.rstrip('.') in {t.rstrip('.') for t in TITLES} else start)
        if not role:
            role, role_start = _role_after(doc, end)
        if not role:
            role, role_start = _role_before_comma(doc, span.start)
        if role and not target["role"]:
            target["role"] = role
        if role and target["gender"] is None:
            target["gender"] = _gender_of(doc, role_start)
    for cluster in clusters:
        name = cluster["name"]
        entry = gaz.person(name, year)
        if entry is None and len(cluster["tokens"]) == 1:
            candidates = gaz.persons_by_surname(name) if hasattr(gaz, "persons_by_surname") else []
            entry = candidates[0] if len(candidates) == 1 else None
        actor_id = entry.id if entry is not None else f"person:{slugify(name)}"
        full = name if entry is None or len(name.split()) > 1 else entry.name
        role = cluster["role"]
        country = _country_in(role, gaz) if role else None
        if country is None and entry is not None:
            country = entry.country or None
        actor = Actor(id=actor_id, name=full, kind="person", country=country, role=role)
        for s, e, text in cluster["mentions"]:
            index.add(actor, s, e, text)
        index.gender[actor_id] = cluster["gender"]
        index.name_tokens[actor_id] = cluster["tokens"]


# ---------------------------------------------------------------- countries, organisations, media

def _add_named(doc: Doc, index: ActorIndex, gaz: Gazetteer, spans: list[Span]) -> None:
    for span in spans:
        text = span.text
        s, e = span.start_char, span.end_char
        country = gaz.country(text)
        if country is not None:
            kind_of_match = getattr(country, "match", "name")
            as_place = kind_of_match in ("capital",) and _is_place_use(doc, span.start)
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
    """Demonyms that stand for a state: "les autorités russes", "l'occupation chinoise", "anti-américaine"."""
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
        entry = gaz.country(iso)
        name = entry.name_fr if entry is not None else iso
        index.add(Actor(id=f"country:{iso}", name=name, kind="country", country=iso),
                  token.idx, token.idx + len(token.text), token.text)


def _scan_gazetteer(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> list[Span]:
    """Country names, capitals, seats and organisation names the NER missed."""
    spans = []
    covered = [(m.start, m.end) for m in index.mentions] + \
        [(e.start_char, e.end_char) for e in doc.ents if len(e) > 1 and gaz.country(e.text) is None]
    pattern = gaz_pattern(gaz)
    folded = fold_same_length(doc.text)
    for match in pattern.finditer(folded):
        s, e = match.start(1), match.end(1)
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


# ---------------------------------------------------------------- entry point

def build_actor_index(doc: Doc, gaz: Gazetteer | None = None) -> ActorIndex:
    gaz = gaz or load_gazetteer()
    year = int(doc._.published[:4]) if doc._.published else None
    index = ActorIndex()
    persons, named = [], []
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
            # "Russie-Corée du Nord": two countries joined by a hyphen
            parts = _split_compound(span, gaz)
            if parts is None and _looks_like_person(doc, span, gaz):
                persons.append(span)  # "Timor Goksel, aujourd'hui professeur …" tagged LOC
            else:
                named.extend(parts or [span])
    _add_persons(doc, index, gaz, year, persons + _titled_names(doc, persons))
    _add_repeated_names(doc, index)
    _add_named(doc, index, gaz, named)
    _add_named(doc, index, gaz, _scan_gazetteer(doc, index, gaz))
    _add_demonyms(doc, index, gaz)
    index.finish()
    return index


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
                index.add(actor, s, e, form)
                taken.append((s, e))


def _looks_like_person(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A name the NER did not call a person, but that a role apposition says is one."""
    words = [t for t in span if NAME_WORD.match(t.text)]
    if len(words) < 2 or len(words) != len(span) or gaz.country(span.text) is not None or \
            gaz.organization(span.text) is not None or gaz.media(span.text) is not None:
        return False
    return bool(_role_after(doc, span.end)[0] or _role_before_comma(doc, span.start)[0] or
                _role_before(doc, span.start)[0])


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
