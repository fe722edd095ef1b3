"""Every mention of a news medium in a Doc: the actor index's, and those it misses.

The index (actors.py) finds media through the entity recogniser and the gazetteer; it misses
titles written with an elided article ("L'Humanité", "l’Opinion"), titles of media the
gazetteer does not list but the text introduces by a media noun ("la revue Sciences et Avenir",
"le journal Le Bien public", "l'agence Spunik"), and foreign-language titles after an attribution
marker ("selon The Tablet"). Speakers ("le quotidien" takes up the latest medium) and sources
read them all from here, computed once per Doc.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..lang import LanguagePack
from .actor_index import ActorIndex, FoundActor
from .common_titles import lacks_title_evidence
from .context import gazetteer_of, pack_of
from .lexicon import attribution_markers, function_words, media_nouns, speech_verb, state_nouns
from .media_variants import agency_cased_loosely, listed_body_opens, near_listed
from .name_scan import NameScanner
from .textutil import entities_of, fold_same_length, strip_article, text_of, whole_word_spans

CACHE_KEY = "ng_media_mentions"
# how far back (chars) a description ("le quotidien", "la même agence") takes up a medium named before it
MEDIUM_REACH = 3000
_LETTER_OR_DIGIT = re.compile(r"\w")  # what a title may not touch on either side
# a web address in lower case ("lemonde.fr", "actualite.cd"), not an e-mail's domain nor a
# file's name: a top-level domain of news sites ends it
WEB_ADDRESS = re.compile(r"(?<![\w@.\-])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:fr|com|net|org|info|news|"
                         r"be|ch|ca|lu|eu|cd|cg|ci|cm|sn|bf|ml|ne|ga|bi|rw|mg|ht|ma|dz|tn|africa|tv)(?![\w\-]|\.\w)")
# a web address written as a brand: a capital opens it ("TMZ.com", "Politico.eu", "Slate.fr")
BRAND_ADDRESS = re.compile(r"(?<![\w@.\-])[A-Z][A-Za-z0-9\-]*\.(?:fr|com|net|org|info|news|eu|be|ch|ca|cd|"
                           r"africa|tv)(?![\w\-]|\.\w)")
# a title runs over at most this many words
TITLE_WORDS = 6
# at most this many adjectives between a media noun and the listed title it introduces
ADJECTIVES = 2
# at most this many words of description between a media noun and an unlisted title ("d'État
# nord-coréenne": the state complement is one word to the regex)
DESCRIPTION_WORDS = 3


@dataclass(frozen=True, slots=True)
class MediaMention:
    """A medium named in the text: its char span, the name to show and its actor id if the index
    knows it (a title found by the gazetteer scan keeps its name, not an id the index lacks)."""
    start: int
    end: int
    name: str
    actor: str | None


def _without_final_stop(mention: MediaMention) -> MediaMention:
    """A title that the recogniser ran into the full stop after it, taking its last letter for an
    initial ("sur Canal C." at a sentence end): no title ends with a stop, the sentence does."""
    if len(mention.name) > 2 and mention.name.endswith(".") and mention.name[-2].isalpha() and \
            mention.name[-3] == " ":
        return MediaMention(mention.start, mention.end - 1, mention.name[:-1], mention.actor)
    return mention


@lru_cache(maxsize=4)
def _gazetteer_titles(gazetteer: Gazetteer, pack: LanguagePack) -> tuple[NameScanner, dict[str, tuple[str, str]],
                                                                          frozenset[str]]:
    """The gazetteer's media names that open with an elided article ("L'Humanité") or run over
    several words, as one scanner over folded text (an automaton: a regex alternation of the
    names was the quote component's costliest step), and each folded form's (id, name). A name
    of several words after its article is listed without it too: the text writes the article in
    lower case or contracts it ("citée par le Journal de Québec", "au Journal de Montréal"). The
    third part is every such form as the list writes it (the fold lowers the case, so not folded):
    a title whose later words are lower case is known by being written as listed ("le Canard
    enchaîné"), where "La presse" is no "La Presse"."""
    forms: dict[str, tuple[str, str]] = {}
    cased: set[str] = set()
    for outlet in gazetteer.media_outlets:
        for form in (outlet.name, *outlet.aliases):
            folded = fold_same_length(form).replace("’", "'")
            # (a web name too: "7sur7.cd", "Politico.cd", which the recogniser rarely tags)
            if ("'" in folded[:3] or " " in folded or "." in folded.strip(".")) and len(folded) > 4:
                forms[folded.lower()] = (outlet.id, outlet.name)
                cased.add(form.replace("’", "'"))
            bare, cut = strip_article(folded, pack)
            if cut and " " in bare.strip():
                forms.setdefault(bare.strip().lower(), (outlet.id, outlet.name))
                cased.add(form[cut:].replace("’", "'").strip())  # (the fold keeps every offset)
    return NameScanner(forms, boundary=_LETTER_OR_DIGIT), forms, frozenset(cased)


@cache
def _title(pack: LanguagePack) -> str:
    """A capitalised title of up to TITLE_WORDS words, its small words ("de", "of") between."""
    small = sorted(pack.words("name_stopwords"), key=lambda w: (-len(w), w))
    word = r"[A-ZÀ-Ý][\w\-]*(?:['’][A-ZÀ-Ý][\w\-]*)?"
    link = r"(?:\s+(?:" + "|".join(re.escape(w) for w in small) + r")(?:\s+|(?<=')|(?<=’)))"
    return word + r"(?:(?:\s+|" + link + r")" + word + r"){0," + str(TITLE_WORDS - 1) + r"}"


@lru_cache(maxsize=4)
def _listed_stems(gazetteer: Gazetteer) -> dict[str, str]:
    """Each listed medium's name as a web address writes it, folded and squashed ("lemonde" for Le
    Monde, "bfmtv"), to the name; names of fewer than five letters are left out ("rtl.fr" aside,
    too many short words are some body's address)."""
    stems = {}
    for outlet in gazetteer.media_outlets:
        squashed = "".join(c for c in fold_same_length(outlet.name).lower() if c.isalnum())
        if len(squashed) >= 5:
            stems.setdefault(squashed, outlet.name)
    return stems


@cache
def _media_noun_before(pack: LanguagePack) -> re.Pattern[str]:
    """A media noun and its article ending right before a position ("le site ", "le journal en ligne ")."""
    nouns = sorted(media_nouns(pack), key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(n) for n in nouns) + r")\s+$")


@cache
def _channel_title(pack: LanguagePack) -> re.Pattern[str]:
    """A title right where a channel that only a medium completes ends (pack pattern
    `medium_after_channel`): "Kurier" of "dans un entretien accordé à Kurier"."""
    return re.compile(r"(?P<title>" + _title(pack) + r")(?![\w\-])")


@cache
def _introduced_title(pack: LanguagePack) -> re.Pattern[str]:
    """A capitalised title after a media noun: "la revue Sciences et Avenir", "le journal Le Bien"."""
    # a noun that also names other bodies ("l'agence Frontex") does not make a title a medium
    ambiguous = pack.words("organisation_nouns")
    nouns = sorted({form for n in media_nouns(pack) if n not in ambiguous for form in (n, fold_same_length(n))},
                   key=lambda n: (-len(n), n))
    title = _title(pack)
    # the noun in any case, the title capitalised: matched on the text as written; the title may
    # stand in quotation marks ("le quotidien « Le Soir »", 'le journal "Haaretz"'); up to
    # DESCRIPTION_WORDS lower-case words between describe the medium ("la télévision d'État
    # nord-coréenne KCTV", "la radio publique RTNB"), which the caller checks with the parse
    description = r"(?P<adj>(?:\s+[a-zà-ÿ][\w\-]*(?:['’][\w\-]+)?){1," + str(DESCRIPTION_WORDS) + r"})?"
    return re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(n) for n in nouns) + r")" + description +
                      r"\s+(?:[«\"“]\s*)?(?P<title>" + title + r")")


