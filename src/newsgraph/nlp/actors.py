"""Actors of one article: persons, countries, organisations and media, with their mentions.

The statistical NER is the first source of mentions; a rule layer corrects its known
errors (capitals and seats tagged as persons, "NdlR", "Etats" alone, elided articles,
"Russie-Corée du Nord" as one place, roles and organisations glued to a name) and a
gazetteer scan adds the countries, capitals, seats and organisations it misses. Persons are
read in `persons` (their roles in `roles`), then given a country in `person_countries`.

A country mention that names a place ("à Damas") or only describes a person or an
organisation ("le président russe", "l'Autorité palestinienne") stays in the index, flagged
(`Mention.as_place`, `Mention.descriptive`), for the components that need places and
descriptions; a country with no other mention is left out of `ActorIndex.ordered()`, the
article's actor list.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..gazetteer import Gazetteer, load_gazetteer
from ..textfold import slugify
from .actor_index import ActorIndex, FoundActor, Mention
from .actor_lexicon import ActorLexicon, actor_lexicon
from .context import gazetteer_of, pack_of, set_gazetteer
from .dateline import HEAD_CHARS, find_dateline
from .gazetteer_scan import gazetteer_hits, prefer_longer_names, scan_gazetteer
from .common_titles import lacks_title_evidence
from .lexicon import media_nouns, state_nouns
from .media_variants import listed_body_opens, near_listed
from .non_persons import ORGANIZATION, entity_labels, non_person
from .person_countries import (add_affiliations, add_coordinated_states, add_described_roles, add_described_states,
                               assign_person_countries)
from .office_descriptions import add_office_descriptions
from .persons import (NAME_WORD, add_persons, add_repeated_names, complement_person, glued_person, join_particle_names, known_person,
                      led_by_person, looks_like_person, titled_names, trim_entity)
from .roles import in_role, is_plural
from .shared_bodies import place_shared_bodies
from .textutil import entities_of, fold_same_length, stance_target, text_of, tokens_tagged
from .unlisted_orgs import stated_country, unlisted_id, unlisted_span

# ActorIndex and Mention live in actor_index (persons and person_countries write to them);
# the other components import them from here.
__all__ = ["ActorIndex", "ActorsComponent", "FoundActor", "Mention", "build_actor_index", "make_actors_component"]

# ---------------------------------------------------------------- capitals named as places

def _is_place_use(doc: Doc, start: int, end: int, gaz: Gazetteer, lex: ActorLexicon) -> bool:
    """A capital after a place preposition ("à Moscou") or a place noun ("la banlieue de Damas")
    names a place, not a government; "entre Washington et Téhéran" names two governments."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word in lex.between:
        partner = _entity_words(doc, end + 1, lex) if end < len(doc) and doc[end].lower_ in lex.and_ else None
        return not _other_state(partner, doc[start:end].text, gaz)
    if word in lex.and_:
        k = i - 1
        while k >= 0 and k > i - 6 and doc[k].lower_ not in lex.between and \
                doc[k].pos_ in ("PROPN", "DET", "NOUN", "ADJ"):
            k -= 1
        if k >= 0 and doc[k].lower_ in lex.between:
            return not _other_state(_entity_words(doc, k + 1, lex), doc[start:end].text, gaz)
        return False
    if word in lex.place_prepositions:
        return True
    if word not in lex.of or i == 0:
        return False
    if doc[i - 1].ent_type_ == "ORG":
        return True  # the seat of a body: "la Cour internationale de justice de La Haye"
    return doc[i - 1].lemma_.lower() in lex.place_heads


def _in_agreement_name(doc: Doc, start: int, lex: ActorLexicon) -> bool:
    """Is the city at `start` the end of an agreement's, a process's or a format's name ("l'accord
    de Paris sur le climat", "le processus de Luanda", "les accords de paix de Dayton")? Such a
    name says where the text was signed or the talks began, not who acts or where the story is:
    the city gives its state no mention. At most two words ("de paix") between the noun and "de"."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 1 or doc[i].lower_ not in lex.of_bare:
        return False
    for k in range(i - 1, max(i - 4, -1), -1):
        if doc[k].lemma_.lower() in lex.agreement_heads or doc[k].lower_ in lex.agreement_heads:
            return True
        if doc[k].pos_ not in ("NOUN", "ADJ") and doc[k].lower_ not in lex.of_bare:
            return False
    return False


def _in_wire_dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) is the place of a wire dateline ("PARIS (AFP) –", "Bruxelles (Belga) –",
    at the start of the text or of a line after the headline): where the dispatch was filed, not a
    government that acts ("Paris (AFP) - La Chine a protesté …" is no protest to France)."""
    if start > HEAD_CHARS:
        return False
    match = find_dateline(text_of(doc), pack_of(doc), anywhere_in_head=True)
    return match is not None and not match.group("year") and match.start() <= start and end <= match.end()


