"""Person actors of an article: which spans name a person, clustered into one actor each.

The rule layer corrects the NER: a role or title glued to a name ("général Pinochet"), a name
after "le gouvernement", an organisation glued to a name, a name with a role apposition tagged
as a place; it adds names after a civility title and every later occurrence of a name or surname.
A cluster joins a full name, its surname and title + surname; its role is the best description
of any of its mentions.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer, PersonEntry
from ..textfold import fold, slugify
from .actor_index import ActorIndex, FoundActor
from .actor_lexicon import ActorLexicon, actor_lexicon
from .context import pack_of
from .role_owners import owned_role
from .shared_roles import shared_role
from .roles import RoleFound, gender_of, role_after, role_before, role_before_comma, role_len, roles_of_mention
from .textutil import entities_of, fold_same_length, lower_forms, text_of, whole_word_spans

# A word of a name: capitalised, in any Latin script ("Poutine", "Ould", "al-Assad", "J.").
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-.]*$")


def trim_entity(span: Span, gaz: Gazetteer) -> Span | None:
    """An entity without leading articles/titles and trailing punctuation, or None if empty.

    A person's capitalised name particle (the gazetteer's name parts) stays: "De Gaulle", "Le Pen".
    """
    start, end = span.start, span.end
    doc = span.doc
    person = span.label_ == "PER"
    elided = actor_lexicon(pack_of(doc)).elided
    particles = gaz.name_parts.particles
    while start < end and (doc[start].pos_ in ("DET", "ADP", "PUNCT") or doc[start].lower_ in elided):
        token = doc[start]
        if person and token.text[:1].isupper() and token.lower_ in particles and start + 1 < end:
            break
        start += 1
    # a demonym in lower case the recogniser ran into the name after it ("le journal kényan Daily
    # Nation"): it describes the named thing, and no name opens with one
    while start + 1 < end and doc[start].text.islower() and doc[start + 1].text[:1].isupper() and \
            gaz.demonym(doc[start].text) is not None:
        start += 1
    while end > start and doc[end - 1].pos_ == "PUNCT" and doc[end - 1].text not in (".",):
        end -= 1
    return doc[start:end] if end > start else None


def _title_gender(doc: Doc, start: int, lex: ActorLexicon) -> tuple[int, str | None, bool]:
    """Skip a civility title before a name: (new start, gender, had title)."""
    titles = lex.titles
    if start < len(doc) and doc[start].lower_.rstrip(".") in lex.title_keys:
        return start + 1, titles.get(doc[start].lower_, titles.get(doc[start].lower_.rstrip("."))), True
    if start > 0 and doc[start - 1].lower_.rstrip(".") in lex.title_keys:
        return start, titles.get(doc[start - 1].lower_, titles.get(doc[start - 1].lower_.rstrip("."))), True
    return start, None, False


def _name_bounds(doc: Doc, start: int, end: int, gaz: Gazetteer, lex: ActorLexicon) -> int:
    """Start of the name proper in a PER span: without a role or title the NER glued to it
    ("général Pinochet", "ayatollah Ali Khamenei") or an organisation before it ("WikiLeaks Julian Assange")."""
    while end - start > 1:
        token = doc[start]
        if token.lower_ in gaz.name_parts.particles and start > 0 and \
                doc[start - 1].lower_.rstrip(".") in lex.title_keys and NAME_WORD.match(doc[end - 1].text):
            break  # "Mme von der Leyen", "M. de Villepin": after a civility title the particle opens the surname
        if role_len(doc, start) and doc[start + 1].lower_ in lex.of:
            return end  # "président de la République": a description, no name
        if not NAME_WORD.match(token.text) or \
                (role_len(doc, start) == 1 and NAME_WORD.match(doc[start + 1].text) and
                 token.lower_ not in gaz.name_parts.particles and not _given_name_not_title(doc, start, gaz)):
            start += 1
            continue
        if end - start > 2 and (gaz.organization(token.text) is not None or gaz.media(token.text) is not None):
            start += 1
            continue
        break
    return start


def _given_name_not_title(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """Is the capitalised role word at i a first name ("Pape Sagna Mbaye", "Cheikh Tidiane
    Gadio")? It is when the data lists it as a given name, no article makes it a title ("le Pape
    X") and no first name follows it, which a title would precede ("Pape François", "Cheikh Mohammed")."""
    parts = gaz.name_parts
    given = parts.male_given | parts.female_given
    if fold(doc[i].text) not in given or i + 1 >= len(doc) or fold(doc[i + 1].text.split("-")[0]) in given:
        return False
    before = doc[i - 1] if i > 0 else None
    return before is None or before.pos_ not in ("DET", "ADP") and \
        before.lower_ not in actor_lexicon(pack_of(doc)).contractions


@dataclass(slots=True)
class _Cluster:
    tokens: tuple[str, ...]
    name: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    gender: str | None = None  # from a civility title ("Mme")
    role_gender: str | None = None  # from the article or morphology of a role noun ("la ministre")
    role: RoleFound | None = None


def _units(words: tuple[str, ...]) -> list[str]:
    """The parts of a folded name, hyphenated words and initials split ("j-m." -> "j", "m")."""
    return [part for word in words for part in word.replace(".", "").split("-") if part]


def _is_initial(unit: str) -> bool:
    return len(unit) == 1


@lru_cache(maxsize=65536)
def _same_name(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """The shorter form's parts all match parts of the longer one, an initial matching a spelt-out
    word: "Obama" and "B. Obama" are "Barack Obama", "J-M Ayrault" is "Jean-Marc Ayrault".
    (Cached: each name of an article is compared with every earlier one.)"""
    if set(words) <= set(other) or set(other) <= set(words):
        return True
    short, full = sorted((_units(words), _units(other)), key=_fullness)
    if not short or not full or _is_initial(short[-1]) or short[-1] != full[-1]:
        return False  # the surname is spelt out, and the same
    left = full[:-1]
    for unit in short[:-1]:
        match = next((f for f in left if f == unit or (_is_initial(unit) and f[:1] == unit)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _fullness(words) -> tuple[int, int]:
    """How full a form of a name is: spelt-out parts first ("Barack Obama" over "B. Obama"), then parts."""
    units = _units(tuple(words))
    return sum(not _is_initial(u) for u in units), len(units)


def _better(new: RoleFound, old: RoleFound | None) -> bool:
    if old is None:
        return True
    return (new.quality, len(new.text.split())) > (old.quality, len(old.text.split()))


def _cluster_persons(doc: Doc, gaz: Gazetteer, spans: list[Span]) -> list[_Cluster]:
    lex = actor_lexicon(pack_of(doc))
    orgs = {}
    for ent in entities_of(doc):
        trimmed = trim_entity(ent, gaz) if ent.label_ in ("ORG", "MISC") else None
        if trimmed is not None:  # the label kept: an office is an ORG's, not a MISC event's
            orgs[trimmed.start] = Span(doc, trimmed.start, trimmed.end, label=ent.label_)
    clusters: list[_Cluster] = []
    for span in spans:
        start, gender, titled = _title_gender(doc, span.start, lex)
        end = span.end
        start = _name_bounds(doc, start, end, gaz, lex)
        if start >= end:
            continue
        words = [t.text for t in doc[start:end] if NAME_WORD.match(t.text)]
        if not words:
            continue
        folded = tuple(fold_same_length(w) for w in words)
        target = None
        for cluster in reversed(clusters):
            if _same_name(folded, cluster.tokens):
                target = cluster
                break
        if target is None:
            target = _Cluster(folded, doc[start:end].text)
            clusters.append(target)
        elif _fullness(folded) > _fullness(target.tokens):
            target.tokens, target.name = folded, doc[start:end].text
        target.mentions.append((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), doc[start:end].text))
        target.gender = target.gender or gender
        anchor = start - 1 if titled and start > 0 and doc[start - 1].lower_.rstrip(".") in lex.title_keys else start
        role = roles_of_mention(doc, anchor, end, orgs, span.start) or shared_role(doc, anchor, end)
        if role is not None:
            role = owned_role(doc, role, target, clusters, orgs)
        if role is not None and _better(role, target.role):
            target.role = role
            if target.role_gender is None:
                target.role_gender = gender_of(doc, role.start)
    return clusters


def given_gender(tokens: tuple[str, ...], gaz: Gazetteer) -> str | None:
    """The gender a first name tells (data/given_names.tsv), read on a name of two words or more (a
    lone "Martin" is a surname) by the first piece of its first word ("Jean-Marie")."""
    if len(tokens) < 2:
        return None
    first = fold(tokens[0].split("-")[0])
    parts = gaz.name_parts
    return "m" if first in parts.male_given else "f" if first in parts.female_given else None


def add_persons(doc: Doc, index: ActorIndex, gaz: Gazetteer, year: int | None,
                 spans: list[Span]) -> dict[str, tuple[PersonEntry | None, RoleFound | None]]:
    """Person actors with their roles; returns {actor id: (gazetteer entry, role)} for the country pass."""
    entries = {}
    for cluster in _cluster_persons(doc, gaz, spans):
        name = _clean_name(cluster.name, gaz)
        entry = gaz.person(name, year)
        if entry is None and len(cluster.tokens) == 1 and cluster.role is not None:
            # "le pape François": the gazetteer knows the one-name holder by title and name
            entry = next(filter(None, (gaz.person(f"{w} {name}", year) for w in cluster.role.text.split()[:3])), None)
        if entry is None and len(cluster.tokens) == 1:
            candidates = gaz.persons_by_surname(name, year) or gaz.persons_by_surname(name)
            entry = candidates[0] if len(candidates) == 1 else None
        if entry is None and len(name.split()) >= 2:
            entry = _fuller_name_of(name, gaz, year)
        actor_id = entry.id if entry is not None else f"person:{slugify(name)}"
        role = cluster.role.text if cluster.role else None
        # the fullest form the article writes (GUIDELINES §4), not the gazetteer's
        actor = FoundActor(id=actor_id, name=name, kind="person", role=role)
        for s, e, text in cluster.mentions:
            index.add(actor, s, e, text)
        # a title tells the gender, then a first name, then a role noun (a masculine "le ministre"
        # may stand for a woman; "Sophie" may not stand for a man)
        index.gender[actor_id] = cluster.gender or given_gender(cluster.tokens, gaz) or cluster.role_gender
        index.description_gender[actor_id] = cluster.gender or cluster.role_gender
        entries[actor_id] = (entry, cluster.role)
    return entries


def _fuller_name_of(name: str, gaz: Gazetteer, year: int | None) -> PersonEntry | None:
    """The one known person an official's fuller name writes ("Félix-Antoine Tshisekedi Tshilombo"
    for "Félix Tshisekedi", "Yoweri Kaguta Museveni" for "Yoweri Museveni"): one whose surname is a
    later word of the name and whose first name is its first word, or the first part of a
    hyphenated one; none when two fit (a father and son of one first name)."""
    words = name.split()
    given = {fold(words[0]), fold(words[0].split("-")[0])}
    found: dict[str, PersonEntry] = {}
    for word in words[1:]:
        for person in gaz.persons_by_surname(word, year) or gaz.persons_by_surname(word):
            if fold(person.name.split()[0]) in given:
                found[person.id] = person
    if len(found) != 1:
        return None
    person = next(iter(found.values()))
    return gaz.person(person.name, year) or person


def _clean_name(name: str, gaz: Gazetteer) -> str:
    """A name without the invisible format characters scraped text carries (bidi marks, zero-width
    spaces) and without a sentence's full stop glued to its last word ("Wales\u200f." -> "Wales")."""
    name = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")
    last = name.split()[-1] if name.split() else ""
    if last.endswith(".") and len(last) > 3 and last not in gaz.name_parts.suffixes:
        name = name[:-1]
    return name


def add_repeated_names(doc: Doc, index: ActorIndex, listed: list[tuple[int, int]] = ()) -> None:
    """Every other occurrence of a person's name or surname, which the NER often misses, but for
    those inside the `listed` spans: names the gazetteer gives to a medium or an organisation,
    which the index reads after the persons ("Bloomberg" of "Bloomberg View" after "Michael
    Bloomberg" is the medium's word)."""
    text = text_of(doc)
    taken = [(m.start, m.end) for m in index.mentions] + list(listed)
    # a surname that is also a month or a time word ("May": "talks resume in May") is the date as
    # often as the person: never linked alone
    calendar = {w.lower() for w in actor_lexicon(pack_of(doc)).time_nouns}
    for actor in [a for a in index.actors.values() if a.kind == "person"]:
        forms = {text[s:e] for s, e in actor.mentions if " " in text[s:e]}
        surname = actor.name.split()[-1]
        if len(actor.name.split()) > 1 and len(surname) >= 3 and surname[:1].isupper() and \
                surname.lower() not in calendar:
            forms.add(surname)
        for form in sorted(forms, key=len, reverse=True):
            for s, e in whole_word_spans(text, form, "-"):
                if any(ts < e and s < te for ts, te in taken):
                    continue
                if form == surname and _other_first_name(doc, s, actor):
                    continue  # "Souha Arafat" after "Yasser Arafat": another person
                index.add(actor, s, e, form)
                taken.append((s, e))


def _other_first_name(doc: Doc, start: int, actor: FoundActor) -> bool:
    """A capitalised word before a surname that is not this person's first name or initial."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if not NAME_WORD.match(prev.text) or prev.is_sent_start or \
            prev.lower_.rstrip(".") in actor_lexicon(pack_of(doc)).title_keys or \
            role_len(doc, prev.i) or prev.pos_ not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    own = [fold_same_length(w) for w in actor.name.split()]
    word = fold_same_length(prev.text.rstrip("."))
    return word not in own and not (len(word) == 1 and any(w.startswith(word) for w in own))


def looks_like_person(doc: Doc, span: Span, gaz: Gazetteer) -> bool:
    """A name the NER did not call a person, but that a role apposition says is one (with its
    lower-case particles: "Staffan de Mistura", "Bachar al-Jaafari")."""
    particles = gaz.name_parts.particles
    # (the tokenizer may split a glued particle: "al", "-", "Jaafari")
    words = [t for t in span if NAME_WORD.match(t.text) or t.lower_ in particles or t.text == "-" or
             _particle_glued(t.text, particles)]
    if len(span) < 2 or len(words) != len(span) or not NAME_WORD.match(span[0].text) or \
            not NAME_WORD.match(span[-1].text) and not _particle_glued(span[-1].text, particles) or \
            gaz.country(span.text) is not None or \
            gaz.organization(span.text) is not None or gaz.media(span.text) is not None:
        return False
    if role_before_comma(doc, span.start, span.end):
        return True
    if any(not NAME_WORD.match(t.text) for t in span):
        return False  # a role after a name with a particle may describe a place ("au Palais des Nations, le …")
    if role_after(doc, span.end):
        return True
    before = role_before(doc, span.start)
    return before is not None and before.quality >= 2


def _particle_glued(word: str, particles) -> bool:
    """A particle glued by a hyphen to the capitalised name it opens ("al-Jaafari", "el-Sissi")."""
    head, _, rest = word.partition("-")
    return head in particles and bool(NAME_WORD.match(rest))


def known_person(span: Span, gaz: Gazetteer) -> Span | None:
    """A span the NER calls a place or an organisation that names a person the gazetteer knows,
    after any role words before it: "Bachar al-Assad" (LOC), "Premier ministre Haider al-Abadi" (MISC)."""
    doc, start = span.doc, span.start
    while start < span.end and (doc[start].pos_ == "DET" or role_len(doc, start)):
        start += max(role_len(doc, start), 1)
    rest = doc[start:span.end]
    if len(rest) < 2 or not NAME_WORD.match(rest[0].text) or not NAME_WORD.match(rest[-1].text.split("-")[-1]):
        return None
    if gaz.person(rest.text) is None or gaz.country(rest.text) is not None or gaz.organization(rest.text) is not None \
            or gaz.media(rest.text) is not None:
        return None
    return rest


def led_by_person(span: Span, gaz: Gazetteer) -> Span | None:
    """"le gouvernement Papadimos", "l'administration Obama": the name after the noun is a person."""
    first = span[0]
    if first.pos_ == "DET" and len(span) > 1:
        first = span[1]
    rest = span[first.i - span.start + 1:]
    if first.lemma_.lower() not in actor_lexicon(pack_of(span.doc)).leader_nouns or not len(rest) or \
            not all(NAME_WORD.match(t.text) for t in rest):
        return None
    if gaz.country(rest.text) is not None or gaz.organization(rest.text) is not None:
        return None
    return rest


def glued_person(span: Span, gaz: Gazetteer, person_names: set[str]) -> tuple[Span, Span] | None:
    """A known organisation glued to a person's name the article gives elsewhere."""
    for k in (1, 2):
        head, rest = span[:k], span[k:]
        if len(rest) < 2 or not all(NAME_WORD.match(t.text) for t in rest):
            continue
        if (gaz.organization(head.text) or gaz.media(head.text)) and \
                (fold_same_length(rest.text) in person_names or gaz.person(rest.text) is not None):
            return head, rest
    return None


def complement_person(span: Span, gaz: Gazetteer, person_names: set[str]) -> tuple[Span, Span] | None:
    """A role's capitalised complement glued to the name after it ("le ministre de l'Economie Pier
    Carlo Padoan", "la présidente de la Commission Ursula von der Leyen" tagged ORG whole): the
    complement closes the role written before it, the name is its holder's. Said only when a role
    stands before the name and the name is a person's: known, tagged a person elsewhere in the
    article, or opening with a given name (not "la Banque Centrale Européenne")."""
    doc = span.doc
    particles = gaz.name_parts.particles
    given = gaz.name_parts.male_given | gaz.name_parts.female_given
    if span.start == 0 or doc[span.start - 1].pos_ not in ("ADP", "DET"):
        return None  # the complement follows its preposition ("de l'", "des")
    for k in (1, 2):
        head, rest = span[:k], span[k:]
        if len(rest) < 2 or not all(NAME_WORD.match(t.text) for t in head) or \
                not NAME_WORD.match(rest[0].text) or not NAME_WORD.match(rest[-1].text) or \
                not all(NAME_WORD.match(t.text) or t.lower_ in particles for t in rest):
            continue
        if gaz.country(rest.text) is not None or gaz.organization(rest.text) is not None or \
                gaz.media(rest.text) is not None:
            continue
        if not (fold_same_length(rest.text) in person_names or gaz.person(rest.text) is not None or
                fold(rest[0].text) in given):
            continue
        if role_before(doc, rest.start, own_start=rest.start) is not None:
            return head, rest
    return None


def join_particle_names(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Two names the NER cut at a lower-case particle are one: "Marc Ladreit" + "de" + "Lacharrière"."""
    spans = sorted(spans, key=lambda span: span.start)
    particles = gaz.name_parts.particles
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if last is not None and span.start == last.end + 1 and doc[last.end].text in particles and \
                NAME_WORD.match(span[0].text):
            joined[-1] = Span(doc, last.start, span.end, label="PER")
        else:
            joined.append(span)
    return joined


def titled_names(doc: Doc, persons: list[Span]) -> list[Span]:
    """Names after a civility title that the NER missed ("M. Assadi", "Mme Merkel")."""
    titles = actor_lexicon(pack_of(doc)).titles
    taken = {t.i for span in persons for t in span}
    found = []
    forms = lower_forms(doc)  # (a title is a rare word: no Token is built for the others)
    for token in (doc[i] for i in range(len(doc) - 1) if forms[i] in titles):
        if token.i + 1 not in taken and NAME_WORD.match(doc[token.i + 1].text):
            end = token.i + 2
            while end < len(doc) and NAME_WORD.match(doc[end].text) and doc[end].pos_ == "PROPN":
                end += 1
            found.append(doc[token.i + 1:end])
    return found