@lru_cache(maxsize=4)
def _gazetteer_names(gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    """Every folded name and alias of the gazetteer's media, to its (id, name)."""
    return {fold_same_length(form).replace("’", "'").lower(): (outlet.id, outlet.name)
            for outlet in gazetteer.media_outlets for form in (outlet.name, *outlet.aliases)}


@cache
def _ambiguous_title(pack: LanguagePack) -> re.Pattern[str]:
    """A capitalised word or two after a media noun that also names other bodies ("l'agence X")."""
    ambiguous = pack.words("organisation_nouns")
    nouns = sorted({form for n in media_nouns(pack) if n in ambiguous for form in (n, fold_same_length(n))},
                   key=lambda n: (-len(n), n))
    if not nouns:
        return re.compile(r"(?!x)x")  # matches nothing
    word = r"[A-ZÀ-Ý][\w\-]*"
    # up to two lower-case words between are the medium's adjectives ("l'agence officielle
    # syrienne Sana"), which the caller checks with the parse
    adjectives = r"(?P<adj>(?:\s+[a-zà-ÿ][\w\-]*){1," + str(ADJECTIVES) + r"})?"
    return re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(n) for n in nouns) + r")" + adjectives +
                      r"\s+(?P<title>" + word + r"(?:\s+" + word + r")?)(?![\w])")