def _entity_words(doc: Doc, i: int, lex: ActorLexicon) -> str | None:
    """The capitalised words starting at token i, after an article ("et le Caire" -> "Caire")."""
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    j = i
    while j < len(doc) and (NAME_WORD.match(doc[j].text) or (j > i and doc[j].lower_ in lex.of)):
        j += 1
    return doc[i:j].text if j > i else None


def _other_state(name: str | None, this: str, gaz: Gazetteer) -> bool:
    other, own = gaz.country(name) if name else None, gaz.country(this)
    return other is not None and own is not None and other.iso3 != own.iso3


# ---------------------------------------------------------------- countries, organisations, media

def _with_article(doc: Doc, span: Span, lex: ActorLexicon) -> str:
    """The name with the article a contraction swallowed ("au Monde" -> "Le Monde"), over the
    quotation mark a title may stand in ("au « Monde »")."""
    k = span.start - 1
    if k > 0 and doc[k].is_quote:
        k -= 1
    before = doc[k].lower_ if k >= 0 else ""
    article = lex.contracted_article.get(before)
    return f"{article.capitalize()} {span.text}" if article else span.text


def _listed_title(doc: Doc, span: Span, gaz: Gazetteer, lex: ActorLexicon) -> str | None:
    """A span of several words that the list names a medium by only with the article before it
    (the sentence's in lower case, or one a contraction holds): "à la Libre Belgique", "du Matin
    Dimanche", which the recogniser tags as a place or a person. That title, or None."""
    if len(span) < 2 or span.start == 0 or gaz.media(span.text) is not None:
        return None
    before = doc[span.start - 1]
    full = _with_article(doc, span, lex)
    if full == span.text and before.pos_ == "DET" and before.text.islower():
        full = before.text + ("" if before.text[-1:] in "'’" else " ") + span.text
    return full if full != span.text and gaz.media(full) is not None else None


