"""A person's country, affiliation and described role, read once every mention is in the index.

The country comes from a demonym, a country name or a seat of government ("porte-parole du
Kremlin") in the role, then the country of an
organisation named in it, then the gazetteer's entry for the article's year, and last the
article's dominant country for a person whose function the article gives. The affiliation is
the organisation or medium the role names; a description away from any name ("le leader
nord-coréen") is the role of the one person of that country.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from ..gazetteer import Gazetteer, PersonEntry
from ..gazetteer_data import world_media
from ..lang import LanguagePack
from .actor_index import ActorIndex
from .actor_lexicon import actor_lexicon
from .context import pack_of
from .counterparts import counterpart_owner
from .paragraphs import paragraph_of
from .roles import RoleFound, in_role, is_plural
from .speaker_words import SpeakerWords, content_words, head_word, speaker_words
from .textutil import fold_same_length, text_of, tokens_tagged


def role_country(text: str, gaz: Gazetteer, pack: LanguagePack) -> str | None:
    """The country a role names, through a demonym ("président russe") or a name ("ambassadeur de
    France"), before any place complement ("… en Afghanistan", "… à l'université de Beyrouth")
    unless that complement is one of a state's own bodies ("… au ministère cubain des Affaires
    étrangères", "… à l'ambassade de France")."""
    for part in text.split(", "):
        pieces = pack.pattern("role_place_cut").split(part)
        bodies = [_without_article(p, pack) for p in pieces[1:] if _names_state_body(p, pack)]
        for piece in [pieces[0]] + bodies:
            iso = _country_named_in(piece, gaz, pack)
            if iso:
                return iso
    return None


def _without_article(piece: str, pack: LanguagePack) -> str:
    """A role's complement without its definite article (the pack's determiners.tsv):
    "l'ambassade de France" -> "ambassade de France"."""
    piece = piece.strip()
    lowered = piece.lower()
    for form in actor_lexicon(pack).definite:
        if lowered.startswith(form if form.endswith(("'", "’")) else form + " "):
            return piece[len(form):].lstrip()
    return piece


def _names_state_body(complement: str, pack: LanguagePack) -> bool:
    """Does a role's place complement name one of a state's own bodies ("au ministère cubain…",
    "à l'ambassade de France"; role_state_bodies.txt)? Its state is the one the person serves."""
    words = re.findall(r"[\w\-]+", _without_article(complement, pack).lower())
    return bool(words) and words[0] in pack.words("role_state_bodies")


def _country_named_in(piece: str, gaz: Gazetteer, pack: LanguagePack) -> str | None:
    """The state a piece of a role names by a demonym or "de <name>", not a subject of study,
    nor a demonym inside an organisation's name ("secrétaire général de l'Organisation des Etats
    américains" serves a body of many states, not the United States)."""
    words = re.findall(r"[\w\-]+", piece)
    demonyms = [(k, iso) for k, word in enumerate(words) if (iso := gaz.demonym(word))]
    if demonyms:
        # the organisation names are looked up only when a demonym could be inside one
        named = _organization_words(words, gaz)
        for k, iso in demonyms:
            if k not in named:
                return iso
    for match in pack.pattern("role_country_of").finditer(piece):
        if match.group("noun").lower() in actor_lexicon(pack).expertise:
            continue  # "spécialiste de la Syrie"
        entry = gaz.country(match.group("name"))
        if entry is not None and entry.match in ("name", "code"):
            return entry.iso3
    return None


ORG_NAME_WORDS = 8  # the longest organisation name looked up in a role, in words


def _organization_words(words: list[str], gaz: Gazetteer) -> set[int]:
    """Positions of the words of a role that form the name of an organisation of no state the
    gazetteer lists (an international body), from a capitalised word on."""
    inside: set[int] = set()
    for i, first in enumerate(words):
        if not first[:1].isupper():
            continue
        for j in range(min(len(words), i + ORG_NAME_WORDS), i + 1, -1):
            entry = gaz.organization(" ".join(words[i:j]))
            if entry is not None:
                if entry.country is None:
                    inside.update(range(i, j))
                break
    return inside


def role_place_country(text: str, gaz: Gazetteer, pack: LanguagePack) -> str | None:
    """The state of a city or region a role holds its office of ("maire de Calais", "gouverneur du
    Nord-Kivu", "vice-président du Parlement d'Erevan"): a place lies in one state. Not a capital
    that is also the seat of a body ("représentant de Bruxelles"), nor a subject of study. Read for
    the person's own state only: such a role does not mark a foreigner as a demonym does
    (found.faces_marked_foreigner reads role_country)."""
    expertise = actor_lexicon(pack).expertise
    for part in text.split(", "):
        part = pack.pattern("role_place_cut").split(part, maxsplit=1)[0]
        for match in pack.pattern("role_country_of").finditer(part):
            name = match.group("name")
            if match.group("noun").lower() in expertise or gaz.organization(name) is not None:
                continue
            entry = gaz.country(name)
            if entry is not None and entry.match == "capital":
                return entry.iso3
            place = gaz.place(name) if entry is None else None
            if place is not None:
                return place.iso3
    return None


def dominant_country(index: ActorIndex) -> str | None:
    """The state an article is about: the only one it names (twice or more), or one named at
    least three times and twice as often as any other."""
    counts = Counter(m.actor_id for m in index.mentions if m.kind == "country")
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and (ranked[0][1] < 3 or ranked[0][1] < 2 * ranked[1][1]):
        return None
    return index.actors[ranked[0][0]].country


def assign_person_countries(doc: Doc, index: ActorIndex, gaz: Gazetteer,
                             entries: dict[str, tuple[PersonEntry | None, RoleFound | None]]) -> None:
    """Country of each person: role text, then an organisation in the role, then the gazetteer
    (for the article's year), then the article's dominant state for a person with a function whom
    the gazetteer does not know (it knows officials of international bodies as stateless)."""
    dominant = headline_country(doc, index) or dominant_country(index)
    pack = pack_of(doc)
    no_fallback = actor_lexicon(pack).no_fallback
    pending = []
    for actor_id, (entry, role) in entries.items():
        actor = index.actors[actor_id]
        country, international = None, False
        if role is not None:
            country = role_country(role.text, gaz, pack)
            if country is None:
                country, international = _country_of_bodies(doc, index, gaz, role)
            if country is None and not international:
                country = role_place_country(role.text, gaz, pack)
        if country is None and entry is not None:
            country = entry.country or None
        if country is None and role is not None:
            pending.append((actor, role))
        if country is None and entry is None and role is not None and not international:
            # "À Niamey, le porte-parole de la junte, X, a …": the sentence's scene, not the article's state
            # an expert of a stateless role ("chercheuse au Middle East Institute") speaks to any
            # outlet that asks: the outlet's state is no evidence of theirs
            stateless = bool(_role_words(role.text) & no_fallback)
            country = (_scene_country(doc, index, actor.mentions[0][0]) or
                       (None if stateless else _medium_country(doc, index, gaz, actor.mentions[0][0]))) \
                if actor.mentions else None
            actor.country_guessed = country is not None
        if country is None and entry is None and role is not None and not international and dominant and \
                not _role_words(role.text) & no_fallback:
            country = dominant
            actor.country_guessed = True
        actor.country = country
        if country is None and entry is None and role is None and dominant:
            # a person named without a function: most likely of the state the article is about,
            # but only a presumption: as `country` it made events map such persons to that
            # state and cost event precision on the check part (0.846 -> 0.786)
            actor.presumed_country = dominant
    for actor, role in pending:
        # "X, conseiller de Pierre Nkurunziza": one serves the state of the person one works for
        # (read once every person's own role has given theirs), before any guess from the scene
        # or the article's state
        served = _country_of_persons(doc, index, role, actor.id)
        if served is not None:
            actor.country, actor.country_guessed = served, False
    _free_counterparts(index, gaz, pack, {a for a, (entry, _) in entries.items() if entry and entry.country})


def _free_counterparts(index: ActorIndex, gaz: Gazetteer, pack: LanguagePack, listed: set[str]) -> None:
    """A counterpart ("son homologue X", "X, homologue de Y") serves another state than the person
    whose counterpart they are: the state of that person (through the role naming them, the
    sentence's scene, the article's state) is never theirs unless their own role or the gazetteer
    (`listed`: ids it gives a state) names it (provincial counterparts share a state)."""
    words = speaker_words(pack)
    for actor in index.actors.values():
        if actor.kind != "person" or not actor.country or actor.id in listed:
            continue
        owner = counterpart_owner(index, actor, words)
        if owner is not None and owner.country == actor.country and \
                role_country(actor.role.replace(owner.name, ""), gaz, pack) is None:
            actor.country, actor.country_guessed = None, False


def headline_country(doc: Doc, index: ActorIndex) -> str | None:
    """The state a headline is filed under ("Pologne : le Premier ministre accueille …"): a
    country that is the whole part of the first paragraph before its colon. It says which state
    the article is about better than counting mentions, where the foreign side may be named more."""
    paragraphs = doc._.paragraphs or []
    if not paragraphs:
        return None
    text = text_of(doc)
    p_start, p_end = paragraphs[0]
    colon = text.find(":", p_start, p_end)
    if colon < 0:
        return None
    for mention in index.mentions:
        if mention.kind == "country" and p_start <= mention.start and mention.end <= colon and \
                not text[p_start:mention.start].strip() and not text[mention.end:colon].strip():
            return index.actors[mention.actor_id].country
    return None


def _country_of_persons(doc: Doc, index: ActorIndex, role: RoleFound, own: str) -> str | None:
    """The country of a person a role names ("porte-parole de Pierre Nkurunziza")."""
    if role.start >= len(doc):
        return None
    last = doc[min(role.end, len(doc)) - 1]
    s, e = doc[role.start].idx, last.idx + len(last.text)
    for mention in index.mentions:
        if s <= mention.start and mention.end <= e and mention.kind == "person" and mention.actor_id != own:
            country = index.actors[mention.actor_id].country
            if country:
                return country
    return None


def _scene_country(doc: Doc, index: ActorIndex, start: int) -> str | None:
    """The state a place adjunct opening the name's sentence sets ("À Niamey, …", "Au Niger, …"),
    else the one opening its paragraph ("A Kinshasa, les réactions sont partagées. Le porte-parole
    du gouvernement, X, …": the paragraph is set there) when no other state is named in between."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    scene = _sentence_scene(doc, index, sent)
    if scene is not None:
        return scene[0]
    paragraphs = doc._.paragraphs or []
    k = paragraph_of(paragraphs, start)
    if k >= len(paragraphs) or paragraphs[k][0] >= sent.start_char:
        return None
    opening = doc.char_span(paragraphs[k][0], paragraphs[k][0] + 1, alignment_mode="expand")
    scene = _sentence_scene(doc, index, opening[0].sent) if opening is not None else None
    if scene is None:
        return None
    country, after = scene
    others = [m for m in [*index.mentions, *index.places] if after <= m.start < start and m.kind == "country"
              and index.actors[m.actor_id].country != country]
    return None if others else country


def _medium_country(doc: Doc, index: ActorIndex, gaz: Gazetteer, start: int) -> str | None:
    """The state of the outlet the name's sentence says the person spoke to ("a déclaré à Radio
    Okapi", "Interrogé par la VRT, le ministre de la Défense, X, …", "joint par Le Devoir"): one
    speaks to one's own country's press, when the article names that state as a party. Not an
    agency's: a wire service reaches anyone ("joint par l'agence Belga", a Lebanese scholar); nor a
    broadcaster that addresses the world (data/media_world.tsv: a Congolese minister speaks to RFI)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    named = {index.actors[m.actor_id].country for m in index.mentions if m.kind == "country" and not m.as_place}
    for mention in index.mentions:
        if mention.kind != "media" or not sent.start_char <= mention.start < sent.end_char:
            continue
        medium = index.actors[mention.actor_id]
        entry = gaz.media(mention.text) or gaz.media(medium.name)
        if entry is not None and entry.kind != "agency" and entry.id not in world_media() and \
                medium.country in named:
            return medium.country
    return None


def _sentence_scene(doc: Doc, index: ActorIndex, sent) -> tuple[str, int] | None:
    """The state a place adjunct opening a sentence sets (a preposition, a country or capital the
    index knows, then a comma), and where that mention ends. The preposition is read by its word as
    well as its tag: a capital "A" without its accent ("A Kinshasa, …") is tagged as no word class."""
    if sent[0].pos_ != "ADP" and sent[0].lower_ not in actor_lexicon(pack_of(doc)).place_prepositions:
        return None
    for mention in index.mentions:
        if mention.kind != "country" or mention.start < sent.start_char or mention.start > sent[0].idx + 12:
            continue
        if text_of(doc)[mention.end:mention.end + 2].strip().startswith(","):
            return index.actors[mention.actor_id].country, mention.end
    return None


def _role_words(text: str) -> set[str]:
    return set(re.findall(r"[\w\-]+", text.lower()))


def add_described_roles(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> None:
    """A definite description away from any name ("le leader nord-coréen n'est pas un voyageur")
    is the role of the one person of that country who has none yet."""
    pack = pack_of(doc)
    modifier, definite = pack.label("adjective_modifier"), actor_lexicon(pack).definite
    for token in tokens_tagged(doc, ("ADJ",)):
        if token.dep_ not in modifier:
            continue
        iso = gaz.demonym(token.lower_)
        head = token.head
        if iso is None or head.i >= token.i or head.i == 0 or is_plural(head) or not in_role(doc, head.i):
            continue
        det = doc[head.i - 1]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if det.lower_ not in definite or (head.i > 1 and doc[head.i - 2].text == ",") or \
                (after is not None and (after.pos_ == "PROPN" or after.ent_type_ == "PER" or after.text == ",")):
            continue  # "le président russe Vladimir Poutine", "X, le président russe,": a name is there
        persons = [a for a in index.actors.values() if a.kind == "person" and a.country == iso]
        if len(persons) == 1 and persons[0].role is None:
            persons[0].role = doc[head.i:token.i + 1].text


def add_described_states(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> None:
    """A person whose role names no state ("le ministre de la Justice Vincent Van Quickenborne") is
    of the state a definite description of that office names by its demonym elsewhere in the
    article, with no name of its own ("Le ministre belge de la Justice a répondu", "le patron de
    la diplomatie congolaise", through the office periphrases of role_synonyms.tsv): when the
    person, named before it, is the only one without a state whose role it echoes, and no person
    of that state holds such an office. A state only guessed from the scene or the article's
    dominant state gives way to it."""
    stateless = [a for a in index.actors.values()
                 if a.kind == "person" and (a.country is None or a.country_guessed) and a.role]
    if not stateless:
        return
    pack = pack_of(doc)
    words, modifier = speaker_words(pack), pack.label("adjective_modifier")
    definite = actor_lexicon(pack).definite
    persons = [m for m in index.mentions if m.kind == "person"]
    for token in tokens_tagged(doc, ("ADJ",)):
        iso = gaz.demonym(token.lower_)
        if iso is None or token.dep_ not in modifier or token.head.i >= token.i:
            continue
        span = _office_description(doc, token, pack)
        if span is None or span[0].lower_ not in definite or \
                any(span.start_char <= m.start < span.end_char + 3 for m in persons):
            continue  # "le ministre belge de la Justice, X": the named person's own role
        description = fold_same_length(span.text.lower())
        if any(_echoes(words, description, a.role, token.lower_) for a in index.actors.values()
               if a.kind == "person" and a.country == iso and a.role and not a.country_guessed):
            continue
        echoed = [a for a in stateless if (a.country is None or a.country_guessed) and a.mentions and
                  a.mentions[0][0] < span.start_char and _echoes(words, description, a.role, token.lower_)]
        if len(echoed) == 1:
            echoed[0].country, echoed[0].country_guessed = iso, False


ROLE_SLACK = 8  # characters: an article and the separators between a role and its name ("Le … , ")


def add_coordinated_states(doc: Doc, index: ActorIndex) -> None:
    """A person of no stated state named with their office right after "et" and another person of
    a known state ("Le ministre de la Justice X et la ministre de l'Intérieur Y ont signé …"): the
    two officials named together act for one state; a counterpart ("et son homologue Y") is
    another's."""
    pack = pack_of(doc)
    words, conjunct = speaker_words(pack), pack.label("conjunct")
    text = text_of(doc)
    persons = sorted((m for m in index.mentions if m.kind == "person"), key=lambda m: m.start)
    for before, mention in zip(persons, persons[1:]):
        actor, other = index.actors[mention.actor_id], index.actors[before.actor_id]
        if actor is other or not actor.role or not (actor.country is None or actor.country_guessed) or \
                not other.country or other.country_guessed or mention.start != actor.mentions[0][0]:
            continue
        role = fold_same_length(actor.role.lower())
        between = doc.char_span(before.end, mention.start, alignment_mode="expand")
        if between is None or head_word(words, role) in words.counterparts or \
                role not in fold_same_length(text[before.end:mention.start].lower()) or \
                any(t.pos_ in ("VERB", "AUX") or t.text in ".;:" for t in between):
            continue
        # the second office is a conjunct of a word of the first person's phrase: their role
        # and name, with the article and separators around the role ("Le ", ", ": ROLE_SLACK)
        phrase_start = before.start - len(other.role or "") - ROLE_SLACK
        if any(t.dep_ in conjunct and t.head.i < between.start and t.head.idx >= phrase_start for t in between):
            actor.country, actor.country_guessed = other.country, False


def _office_description(doc: Doc, demonym, pack: LanguagePack):
    """The noun phrase a demonym describes an office in, up to the office's own noun ("le ministre
    belge de la Justice", "le patron de la diplomatie congolaise"), when that noun is a role."""
    genitive = pack.label("nominal_modifier")
    top = demonym.head
    while top.dep_ in genitive and top.head.i < top.i and top.head.pos_ == "NOUN":
        top = top.head
    if top.pos_ != "NOUN" or not in_role(doc, top.i) or is_plural(top):
        return None
    return doc[top.left_edge.i:top.right_edge.i + 1]


def _echoes(words: SpeakerWords, description: str, role: str, demonym: str) -> bool:
    """Whether a description (folded) names one of the offices a role holds: the same head noun,
    or a periphrasis of its office ("chef de la diplomatie" for "ministre des Affaires
    étrangères"), and nothing the role lacks ("le ministre belge de la Justice" is no minister of
    the Interior)."""
    said = content_words(words, description) - {fold_same_length(demonym)}
    offices = [(head_word(words, description), said)]
    for form, synonyms in words.synonyms.items():
        if re.search(r"(?:^|\W)" + re.escape(form) + r"(?:\W|$)", description):
            rest = said - content_words(words, form)
            offices += [(head_word(words, office), rest | content_words(words, office)) for office in synonyms]
    for part in fold_same_length(role.lower()).split(", "):
        held = content_words(words, part)
        if any(head and head == head_word(words, part) and needed <= held for head, needed in offices):
            return True
    return False


def _country_of_bodies(doc: Doc, index: ActorIndex, gaz: Gazetteer, role: RoleFound) -> tuple[str | None, bool]:
    """The country of an organisation or medium named in a role ("président du directoire de PSA"),
    or of the parties the article names when it speaks of "le porte-parole du parti"; and whether the role
    points to an international body or NGO ("haute-commissaire des Nations unies")."""
    if role.start >= len(doc):
        return None, False
    s = doc[role.start].idx
    e = doc[min(role.end, len(doc)) - 1].idx + len(doc[min(role.end, len(doc)) - 1].text)
    lex = actor_lexicon(pack_of(doc))
    words = _role_words(role.text)
    international = bool(words & lex.international)
    for mention in index.mentions:
        if s <= mention.start and mention.end <= e and _seat_of_government(doc, mention, gaz, s):
            # "porte-parole de la Maison-Blanche", "conseiller du Kremlin": the seat stands for the
            # government the person serves, which no demonym or "de <country>" names
            return index.actors[mention.actor_id].country, False
        if s <= mention.start and mention.end <= e and mention.kind in ("organization", "media"):
            if mention.actor_id in index.unlisted:
                # a name only the NER knows says nothing of its reach: not a sign of an
                # international body, so the article's own state stays the fallback
                continue
            actor = index.actors[mention.actor_id]
            if actor.country:
                return actor.country, False
            international = True  # a body with no state: an IGO, an NGO, a multinational
    if words & lex.party:
        kinds = org_kinds(gaz)
        parties = {index.actors[m.actor_id].country for m in index.mentions
                   if m.kind == "organization" and kinds.get(m.actor_id) == "party"}
        if len(parties) == 1 and None not in parties:
            return parties.pop(), False
    return None, international


def _seat_of_government(doc: Doc, mention, gaz: Gazetteer, role_start: int) -> bool:
    """Whether a mention in a role is the seat of a state's government ("la Maison-Blanche", "le
    Kremlin", "le Quai d'Orsay"), not a place the role is set in ("correspondant à Moscou", "en
    poste auprès du Kremlin": what follows a place preposition is where, not whom, one serves)."""
    if mention.kind != "country" or mention.as_place:
        return False
    entry = gaz.country(mention.text)
    if entry is None or entry.match != "seat":
        return False
    before = " " + text_of(doc)[role_start:mention.start]
    return pack_of(doc).pattern("role_place_cut").search(before) is None


@lru_cache(maxsize=8)
def org_kinds(gaz: Gazetteer) -> dict[str, str]:
    """Kind of every organisation of a gazetteer by id (party, igo, …); built once per gazetteer.

    The cache holds the gazetteer itself, so an entry cannot outlive it and be reused by another."""
    return {o.id: o.kind for o in gaz.organizations}


def add_affiliations(index: ActorIndex) -> None:
    """A person's affiliation: the organisation or medium their role names
    ("membre du service d'étude … à l'Université de Mons" -> Université de Mons)."""
    named = [(m.text, index.actors[m.actor_id]) for m in index.mentions if m.kind in ("organization", "media")]
    for actor in index.actors.values():
        if actor.kind != "person" or not actor.role or actor.affiliation:
            continue
        inside = [(len(text), other) for text, other in named if len(text) > 2 and text in actor.role]
        if inside:
            actor.affiliation = max(inside, key=lambda pair: pair[0])[1].name