@cache
def _headed_title(pack: LanguagePack) -> re.Pattern[str] | None:
    """A title of capitalised words that a newspaper's head word ends ("Kathmandu Post", "Moscow
    Times": pack list `newspaper_title_heads`), or None for a pack without one."""
    heads = sorted(pack.words("newspaper_title_heads", lower=False), key=lambda w: (-len(w), w))
    if not heads:
        return None
    word = r"[A-ZÀ-Ý][\w\-]*"
    return re.compile(r"(?<![\w\-])(?P<title>" + word + r"(?:\s+" + word + r"){0,2}\s+(?:" +
                      "|".join(re.escape(h) for h in heads) + r"))(?![\w\-])")


def _adjectives_only(doc: Doc, start: int, end: int) -> bool:
    """Are the words between a media noun and a title all adjectives, by the parse or as demonyms
    the gazetteer knows? A verb or a noun there ("l'agence accuse Reuters") links no title."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    gazetteer = gazetteer_of(doc)
    return all(t.pos_ == "ADJ" or gazetteer.demonym(t.text) for t in span if not t.is_space)


def _state_agency(doc: Doc, index: ActorIndex, match: re.Match[str]) -> bool:
    """Is an unlisted title after a noun that also names other bodies ("agence") a state's news
    agency: its adjectives only a demonym and words of public ownership ("l'agence philippine
    PNA", "l'agence nationale népalaise RSS"), with a demonym, and the title no listed body, person,
    state or place ("l'agence américaine USAID" is a listed body; "l'agence spatiale américaine
    NASA" has an adjective of its field)?"""
    if not match.group("adj"):
        return False
    start, end = match.start("title"), match.end("title")
    if index.at(start, end, ("person", "country", "place")) is not None or text_of(doc)[end:end + 1] in ("'", "’"):
        return False  # (nor the start of a longer name: "l'agence américaine Moody's")
    body = index.at(start, end, ("organization",))
    if body is not None and body.actor_id not in index.unlisted or \
            gazetteer_of(doc).organization(text_of(doc)[start:end].split()[0]) is not None:
        return False
    span = doc.char_span(match.start("adj"), match.end("adj"), alignment_mode="expand")
    if span is None or not len(span):
        return False
    gazetteer, public = gazetteer_of(doc), pack_of(doc).words("public_media_words")
    words = [t for t in span if not t.is_space]
    return any(gazetteer.demonym(t.text) for t in words) and \
        all(gazetteer.demonym(t.text) or t.lower_ in public for t in words)


def _described_title(doc: Doc, index: ActorIndex, start: int, end: int, title_start: int, title_end: int) -> bool:
    """Do the words [start, end) between a media noun and a capitalised title only describe the
    medium (adjectives, demonyms, a state owner: "d'État nord-coréenne"), and is the title no
    place, state, person or listed body ("la télévision publique Rwanda" names no medium)? Then
    the title names the medium the noun introduces."""
    if index.at(title_start, title_end, ("country", "place")) is not None or \
            _person_not_title(doc, index, title_start, title_end):
        return False
    body = index.at(title_start, title_end, ("organization",))
    if body is not None and body.actor_id not in index.unlisted:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return all(owner_or_description(t) for t in span if not t.is_space)


def _person_not_title(doc: Doc, index: ActorIndex, start: int, end: int) -> bool:
    """Does the index name a person inside a title a media noun introduces, other than the whole
    title opening with a foreign article ("le quotidien équatorien El Universo", which the
    recogniser read as a person's name: a name opens with no "El", "The", "Die")?"""
    person = index.at(start, end, ("person",))
    if person is None:
        return False
    articles = pack_of(doc).words("foreign_title_articles", lower=False)
    written = text_of(doc)[start:end]
    whole = (person.start, person.end) == (start, end)
    return not (whole and written.split(" ", 1)[0] in articles and " " in written)


def owner_or_description(token) -> bool:
    """Is the token a word of a medium's description before its title: an adjective (by the parse
    or a demonym the gazetteer knows), or the genitive and noun of a state owner ("d'État", pack
    `state_nouns`)? "la télévision d'État nord-coréenne" describes; "la chaîne accuse" does not."""
    pack = pack_of(token.doc)
    genitive = function_words(pack, "genitive")
    doc = token.doc
    if token.pos_ == "ADJ" or gazetteer_of(doc).demonym(token.text):
        return True
    # (or the leaning the press gives it: "le journal d'opposition", "l'hebdomadaire de gauche")
    # (matched without accents: the press often drops the one of a capital, "d'Etat")
    owners = _folded(state_nouns(pack) | pack.words("media_leaning_nouns"))
    if token.lower_ in genitive:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return following is not None and fold_same_length(following.lower_) in owners
    previous = doc[token.i - 1] if token.i > 0 else None
    return fold_same_length(token.lower_) in owners and previous is not None and previous.lower_ in genitive


@cache
def _folded(words: frozenset[str]) -> frozenset[str]:
    """The words without their accents ("etat" for "état")."""
    return frozenset(fold_same_length(w) for w in words)


@cache
def _citing_marker_forms(pack: LanguagePack) -> frozenset[str]:
    """The last words of the markers that cite ("selon", "d'après"), which a cited medium follows."""
    markers = set()
    for marker in attribution_markers(pack):
        if marker.cites and not marker.then:
            for forms in marker.tokens[-1:]:
                markers |= forms
    return frozenset(markers)


@cache
def _citing_marker_before(pack: LanguagePack) -> re.Pattern[str]:
    """A marker that cites ("selon", "d'après"), or a channel participle and its agent preposition
    ("interrogé par", "contactée par"), ending right before a position (searched on the text up to it)."""
    markers = _citing_marker_forms(pack)
    participles = "|".join(re.escape(p) for p in sorted(pack.words("channel_participles")))
    agents = "|".join(re.escape(a) for a in sorted(function_words(pack, "agent_preposition")))
    agented = r"|(?:" + participles + r")(?:e|s|es)?\s+(?:" + agents + r")" if participles and agents else ""
    return re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(m) for m in sorted(markers)) + agented + r")\s+$")