def _titles_at_commas(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with a medium's title the recogniser ran over a comma cut there ("le site
    Politico, la Maison Blanche …": a title holds no comma), what follows the comma and its
    article a name of its own."""
    out = []
    for span in spans:
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is None or comma == span.start or not _after_media_noun(doc, span.start):
            out.append(span)
            continue
        out.append(Span(doc, span.start, comma, label=span.label_))
        rest = comma + 1
        while rest < span.end and doc[rest].pos_ == "DET":
            rest += 1
        if rest < span.end:
            out.append(Span(doc, rest, span.end, label=span.label_))
    return out


def _titles_past_noun_words(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans that open with the last words of a media noun cut after them ("internet Politico"
    of "le site internet Politico", "Internet du Figaro" of "le site Internet du Figaro": the
    recogniser took the noun's second word, capitalised or not, for the title's first), and past
    the small words then left before the title ("du"); a span left with no capitalised word is
    dropped."""
    nouns = media_nouns(pack_of(doc))
    out = []
    for span in spans:
        if span.start == 0:
            out.append(span)
            continue
        cut = max((j for j in range(span.start + 1, span.end)
                   if doc[span.start - 1:j].text.lower() in nouns), default=None)
        if cut is None:
            out.append(span)
            continue
        while cut < span.end and not doc[cut].text[:1].isupper():
            cut += 1
        if cut < span.end:
            out.append(Span(doc, cut, span.end, label=span.label_))
    return out


def _named_state(gaz: Gazetteer, text: str):
    """The state a name in running text designates. An ISO 3166 code is a data format, not a
    name the press writes for a state: in prose the same three capitals are another body's
    acronym ("la GRC", the Canadian federal police, not Greece; "la CAN", a football cup)."""
    country = gaz.country(text)
    return None if country is None or country.match == "code" else country


def _add_named(doc: Doc, index: ActorIndex, gaz: Gazetteer, spans: list[Span]) -> None:
    lex = actor_lexicon(pack_of(doc))
    for span in _titles_at_commas(doc, _titles_past_noun_words(doc, spans)):
        text = span.text
        s, e = span.start_char, span.end_char
        full = _with_article(doc, span, lex)
        # (a capital's too: "au Caire" is "Le Caire")
        if full != text and gaz.country(text) is None and (gaz.media(full) or gaz.organization(full) or
                                                           gaz.country(full)):
            text = full
        elif gaz.country(text) is None and (listed := _listed_title(doc, span, gaz, lex)) is not None:
            text = listed  # "à la Libre Belgique": the list writes the title with its article
        country = _named_state(gaz, text) or _seat_with_demonym(doc, span, gaz)
        if (country is None or country.match == "capital") and _in_agreement_name(doc, span.start, lex) and \
                (country is not None or gaz.place(text) is not None):
            continue  # "l'accord de Paris", "le processus de Luanda": a name's city, no state
        if country is not None:
            as_place = country.match == "capital" and (_is_place_use(doc, span.start, span.end, gaz, lex) or
                                                       _in_wire_dateline(doc, s, e))
            if country.match == "capital" and not as_place:
                org = gaz.organization(text)  # "Bruxelles a salué": the EU, not Belgium
                if org is not None:
                    index.add(FoundActor(id=org.id, name=org.name, kind="organization", country=org.country or None),
                              s, e, text)
                    continue
            index.add(FoundActor(id=f"country:{country.iso3}", name=country.name_in(pack_of(doc).code),
                                 kind="country", country=country.iso3), s, e, text, as_place=as_place,
                      descriptive=country.match == "demonym" and _after_singular_determiner(doc, span.start, lex))
            continue
        media = gaz.media(text)
        if media is None and text.istitle() and _after_media_noun(doc, span.start, agency=True):
            # a listed agency's acronym written as a word after a media noun ("l'agence syrienne
            # Sana" for SANA); alone, "Sana" may be a place or a first name
            media = gaz.media(text.upper())
        if media is not None and lacks_title_evidence(doc, s, e, text, media.name):
            continue  # "la TVA", "le plus proche du Soleil": the common word, no medium
        if media is not None:
            index.add(FoundActor(id=media.id, name=media.name, kind="media", country=media.country or None), s, e, text)
            continue
        org = gaz.organization(text) or _listed_with_demonym(doc, span, gaz)
        if org is not None:
            index.add(FoundActor(id=org.id, name=org.name_in(pack_of(doc).code, text),
                                 kind="organization", country=org.country or None), s, e, text)
            continue
        place = gaz.place(text) if span.label_ == "LOC" else None
        if place is None and span.label_ == "LOC" and (named := _named_after_place_noun(span, gaz, lex)) is not None:
            span, place = named  # "la région de Goma" tagged as one place: Goma
            text, s, e = span.text, span.start_char, span.end_char
        if place is not None:
            # "à Goma", "la région de Donetsk", "des frappes sur Alep": a city or region below the
            # capital locates its state and never stands for its government, whatever precedes it
            index.add_place(FoundActor(id=f"country:{place.iso3}", name=place.name_in(pack_of(doc).code),
                                       kind="country", country=place.iso3), s, e, text)
            continue
        if _after_media_noun(doc, span.start) and not listed_body_opens(gaz, text) and \
                (text[:1].isupper() or text[:1].isdigit()):
            # (not a platform the organisation list knows: "la chaîne Telegram Rybar"; a title
            # opens with a capital or a number: "le journal madrilène" the recogniser tags is an
            # adjective, the description of a medium named before)
            index.add(FoundActor(id=f"media:{slugify(text)}", name=text, kind="media"), s, e, text)
        elif span.label_ == "ORG" and (name := unlisted_span(doc, span)) is not None:
            actor_id = unlisted_id(doc, index, name)
            if actor_id not in index.unlisted and len(name) == 1 and name[0].pos_ != "PROPN" and \
                    not name.text.isupper():
                continue  # a common noun alone ("Finances", "Répression") unless it takes up a name
            index.unlisted.add(actor_id)
            # "à l'Académie militaire de …": a body named after a place preposition is the place
            known = index.add(FoundActor(id=actor_id, name=name.text, kind="organization", country=stated_country(name)),
                              name.start_char, name.end_char, name.text,
                              as_place=_after_place_preposition(doc, name.start, lex))
            if known.name.isupper() and not name.text.isupper():
                known.name = name.text  # named by its full name rather than its acronym


def _named_after_place_noun(span: Span, gaz: Gazetteer, lex: ActorLexicon):
    """A place the recogniser tagged with the place noun before it ("région de Goma", "province du
    Nord-Kivu"): (the name's span, its state) when the words after the noun and its "de" are a
    listed city or region (data/places.tsv), else None."""
    if len(span) < 3 or span[0].lemma_.lower() not in lex.place_heads or span[1].lower_ not in lex.of:
        return None
    rest = span[2:]
    place = gaz.place(rest.text)
    return (rest, place) if place is not None else None


def _listed_with_demonym(doc: Doc, span: Span, gaz: Gazetteer):
    """A listed organisation named with the demonym of its own state after it ("le Hezbollah
    libanais"): that organisation. Another state's demonym names another body ("la Croix-Rouge
    libanaise" is not the international one), left to the other rules."""
    if len(span) < 2:
        return None
    iso = gaz.demonym(span[-1].lower_)
    org = gaz.organization(doc[span.start:span.end - 1].text) if iso else None
    return org if org is not None and org.country == iso else None


def _seat_with_demonym(doc: Doc, span: Span, gaz: Gazetteer):
    """A state's seat named with its own state's demonym after it ("le département d'Etat
    américain", "le Pentagone américain"), which the recogniser takes as one name: that state,
    as the seat alone is. Another state's demonym is no seat of the list."""
    if len(span) < 2:
        return None
    iso = gaz.demonym(span[-1].lower_)
    country = gaz.country(doc[span.start:span.end - 1].text) if iso else None
    return country if country is not None and country.match == "seat" and country.iso3 == iso else None


def _after_singular_determiner(doc: Doc, start: int, lex: ActorLexicon) -> bool:
    """Does a demonym the recogniser took for a place follow a singular determiner ("le Slovène
    Vojislav Šuc", "la Libérienne Ellen Johnson Sirleaf", "un Français")? It is one person's
    nationality then, which describes them, not their state acting ("les Russes ont bombardé")."""
    return start > 0 and doc[start - 1].lower_ in lex.definite | lex.indefinite


def _after_place_preposition(doc: Doc, start: int, lex: ActorLexicon) -> bool:
    i = start - 1
    while i >= 0 and (doc[i].pos_ == "DET" or doc[i].lower_ in lex.elided):
        i -= 1
    return i >= 0 and doc[i].lower_ in lex.place_prepositions and doc[i].lower_ not in lex.between


def _after_media_noun(doc: Doc, start: int, agency: bool = False) -> bool:
    """The name follows a media noun: "le quotidien Le Figaro", "la chaîne CNN" (and a bare
    "agence" too when `agency`)."""
    pack = pack_of(doc)
    nouns = media_nouns(pack)
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":  # "la chaîne américaine CNN"
        i -= 1
    if i >= 0 and doc[i].lemma_.lower() in nouns:
        # a bare "agence" is as often a rating or space agency ("l'agence américaine Moody's"):
        # only "agence de presse" introduces an unknown medium
        return agency or doc[i].lemma_.lower() not in actor_lexicon(pack).press_agency
    return i >= 2 and f"{doc[i - 2].lower_} {doc[i - 1].lower_} {doc[i].lower_}" in nouns


def _add_demonyms(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> None:
    """Demonyms that stand for a state: "les autorités russes", "l'occupation chinoise", "anti-américaine".

    One that describes a person ("le président russe") or sits in an organisation's name
    ("l'Autorité palestinienne", "le Parti communiste chinois") is kept as a descriptive mention.
    """
    pack = pack_of(doc)
    nouns, lex = state_nouns(pack), actor_lexicon(pack)
    modifiers = (*pack.label("adjective_modifier"), *pack.label("nominal_modifier"))
    conjunct = pack.label("conjunct")
    for token in tokens_tagged(doc, ("ADJ", "NOUN", "PROPN")):
        if not token.is_alpha and "-" not in token.text:
            continue
        word = token.lower_
        target = stance_target(word, pack)  # "anti-américaine": the state is aimed at
        anti = target is not None
        iso = gaz.demonym(target if anti else word)
        if iso is None or _closes_place_name(doc, token):
            continue
        head = token.head
        state_head = head.lemma_.lower() in nouns or head.lower_ in nouns
        # "des soldats burundais et ougandais" parsed with "ougandais" a conjunct of "soldats"
        paired = token.dep_ in conjunct and any(c.dep_ in modifiers and c.i < token.i and gaz.demonym(c.lower_)
                                                for c in head.children)
        modifies_state = (token.dep_ in modifiers or paired) and state_head
        if not (anti or modifies_state):
            continue
        person = not anti and not is_plural(head) and in_role(doc, head.i)
        in_name = not anti and head.text[:1].isupper() and not head.is_sent_start and head.i < token.i and \
            head.lemma_.lower() not in lex.state_name_heads
        entry = gaz.country(iso)
        name = entry.name_in(pack_of(doc).code) if entry is not None else iso
        index.add(FoundActor(id=f"country:{iso}", name=name, kind="country", country=iso),
                  token.idx, token.idx + len(token.text), token.text, descriptive=person or in_name)


def _closes_place_name(doc: Doc, token) -> bool:
    """Is a capitalised demonym the end of a hyphenated place name ("Colombie-Britannique"): a
    capitalised word and a hyphen glued right before it? It names a region, not the demonym's state."""
    i = token.i
    return i >= 2 and token.text[:1].isupper() and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and \
        not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper()


# ---------------------------------------------------------------- entry point

def build_actor_index(doc: Doc) -> ActorIndex:
    """The actors of a Doc that carries its pack and its gazetteer (`nlp.context`)."""
    gaz, lex = gazetteer_of(doc), actor_lexicon(pack_of(doc))
    year = int(doc._.published[:4]) if doc._.published else None
    index = ActorIndex(gazetteer=gaz)
    persons, named = [], []
    person_names = {fold_same_length(e.text) for e in entities_of(doc) if e.label_ == "PER"}
    labels = entity_labels(doc)
    for ent in entities_of(doc):
        span = trim_entity(ent, gaz)
        if span is None:
            continue
        folded = fold_same_length(span.text)
        if folded in lex.editorial or folded in lex.not_entities or len(folded) < 2:
            continue
        if ent.label_ == "PER":
            # the NER calls "Washington" or "Kremlin" a person: seats and capitals win
            if gaz.country(span.text) is not None or gaz.organization(span.text) is not None or \
                    gaz.media(span.text) is not None or _listed_title(doc, span, gaz, lex) is not None or \
                    _with_article(doc, span, lex) != span.text and gaz.media(_with_article(doc, span, lex)):
                named.append(span)  # (and "au « Temps »" tagged PER: the title a contraction holds)
            elif span.text.istitle() and gaz.media(span.text.upper()) is not None and \
                    _after_media_noun(doc, span.start, agency=True):
                named.append(span)  # "l'agence officielle syrienne Sana" tagged PER
            elif len(span) == 1 and _after_media_noun(doc, span.start, agency=True) and \
                    near_listed(gaz, span.text) is not None:
                continue  # "l'agence Spunik" tagged PER: a listed medium misspelt, left to media_mentions
            elif len(span) == 1 and not NAME_WORD.match(span.text):
                continue
            elif _after_media_noun(doc, span.start):
                named.append(span)  # "le site Ikiriho" tagged PER: the media noun says what it names
            else:
                verdict = non_person(span, gaz, lex, labels)
                if verdict == ORGANIZATION:
                    named.append(Span(doc, span.start, span.end, label="ORG"))
                elif verdict is None:
                    persons.append(span)
        elif ent.label_ in ("LOC", "ORG", "MISC"):
            if _listed_title(doc, span, gaz, lex) is not None:
                named.append(span)  # "à la Libre Belgique" tagged LOC: the listed medium
                continue
            known = known_person(span, gaz)
            if known is not None:
                persons.append(known)  # "Bachar al-Assad" tagged LOC
                continue
            led = led_by_person(span, gaz)
            if led is not None:
                persons.append(led)  # "le gouvernement Papadimos"
                continue
            glued = glued_person(span, gaz, person_names)
            if glued is not None:
                named.append(glued[0])  # "WikiLeaks Julian Assange" tagged ORG
                persons.append(glued[1])
                continue
            completed = complement_person(span, gaz, person_names)
            if completed is not None:
                # "ministre de l'Economie Pier Carlo Padoan" tagged ORG: the complement is an
                # organisation only when the gazetteer knows it
                if gaz.organization(completed[0].text) or gaz.media(completed[0].text):
                    named.append(completed[0])
                persons.append(completed[1])
                continue
            # "Russie-Corée du Nord": two countries joined by a hyphen
            parts = _split_compound(span, gaz) or _owner_and_medium(span, gaz)
            if parts is None and looks_like_person(doc, span, gaz):
                persons.append(span)  # "Timor Goksel, aujourd'hui professeur …" tagged LOC
            else:
                # the trimmed span keeps the NER's label: an ORG the gazetteer does not know is
                # still an organisation of the article (`_add_named`)
                named.extend(parts or [Span(doc, span.start, span.end, label=ent.label_)])
    persons = join_particle_names(doc, persons, gaz)
    entries = add_persons(doc, index, gaz, year, persons + titled_names(doc, persons))
    add_repeated_names(doc, index, [(span.start_char, span.end_char) for span in named
                                    if " " in span.text and (gaz.media(span.text) or gaz.organization(span.text))])
    hits = gazetteer_hits(doc, gaz)
    _add_named(doc, index, gaz, prefer_longer_names(doc, gaz, named, hits))
    _add_named(doc, index, gaz, scan_gazetteer(doc, index, gaz, hits))
    _add_demonyms(doc, index, gaz)
    place_shared_bodies(doc, index, gaz)
    assign_person_countries(doc, index, gaz, entries)
    add_described_roles(doc, index, gaz)
    add_described_states(doc, index, gaz)
    add_coordinated_states(doc, index)
    add_office_descriptions(doc, index, gaz, year)
    add_affiliations(index)
    index.finish()
    return index


def _split_compound(span: Span, gaz: Gazetteer) -> list[Span] | None:
    text = span.text
    if "-" not in text or gaz.country(text) is not None:
        # a compound that is itself a state's name ("Guinée-Bissau") is one state, even when its
        # parts name others ("Guinée", and "Bissau" as the capital standing for its state)
        return None
    for cut in [m.start() for m in re.finditer("-", text)]:
        left, right = text[:cut], text[cut + 1:]
        # two states are named by their names: a demonym joined to a name makes a region's name
        # ("Colombie-Britannique"), not a second state
        if all(found is not None and found.match != "demonym"
               for found in (gaz.country(left), gaz.country(right))):
            doc = span.doc
            a = doc.char_span(span.start_char, span.start_char + cut, alignment_mode="expand")
            b = doc.char_span(span.start_char + cut + 1, span.end_char, alignment_mode="expand")
            if a is not None and b is not None and a.text == left and b.text == right:
                return [a, b]
            return [_CharSpan(doc, span.start_char, span.start_char + cut),
                    _CharSpan(doc, span.start_char + cut + 1, span.end_char)]
    return None


def _owner_and_medium(span: Span, gaz: Gazetteer) -> list[Span] | None:
    """A listed body or state and the listed medium it owns, which the recogniser ran into one name
    ("la chaîne du Hezbollah Al-Manar", "l'agence de l'EI Amaq"): the two names, split where the
    medium's starts; else None."""
    for k in range(1, len(span)):
        owner, medium = span[:k], span[k:]
        if gaz.media(medium.text) is not None and gaz.media(span.text) is None and \
                (gaz.organization(owner.text) is not None or gaz.country(owner.text) is not None):
            return [owner, medium]
    return None


class _CharSpan:
    """A span given by characters when the tokenizer keeps a hyphenated compound as one token."""
    def __init__(self, doc: Doc, start_char: int, end_char: int):
        self.doc, self.start_char, self.end_char = doc, start_char, end_char
        self.text = text_of(doc)[start_char:end_char]
        token = doc.char_span(start_char, end_char, alignment_mode="expand")
        self.start = token.start if token is not None else 0
        self.end = token.end if token is not None else 0
        self.label_ = "LOC"


class ActorsComponent:
    """Pipeline component: puts the gazetteer (the data files plus the user's actor files) on the
    Doc for every later component (`nlp.context.gazetteer_of`) and builds the article's ActorIndex."""

    def __init__(self, actor_files: tuple[str, ...] = ()):
        self.actor_files = actor_files
        self.gazetteer = load_gazetteer(actor_files)

    def __call__(self, doc: Doc) -> Doc:
        set_gazetteer(doc, self.gazetteer)
        doc._.ng_actors = build_actor_index(doc)
        return doc


@Language.factory("newsgraph_actors", default_config={"actor_files": []}, assigns=["doc._.ng_actors"])
def make_actors_component(nlp: Language, name: str, actor_files: list[str]) -> ActorsComponent:
    return ActorsComponent(tuple(actor_files))