@cache
def _foreign_title(pack: LanguagePack) -> re.Pattern[str]:
    """A title opened by a foreign article ("The Tablet", "Die Zeit") after a marker that cites."""
    articles = sorted(pack.words("foreign_title_articles", lower=False), key=lambda w: (-len(w), w))
    markers = _citing_marker_forms(pack)
    return re.compile(r"(?<![\w])(?i:" + "|".join(re.escape(m) for m in sorted(markers)) + r")\s+(?P<title>(?:"
                      + "|".join(re.escape(a) for a in articles) + r")\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})")


def _number_title_cited(doc: Doc, start: int, end: int) -> bool:
    """Is a listed title that opens with a number and goes on in lower case ("24 heures", "20
    minutes"), written as listed, where only a medium stands: after a channel only a medium
    completes ("dans les colonnes de 24 heures"; pack `medium_after_channel`), a media noun ("le
    quotidien 24 heures"), or a channel preposition right after a speech verb with no genitive
    after it ("a confié à 24 heures que", not "a annoncé à 24 heures du scrutin", a time)?"""
    pack = pack_of(doc)
    text = text_of(doc)
    if any(m.end() == start for m in pack.pattern("medium_after_channel").finditer(text, max(0, start - 40), start)):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    before = doc[span.start - 1]
    if before.lemma_.lower() in media_nouns(pack) or before.lower_ in media_nouns(pack):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if before.lower_ not in function_words(pack, "channel_preposition") or \
            after is not None and after.lower_ in function_words(pack, "genitive"):
        return False
    k = span.start - 2
    while k > 0 and k > span.start - 5 and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADV", "AUX"):
        k -= 1  # over the inverted subject: "explique le syndic à 24 heures"
    return speech_verb(doc[k]) is not None and doc[k].pos_ == "VERB"


def _cased_as_title(written: str) -> bool:
    """A title is written with a capital on its last word too ("La Presse", "Le Monde
    diplomatique" excepted by its first two), or a number: "La presse locale" or "le monde entier" is no title."""
    words = written.replace("’", "'").split()
    # a number is part of a title as written ("France 24", "Canal 10")
    return len(words) < 2 or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]) or "'" in words[0]


def _opens_title(char: str) -> bool:
    """A title opens with a capital or a number ("France 24" aside, "20 Minutes", "24 Heures")."""
    return char.isupper() or char.isdigit()


def _title_inside(text: str, folded: str, forms: dict[str, tuple[str, str]], start: int,
                  end: int) -> tuple[int, tuple[str, str]] | None:
    """The listed form that ends the scanned span [start, end) after one of its words, written
    with a capital, as (its start, its entry); or None."""
    for k in range(start + 1, end):
        if folded[k - 1] == " " and _opens_title(text[k]) and folded[k:end] in forms:
            return k, forms[folded[k:end]]
    return None


def media_mentions(doc: Doc, index: ActorIndex) -> list[MediaMention]:
    """Every medium the Doc names, in text order (cached on the Doc)."""
    cached = doc.user_data.get(CACHE_KEY)
    if cached is not None:
        return cached
    text = text_of(doc)
    folded = fold_same_length(text).replace("’", "'")
    found = [_without_final_stop(MediaMention(m.start, m.end, m.text, m.actor_id))
             for m in index.mentions if m.kind == "media"]

    def free(start: int, end: int) -> bool:
        return not any(m.start < end and start < m.end for m in found)

    # the words of a person the index names ("Michael Bloomberg", and "Bloomberg" alone after it)
    persons = [(m.start, m.end) for m in index.mentions if m.kind == "person"]

    def personal(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in persons)

    pack = pack_of(doc)
    scanner, forms, cased = _gazetteer_titles(gazetteer_of(doc), pack)
    for start, end in scanner.find(folded):
        if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
            continue  # the start of a longer hyphenated name: "La Croix-Rouge" is no "La Croix"
        entry = forms.get(folded[start:end])
        if entry is not None and not text[start].isupper():
            # "selon la Libre Belgique": the article in lower case is the sentence's, not the title's
            # but "selon l'Humanité", "à l'Express": a one-word title whose own article is elided
            # keeps its entry, the capital after the apostrophe shows the title ("faire avancer le
            # Droit" is no "Le Droit": a full article leaves the word a common noun)
            cut = strip_article(folded[start:end], pack)[1]
            if cut:
                start = start + cut
                elided = "'" in folded[start - cut:start] and " " not in folded[start:end].strip()
                # and a capitalised one-word title right after a marker that cites ("Selon le
                # Temps", "interrogé par le Soir"): only a source follows there, no common noun
                cited = " " not in folded[start:end].strip() and text[start].isupper() and \
                    _citing_marker_before(pack).search(text, max(0, start - cut - 30), start - cut) is not None
                entry = forms.get(folded[start:end]) or (entry if elided or cited else None)
        if entry is None or not _opens_title(text[start]):
            # a longer form matched where the text writes a common noun before the title
            # ("l'agence Chine nouvelle" read as the alias "Agence Chine nouvelle"): the listed
            # title it ends with, written as a title
            start, entry = _title_inside(text, folded, forms, start, end) or (start, entry)
        if entry is not None and _opens_title(text[start]) and free(start, end) and \
                (_cased_as_title(text[start:end]) or
                 (text[start].isalpha() or _citing_marker_before(pack).search(text, max(0, start - 20), start) or
                  _number_title_cited(doc, start, end)) and
                 text[start:end].replace("’", "'") in cased or
                 agency_cased_loosely(gazetteer_of(doc), entry[1], text[start:end])) and \
                not lacks_title_evidence(doc, start, end, text[start:end], entry[1]):
            # (a title that opens with a number is one only cased as a title: "20 Minutes", not
            # "à 20 minutes de la gare"; or written as listed right after a marker that cites:
            # "selon 24 heures")
            found.append(MediaMention(start, end, entry[1], None))
    introduced = _introduced_title(pack)
    for pattern in (introduced, _foreign_title(pack)):
        for match in pattern.finditer(text):
            start, end = match.start("title"), match.end("title")
            described = match.groupdict().get("adj")
            if described and not _described_title(doc, index, match.start("adj"), match.end("adj"), start, end):
                continue
            if listed_body_opens(gazetteer_of(doc), text[start:end]):
                continue  # "sa chaîne Telegram", "la chaîne YouTube du parti": a platform, no medium
            if free(start, end) and index.at(start, end, ("country",)) is None and \
                    not (_person_not_title(doc, index, start, end) if pattern is introduced
                         else index.at(start, end, ("person",)) is not None):
                found.append(MediaMention(start, end, text[start:end], None))
    # a site named by its web address: a listed medium's ("selon lemonde.fr": Le Monde), or any a
    # news site's noun introduces ("le site d'information actualite.cd"), not a bare site noun
    # (pack setting bare_site_nouns: "le site gouvernement.fr" may be a ministry's)
    nouns_before = _media_noun_before(pack)
    stems = _listed_stems(gazetteer_of(doc))
    bare = frozenset(pack.setting("bare_site_nouns", []))
    for match in WEB_ADDRESS.finditer(text):
        start, end = match.start(), match.end()
        whole = _gazetteer_names(gazetteer_of(doc)).get(fold_same_length(text[start:end]).lower())
        listed = whole[1] if whole else stems.get(text[start:end].split(".")[0].replace("-", ""))
        introduced = nouns_before.search(text, max(0, start - 40), start)
        news_site = introduced is not None and introduced.group().split()[-1].lower() not in bare
        if free(start, end) and (listed or news_site):
            found.append(MediaMention(start, end, listed or text[start:end], None))
    # a site that writes its name as a brand, capitals and all ("selon TMZ.com", "d'après
    # Politico.eu"), right after a marker that cites: a body's address is written in lower case
    for match in BRAND_ADDRESS.finditer(text):
        start, end = match.start(), match.end()
        if free(start, end) and _citing_marker_before(pack).search(text, max(0, start - 20), start):
            found.append(MediaMention(start, end, text[start:end], None))
    # an unlisted title its head word shows to be a newspaper's ("selon le Kathmandu Post"); the
    # French article before it is the sentence's ("Le Kathmandu Post rapporte")
    headed = _headed_title(pack)
    for match in headed.finditer(text) if headed is not None else ():
        start, end = match.start("title"), match.end("title")
        _, cut = strip_article(text[start:end], pack)
        opener = doc.char_span(start + cut, end, alignment_mode="expand")
        if opener is not None and len(opener) > 1 and opener[0].pos_ == "DET":
            cut = opener[1].idx - start  # "Un Post …": a determiner of the sentence the pack lists as no article
        if " " not in text[start + cut:end].strip():
            continue  # "Le Journal officiel", "Un Post Facebook": the head word alone is a common noun
        start += cut
        # (a city may open it: "Moscow Times", "Kathmandu Post")
        if free(start, end) and index.at(start, end, ("person",)) is None:
            found.append(MediaMention(start, end, text[start:end], None))
    # a title where a channel only a medium completes ends: "dans les colonnes de Vecherniy Bishkek"
    # (a listed title keeps its listed name: "du Figaro" is Le Figaro)
    names = _gazetteer_names(gazetteer_of(doc))
    title = _channel_title(pack)
    for channel in pack.pattern("medium_after_channel").finditer(text):
        match = title.match(text, channel.end())
        if match is None:
            continue
        start, end = match.start("title"), match.end("title")
        body = index.at(start, end, ("organization",))
        # a listed body is no medium ("à l'antenne de la Croix-Rouge"); an unlisted one may be a title
        if free(start, end) and index.at(start, end, ("person", "country", "place")) is None and \
                (body is None or body.actor_id in index.unlisted):
            listed = names.get(fold_same_length(text[start:end]).lower())
            found.append(MediaMention(start, end, listed[1] if listed else text[start:end], None))
    # a title the gazetteer lists, after a noun that also names other bodies ("l'agence Belga"
    # when the recogniser took Belga for a place; "l'agence Frontex" is no medium: not listed)
    for match in _ambiguous_title(pack).finditer(text):
        start, end = match.start("title"), match.end("title")
        if match.group("adj") and not _adjectives_only(doc, match.start("adj"), match.end("adj")):
            continue
        entry = names.get(fold_same_length(text[start:end]).lower())
        if entry is None and " " in text[start:end]:  # one word of the two: "l'agence Belga Jean …"
            end = start + text[start:end].index(" ")
            entry = names.get(fold_same_length(text[start:end]).lower())
        written = None
        if entry is None:
            # a listed name misspelled by a letter ("l'agence Spunik"): the medium under the name
            # the text gives it (the two words, else the first)
            end = match.end("title")
            entry = near_listed(gazetteer_of(doc), text[start:end])
            if entry is None and " " in text[start:end]:
                end = start + text[start:end].index(" ")
                entry = near_listed(gazetteer_of(doc), text[start:end])
            written = text[start:end]
        if entry is None and _state_agency(doc, index, match):
            # "d'après l'agence philippine PNA": an unlisted state's news agency
            start, end = match.start("title"), match.end("title")
            if " " in text[start:end] and text[start:end].split()[0].isupper():
                end = start + text[start:end].index(" ")  # "l'agence népalaise RSS Lundi": the acronym
            entry, written = ("", ""), text[start:end]
        if entry is not None and free(start, end) and index.at(start, end, ("person",)) is None:
            found.append(MediaMention(start, end, written or entry[1], None))
    # a one-word title the gazetteer lists, inside a longer name the recogniser found ("à l'antenne
    # de Radio-Canada" read as one place): the index missed it, the text writes it as listed
    for entity in entities_of(doc):
        for token in entity:
            entry = names.get(fold_same_length(token.text).replace("’", "'").lower())
            if entry is not None and len(entity) > 1 and token.text[:1].isupper() and \
                    (token.pos_ == "PROPN" or fold_same_length(token.text) == fold_same_length(entry[1])) and \
                    free(token.idx, token.idx + len(token.text)) and \
                    not personal(token.idx, token.idx + len(token.text)) and \
                    not lacks_title_evidence(doc, token.idx, token.idx + len(token.text), token.text, entry[1]):
                found.append(MediaMention(token.idx, token.idx + len(token.text), entry[1], None))
    # a title found once is the same medium wherever it is written again ("à Sciences et Avenir"),
    # but for the words of a person the index names (the surname of a person the title bears)
    for mention in [m for m in found if m.actor is None]:
        for start, end in whole_word_spans(text, mention.name):
            if free(start, end) and not personal(start, end):
                found.append(MediaMention(start, end, mention.name, None))
    found.sort(key=lambda m: (m.start, -m.end))
    doc.user_data[CACHE_KEY] = found
    return found


def link_listed(doc: Doc, index: ActorIndex, mention: MediaMention) -> str | None:
    """The gazetteer's id of a medium that the scan of its listed titles found where the index did
    not ("selon l'agence Chine nouvelle", "selon le Journal de Montréal": an alias or a title the
    recogniser missed), once it speaks or is cited: the mention points to the listed medium, under
    any of its names, and the index (so the record, the speaker, a later description) gets it."""
    entry = gazetteer_of(doc).media(mention.name)
    if entry is None:
        return None
    if any((m.start, m.end) == (mention.start, mention.end) and m.actor_id != entry.id for m in index.mentions):
        # the index reads these very words as another actor (a person's repeated surname: "publiée
        # sur Bloomberg …" after "Michael Bloomberg"), and a span is one actor's: the medium would
        # be listed with no mention of its own, so the mention stays unlinked
        return None
    index.add(FoundActor(id=entry.id, name=entry.name, kind="media", country=entry.country or None),
              mention.start, mention.end, text_of(doc)[mention.start:mention.end])
    index.finish()
    mark_listed(doc, mention.start, mention.end, entry.id)
    return entry.id


def mark_listed(doc: Doc, start: int, end: int, actor_id: str) -> None:
    """The index now holds, at [start, end), the medium the gazetteer scan found there with no id
    (sources link a cited title so): the cached mention gets the id, so that what reads the
    mentions later (a description taking up the latest medium) links it too."""
    found = doc.user_data.get(CACHE_KEY)
    for k, mention in enumerate(found or ()):
        if (mention.start, mention.end) == (start, end) and mention.actor is None:
            found[k] = MediaMention(start, end, mention.name, actor_id)


def medium_at(doc: Doc, index: ActorIndex, start: int, end: int) -> MediaMention | None:
    """The longest medium named inside [start, end)."""
    best = None
    for mention in media_mentions(doc, index):
        if start <= mention.start and mention.end <= end and \
                (best is None or mention.end - mention.start > best.end - best.start):
            best = mention
    return best


def latest_medium(named: list[MediaMention], position: int) -> MediaMention | None:
    """The medium named last before `position`, within MEDIUM_REACH: the one a description of a
    medium there takes up ("… a rapporté Le Soir. Selon le quotidien, …")."""
    return next((m for m in reversed(named) if m.end <= position and position - m.end <= MEDIUM_REACH), None)
