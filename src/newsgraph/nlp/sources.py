"""News sources the article cites: media and agencies as origin or channel of information.

A media mention is a source when its context says so: an attribution marker
("selon l'agence Reuters"), the channel of a statement ("a déclaré à l'AFP",
"sur Europe 1", "dans un entretien au Monde"), a speech verb it is the subject of
("a rapporté CNN", "Le Figaro annonce") or a dispatch credit ("(AFP)"). Mentions as
an employer or a topic ("le journaliste de France 2") are not. Unnamed media
("selon les médias iraniens", "selon un reportage") are sources with named=False.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..gazetteer_data import MediaEntry
from ..lang import LanguagePack
from .actors import ActorIndex
from .attribution import AttributedQuote
from .context import gazetteer_of, pack_of
from .lexicon import folded_words, function_words, media_nouns, pronoun_forms, speech_verb
from .media_mentions import link_listed, media_mentions, medium_at, owner_or_description
from .own_outlet import cites_own_outlet, reaching_outlet, signed_outlet
from .speaker_words import head_word, heads_with, speaker_words
from .speakers import staff_of_medium
from .syntax import labels, passive_subject, subject_labels
from .textutil import fold_same_length, text_of
from .source_credits import CREDIT_NAME, credits, display_name
from .object_media import asks_to_act, coordinated, modifies_object, modifies_work
from .citing_channels import DESCRIPTION_TOKENS, OPENING_MARKS, cited_from, media_description_words
from .unnamed_media import MIN_STRENGTH, relays, unnamed_media_sources


# a medium's name in brackets right after a citation: "sur La Première (RTBF)"
OWNER_IN_BRACKETS = re.compile(r"[ \u00a0]?\(" + CREDIT_NAME)
# the dash that ends a dateline after its credit ("Kinshasa, 28 janvier (7SUR7.CD) –", with a full
# stop before it in some houses' style: "(7SUR7.CD).-"), and how far into its paragraph a dateline's
# credit stands
DASH_AFTER = re.compile(r"\.?[ \u00a0]*[-–—]")
BYLINE_CHARS = 60
# words of description between an unnamed media phrase and the title they introduce
DESCRIPTION_GAP = 3


@dataclass(frozen=True, slots=True)
class FoundSource:
    """A medium the article cites, with the char span of the citation (marker or verb included)."""
    name: str
    actor: str | None
    start: int
    end: int
    named: bool = True
    # a dispatch credit ("(ACP)"): the agency the article is, which counts even on the agency's own site
    credit: bool = False


def find_sources(doc: Doc, index: ActorIndex, quotes: list[AttributedQuote] = ()) -> list[FoundSource]:
    """The media the article cites, in text order."""
    text = text_of(doc)
    pack = pack_of(doc)
    found: list[FoundSource] = []
    # a medium (or a description of one: "indique le quotidien") speaking a quote is a source
    words = speaker_words(pack)
    personal = pronoun_forms(pack, kind="personal")
    for quote in quotes:
        speaker = quote.speaker
        if speaker.start is None or text[speaker.start:speaker.end].lower() in personal:
            continue  # (a continuation that inherits its speaker repeats a span already cited; a
            # personal pronoun resolved to a medium is no mention of it: "a-t-il ajouté")
        joint = _joint_media(doc, index, speaker.start, speaker.end)
        if joint:
            # "rapportent Le Monde et Libération": each medium of a joint speaker is cited
            cue = quote.found.cue
            for k, medium in enumerate(joint):
                start, end = medium.start, medium.end
                if k == 0 and cue is not None and 0 <= speaker.start - cue[1] <= 3:
                    start = cue[0]  # "rapportent Le Monde"
                if k == len(joint) - 1 and cue is not None and 0 <= cue[0] - speaker.end <= 25:
                    end = cue[1]  # "Libération affirment"
                if not any(s.start < end and start < s.end for s in found):
                    actor = index.actors.get(medium.actor) if medium.actor else None
                    found.append(FoundSource(display_name(medium.name, actor.name) if actor else medium.name,
                                             medium.actor or link_listed(doc, index, medium), start, end))
            continue
        written = medium_at(doc, index, speaker.start, speaker.end)
        head = head_word(words, text[speaker.start:speaker.end])
        if written is not None and written.start > speaker.start and \
                _releases(pack, text[speaker.start:written.start]):
            continue  # "un communiqué de l'agence Amaq": the medium speaks for itself, as any body
        if written is not None and written.start > speaker.start and \
                not _article_only(text[speaker.start:written.start], pack) and \
                head_word(words, text[speaker.start:written.start]) not in words.media | _works(pack) | {""} and \
                not staff_of_medium(doc, text[speaker.start:written.start]):
            # "le directeur de Libération": the medium only employs the speaker; its journalists
            # ("une équipe de Reuters a constaté") report for it
            written = None
        actor = index.actors.get(speaker.actor) if speaker.actor else None
        if written is not None and actor is not None and actor.kind == "person":
            continue  # a named journalist speaks for himself ("Le correspondant de Reuters, Paul Marchal, affirme")
        if written is None and (actor is None or actor.kind != "media" or head in words.roles):
            continue  # "le directeur des rédactions du journal" speaks for himself: the journal employs him
        start, end = speaker.start, speaker.end
        cue = quote.found.cue
        if cue is not None and 0 <= cue[0] - end <= 25:
            end = cue[1]  # "Le Figaro annonce"
        elif written is not None:
            # the citation ends with the medium's name: words the speaker's span runs on over are
            # not the medium's ("selon l'agence Tass des armes …" read as one phrase)
            end = written.end
        if cue is not None and 0 <= start - cue[1] <= 3:
            start = cue[0]  # "rapporte Le Figaro"
        start = min(start, _linked_from(doc, speaker.start, speaker.end, start))
        if not any(s.start < end and start < s.end for s in found):
            if written is not None:
                found.append(FoundSource(display_name(written.name, actor.name if actor else written.name),
                                         written.actor or link_listed(doc, index, written), start, end))
            else:  # "le quotidien", "le journal": a description of the medium that speaks
                # (unless the words cited name it: "croit savoir Le Parisien", or the name the
                # speaker's mention stops before: "La chaîne kurde Rudaw affirme")
                named = any(start <= m.start and m.end <= end and m.actor_id == actor.id for m in index.mentions)
                found.append(FoundSource(actor.name, actor.id, start, end, named=named))
    quoted = [(q.start, q.end) for q in quotes if q.found.type == "direct"]
    for mention in media_mentions(doc, index):
        if any(s.start <= mention.start < s.end for s in found):
            continue
        if any(s <= mention.start and mention.end <= e for s, e in quoted):
            continue  # a medium a quoted speaker names is not one the article cites
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        actor = index.actors.get(mention.actor) if mention.actor else None
        name = display_name(mention.name, actor.name) if actor else mention.name
        cue_start = cited_from(doc, span.start, span.end)
        cited = None
        if cue_start is not None:
            cited = min(cue_start, mention.start), max(mention.end, span.end_char)
        elif (cue := _reported_by(doc, span.start, span.end)) is not None:
            # "confirmée mardi par l'AFP", "un reportage diffusé par la chaîne Al Jazeera"
            cited = min(cue, mention.start), max(mention.end, span.end_char)
        elif (verb_end := _speaks(doc, span.start, span.end)) is not None:
            cited = min(mention.start, verb_end[0]), max(mention.end, verb_end[1])
        elif _conjoined_to_source(doc, span.start, span.end, found):
            # "selon Le Monde et Libération": each medium of a coordination shares the citation
            cited = mention.start, max(mention.end, span.end_char)
        if cited is not None:
            found.append(FoundSource(name, mention.actor or link_listed(doc, index, mention), *cited))
    # unnamed media acting as speaker or channel: "la presse locale rapporte", "à la radio publique"
    taken = [(s.start, s.end) for s in found] + quoted
    for name, actor, start, end in unnamed_media_sources(doc, index, taken):
        found.append(FoundSource(name, actor, start, end, named=False))
    # unnamed media: "selon les médias iraniens", "d'après un reportage"
    for match in pack.pattern("generic_media_source").finditer(text):
        if any(s.start <= match.start() < s.end or match.start() <= s.start < match.end() for s in found):
            continue
        np = match.group("np").rstrip()
        found.append(FoundSource(np, None, match.start(), match.start("np") + len(np), named=False))
    # a dispatch credit: "(AFP)"
    for name, actor, start, end in credits(doc, index, [(s.start, s.end) for s in found]):
        found.append(FoundSource(name, actor, start, end, credit=True))
    found.sort(key=lambda s: s.start)
    return _without_own_outlet(doc, _merged([_owned_channel(doc, source) for source in found], doc))


def _without_own_outlet(doc: Doc, found: list[FoundSource]) -> list[FoundSource]:
    """The article's own outlet is no source (GUIDELINES §3 counts agency credits, not "the
    article's own outlet and byline"), nor are its citations of itself ("…, a constaté 7SUR7.CD"),
    as when the article's address names it (own_outlet.py). The text names it by a credit in
    brackets that opens a paragraph's dateline with a listed outlet, not an agency ("Kinshasa, 28
    janvier 2025 (7SUR7.CD) – …": its byline), by that name alone closing the text, bare or in
    brackets ("(7SUR7.CD)" or "RTS" as the last paragraph: its signature), or by an outlet that
    reached someone for a statement ("joint par Le Devoir": its own newsgathering)."""
    text = text_of(doc)
    gazetteer = gazetteer_of(doc)
    own = _byline_outlet(text, found, gazetteer) or signed_outlet(text, gazetteer) or \
        reaching_outlet([(s.name, s.actor, text[s.start:s.end]) for s in found if not s.credit], gazetteer, pack_of(doc))
    return found if own is None else [s for s in found if not cites_own_outlet(s.name, s.actor, own, gazetteer)]


def _byline_outlet(text: str, found: list[FoundSource], gazetteer: Gazetteer) -> MediaEntry | None:
    """The listed outlet, not an agency, of a credit in brackets opening a paragraph's dateline."""
    for source in found:
        paragraph = text.rfind("\n", 0, source.start) + 1
        if not source.credit or source.start - paragraph > BYLINE_CHARS or not DASH_AFTER.match(text, source.end):
            continue
        entry = gazetteer.media(source.name)
        if entry is not None and entry.kind != "agency":
            return entry
    return None


def _owned_channel(doc: Doc, source: FoundSource) -> FoundSource:
    """A channel cited with its owner in brackets right after it ("a réagi sur La Première
    (RTBF)", "sur ICI Première (Radio-Canada)"): one citation of the owner, the brackets included.
    The brackets are no short form of the channel's name when they name another listed medium,
    and an agency there owns nothing: "selon Le Soir (Belga)" is left to the credits."""
    text = text_of(doc)
    match = OWNER_IN_BRACKETS.match(text, source.end)
    if match is None or source.credit:
        return source
    gazetteer = gazetteer_of(doc)
    owner = gazetteer.media(match.group("name"))
    channel = gazetteer.media(source.name) if source.actor is None else None
    if owner is None or owner.kind == "agency" or owner.id in (source.actor, getattr(channel, "id", None)) or \
            source.actor is None and channel is None:
        return source
    return FoundSource(display_name(match.group("name"), owner.name), owner.id, source.start, match.end(), source.named)


def _linked_from(doc: Doc, start: int, end: int, default: int) -> int:
    """Start char of the words that link a speaking medium to the information when the quote's cue
    is further away: its own marker or channel, or the participle it is the agent of ("According
    to a draft seen by Reuters, …", "Selon les informations obtenues par Le Monde, …"); else
    `default`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return default
    cue = cited_from(doc, span.start, span.end)
    if cue is None:
        cue = _reported_by(doc, span.start, span.end)
    return default if cue is None else min(cue, default)


def _merged(found: list[FoundSource], doc: Doc) -> list[FoundSource]:
    """One citation read twice is one source: "selon un article publié par Le Monde" cites Le Monde
    through the work that speaks ("Selon un article publié") and as the participle's agent ("publié
    par Le Monde"); overlapping spans of the same medium make one entry, named if either is. Two
    spans that only a space parts ("Selon une enquête" | "publiée par Le Monde") are one too, and so
    are an unnamed description and the title a few words of it later introduce ("selon la chaîne
    d'information" | "continue LCI")."""
    text = text_of(doc)
    out: list[FoundSource] = []
    for source in found:
        last = out[-1] if out else None
        if last is not None and (source.start < last.end or not text[last.end:source.start].strip()) and \
                (last.actor is not None and last.actor == source.actor or last.name == source.name) or \
                last is not None and not last.named and source.named and last.end <= source.start and \
                _describes(doc, last.end, source.end):
            named = source if source.named else last
            out[-1] = FoundSource(named.name, named.actor, last.start, max(last.end, source.end),
                                  last.named or source.named, last.credit or source.credit)
            continue
        out.append(source)
    return out


def _describes(doc: Doc, end: int, title_end: int) -> bool:
    """Do the words from an unnamed description ending at char `end` to a cited title's end only
    describe the medium it names: at most DESCRIPTION_GAP words besides proper nouns, no mark,
    preposition, coordinator or pronoun (tagger)? "selon des médias locaux cités par Reuters" cites two."""
    span = doc.char_span(end, title_end, alignment_mode="expand") if title_end > end else None
    return span is not None and \
        len([t for t in span if not t.is_space and t.pos_ != "PROPN"]) <= DESCRIPTION_GAP and \
        not any(t.is_punct or t.pos_ in ("ADP", "CCONJ", "SCONJ", "PRON") for t in span)


@cache
def _works(pack: LanguagePack) -> frozenset[str]:
    """What a medium publishes, folded ("une dépêche de l'agence Belga", "des informations de la RTS"):
    the words of a work speak for the medium that published it."""
    return frozenset(fold_same_length(w).lower() for w in pack.words("media_works") | pack.words("information_nouns"))


def _releases(pack: LanguagePack, text: str) -> bool:
    """Are the words before a medium's name headed by a press release ("un communiqué de presse
    de l'")? A communiqué cites no medium (GUIDELINES §3; pack `release_nouns`)."""
    return heads_with(speaker_words(pack), text, folded_words(pack, "release_nouns"))


def _article_only(text: str, pack: LanguagePack) -> bool:
    """Are the words before a medium's name only its article ("le" of "d'après le New York Times")?"""
    folded = fold_same_length(text).strip().lower()
    return not folded or folded in {fold_same_length(p).strip().lower() for p in pack.entries("article_prefixes")}


def _conjoined_to_source(doc: Doc, start: int, end: int, found: list[FoundSource]) -> bool:
    """Does the medium at tokens [start, end) follow a cited medium through a coordinator or a
    comma ("selon Le Soir, la RTBF et la VRT"), the coordinator with the preposition of the first
    repeated ("aux questions de France 2 et de RTL", "à l'AFP et à Reuters")? After a comma the
    list goes on past the medium (a comma or a coordinator): "Selon Le Monde, Libération a été
    vendu" closes the citation at the comma, and the medium after it opens the clause. Read on the
    tagger (CCONJ, ADP), so no words of a language."""
    i = start - 1
    while i >= 0 and (doc[i].pos_ == "DET" or doc[i].is_space):
        i -= 1
    if i >= 2 and doc[i].pos_ == "ADP" and doc[i - 1].pos_ == "CCONJ":
        i -= 1  # (the preposition only after a coordinator: ", de France 2" opens a complement)
    if i < 1 or not (doc[i].pos_ == "CCONJ" or doc[i].text == ","):
        return False
    if doc[i].text == "," and not (end < len(doc) and (doc[end].pos_ == "CCONJ" or doc[end].text == ",")):
        return False
    before = doc[i - 1]
    end = before.idx + len(before.text)
    return any(s.end == end and s.named for s in found)


def _reported_by(doc: Doc, start: int, end: int) -> int | None:
    """Start char of the participle or speech verb the medium at tokens [start, end) is the agent
    of, read on the parse ("a été confirmée mardi par l'AFP"), or of the media noun it names
    ("diffusé par la chaîne qatarie Al Jazeera")."""
    pack = pack_of(doc)
    agent = labels(pack, "agent")
    attached = labels(pack, "apposition", "name_part", "nominal_modifier")
    nouns = media_nouns(pack)
    participles = pack.words("channel_participles")
    for token in doc[start:end]:
        if token.dep_ in attached and token.head.lemma_.lower() in nouns and not start <= token.head.i < end:
            token = token.head
        else:
            token = _described_by(doc, token, start)  # "par la télévision d'État nord-coréenne KCTV"
        head = token.head
        if token.dep_ in agent and (head.lemma_.lower() in participles or head.lower_ in participles or
                                    speech_verb(head) is not None):
            return head.idx
    return None


def _speaks(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The medium is the subject of a speech verb: "Le Figaro annonce", "a rapporté CNN"."""
    pack = pack_of(doc)
    nouns = media_nouns(pack)
    attached = labels(pack, "apposition", "name_part", "nominal_modifier")
    subjects = subject_labels(pack)
    learning = pack.words("media_learning_verbs")
    staff = function_words(pack, "media_staff")
    cases = pack.label("case_marker")
    for token in doc[start:end]:
        # "L'agence Reuters confirme": the medium is in apposition to the subject noun
        if token.dep_ in attached and token.head.lemma_.lower() in nouns and not start <= token.head.i < end:
            token = token.head
        else:
            token = _described_by(doc, token, start)
        head = token.head
        if token.dep_ in attached and head.lower_ in staff and head.dep_ in subjects and head.head.i != head.i:
            if _named_staff(head, end):
                continue  # "Le correspondant de Reuters, Paul Marchal, affirme": he speaks for himself
            token, head = head, head.head  # "un photographe de l'AFP a vu": the staff speak for the medium
        # "…, a appris l'AFP de source sûre": a verb of gathering whose subject (inverted, read by
        # the parser as a bare modifier after it: no preposition) is the medium
        if passive_subject(token) and not (head.lemma_.lower() in pack.words("addressee_object_verbs") and
                                           any(c.dep_ in labels(pack, "clausal_complement") for c in head.children)):
            continue  # "Le Monde a été accusé de mentir", "the Post was warned not to publish"; but
            # the one told what is said is the channel: "Reuters was told by two officials that …"
        gathers = _gathering(head, learning) and head.i != token.i and \
            (token.dep_ in subjects or head.lemma_.lower() in learning and token.i > head.i and
             not any(c.dep_ in cases for c in token.children))
        if gathers or token.dep_ in subjects and (speech_verb(head) is not None and not _act_of_medium(head) or
                                                  _informs(head) or relays(head)):
            end_char = doc[end - 1].idx + len(doc[end - 1].text)
            return min(doc[start].idx, head.idx), max(end_char, head.idx + len(head.text))
    opening = _opens_clause_before(doc, start, end)
    if opening is not None:
        return opening
    while start > 1 and doc[start - 1].is_space:
        start -= 1  # "rapporte  Libération": a doubled space of scraped copy
    lead = _over_time_words(doc, start)
    if lead > 0:
        prev = doc[lead - 1]
        if speech_verb(prev) is not None and prev.pos_ == "VERB" and lead >= 2 and doc[lead - 2].text not in (",",) \
                or (lead >= 2 and prev.pos_ == "DET" and speech_verb(doc[lead - 2]) is not None):
            verb = prev if speech_verb(prev) is not None else doc[lead - 2]
            if verb.lemma_.lower() not in pack.words("addressee_object_verbs") and \
                    not modifies_work(doc, start, end, verb, _works(pack)) and \
                    (any(c.dep_ in subjects and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON") and
                         c.lower_ not in pack.words("accusative_clitics") for c in verb.children)
                     or coordinated(verb, pack)):
                return None  # "la ministre a accusé Le Soir de mentir", "…, puis a critiqué Le Figaro",
                # "the president attacked the Times": the verb's subject is before it (its own, or the
                # one of the clause it is coordinated to), the medium after it is its object, not an
                # inverted subject (an object clitic the parser takes for the subject is none: "Ainsi
                # que l'a rapporté Le Monde"); only a verb whose object is the one spoken to makes it the
                # channel ("she told CBC", lang/en/addressee_object_verbs.txt)
            if asks_to_act(verb, end) or modifies_object(doc, start, end, verb, _works(pack)):
                return None
            return verb.idx, doc[end - 1].idx + len(doc[end - 1].text)
    return _closing_incise(doc, start, end)


def _over_time_words(doc: Doc, start: int) -> int:
    """The token before which a speech verb may stand for the medium at token `start` to be its
    inverted subject, over a time word or an adverb between them ("Comme l'a révélé mardi Le
    Canard enchaîné", "a rapporté hier Le Soir"); `start` when none stands there."""
    times = pack_of(doc).words("time_nouns")
    k = start
    if k > 1 and doc[k - 1].pos_ == "DET" and doc[k - 1].text[:1].islower():
        k -= 1  # the medium's article: "a révélé mardi le Canard enchaîné"
    first = k
    while k > 1 and first - k < 3 and (doc[k - 1].pos_ == "ADV" or doc[k - 1].lemma_.lower() in times) and \
            doc[k - 1].lower_ not in pack_of(doc).words("negations"):
        k -= 1
    if k == first or speech_verb(doc[k - 1]) is None or doc[k - 1].pos_ != "VERB":
        return start
    return k


def _named_staff(staff, end: int) -> bool:
    """Is the medium's staff member named in apposition ("La correspondante de France 24, Nadia
    Benali, affirme…", read as a coordination too), or right after the medium's name that ends at
    token `end` ("Le journaliste de CNN Jim Acosta a demandé")? Then a person speaks, whom the
    medium employs."""
    pack = pack_of(staff.doc)
    named = labels(pack, "apposition", "conjunct")
    # (the parser may hang the name on the last noun of the staff's phrase: "au Caire, Nadia Benali")
    if any(t.dep_ in named and t.pos_ == "PROPN" and t.i > staff.i and staff.doc[t.i - 1].text == ","
           for t in staff.subtree):
        return True
    # a name with no preposition of its own, right after the medium's, hung on the staff noun
    # (as an apposition or a modifier): the staff member's name, not a second medium
    cases = pack.label("case_marker")
    after = staff.doc[end] if end < len(staff.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.head.i == staff.i and \
        after.dep_ in labels(pack, "apposition", "nominal_modifier", "name_part") and \
        not any(c.dep_ in cases for c in after.children)


def _closing_incise(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The medium is the inverted subject of a speech verb right after a comma, and its noun
    phrase closes the incise: "…, affirme Reuters.", "…, rapporte l'agence Reuters citant un
    diplomate" (what follows is a mark or a present participle). "…, accuse Le Soir de mentir"
    goes on after the medium: its object, not an incise; so does "…, puis a critiqué Le Figaro", a
    clause coordinated to the one before (a coordinator on the verb), whose subject is earlier."""
    pack = pack_of(doc)
    nouns = media_nouns(pack)
    description = media_description_words(pack)
    i = start - 1
    while i > 0 and i > start - DESCRIPTION_TOKENS and (doc[i].pos_ in ("DET", "ADJ") or doc[i].is_space or
                                        doc[i].lemma_.lower() in nouns or doc[i].lower_ in description):
        i -= 1  # "l'agence de presse", "le quotidien américain"
    staff = function_words(pack, "media_staff")
    if i > 1 and doc[i].pos_ == "ADP" and doc[i - 1].lower_ in staff:
        i -= 1  # (the walk stops at "de" or past it, as the description words hold it or not)
    if i > 1 and doc[i].lower_ in staff and doc[i + 1].pos_ == "ADP":
        # "…, a constaté un photographe de l'AFP": the medium's staff are the inverted subject and
        # report for it, as they do before their verb (_speaks); a named one speaks for himself
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
            return None
        i -= 1
        while i > 0 and doc[i].pos_ in ("DET", "ADJ"):
            i -= 1
    # over the verb that governs it, auxiliaries and adverbs ("…, croit savoir Le Canard", "…, a
    # fait savoir Le Soir", "…, a rapporté hier Le Soir"): the comma opens the incise
    k = i
    while k > 0 and k > i - 4 and doc[k - 1].pos_ in ("AUX", "ADV", "VERB") and doc[k - 1].text != ",":
        k -= 1
    while i > k and not (doc[i].pos_ == "VERB" and speech_verb(doc[i]) is not None):
        i -= 1
    verb = doc[i]
    if k < 1 or doc[k - 1].text != "," or verb.pos_ != "VERB" or speech_verb(verb) is None or \
            _participle_only(doc[k]) or end >= len(doc) or \
            coordinated(verb, pack):
        return None
    after = doc[end]
    if not (after.is_punct and after.text not in ("(", "«", "“") or
            "Part" in after.morph.get("VerbForm") and "Pres" in after.morph.get("Tense") or
            _own_work_after(doc, end)):
        return None
    return verb.idx, doc[end - 1].idx + len(doc[end - 1].text)


def _participle_only(verb) -> bool:
    """Is the incise's first word a participle (which takes no inverted subject), not a present
    written alike ("…, écrit Le Monde.": pack `finite_participle_forms`) that the tagger misread?"""
    return "Part" in verb.morph.get("VerbForm") and verb.lower_ not in pack_of(verb.doc).words("finite_participle_forms")


def _own_work_after(doc: Doc, end: int) -> bool:
    """Does a phrase on the medium's own work or outlet follow its name ("…, révèle Le Canard
    enchaîné dans son édition de mercredi", "…, affirme Le Monde sur son site")? It tells where the
    medium said it, so the incise closes on the medium, as before a mark."""
    if end >= len(doc) or doc[end].pos_ != "ADP":
        return False
    pack = pack_of(doc)
    nouns = _works(pack) | pack.words("channel_nouns") | media_nouns(pack)
    for token in doc[end + 1:end + 4]:
        if token.pos_ == "NOUN":
            return fold_same_length(token.lemma_).lower() in nouns or token.lemma_.lower() in nouns
        if token.pos_ not in ("DET", "ADJ"):
            return False
    return False


def _described_by(doc: Doc, token, start: int):
    """The media noun that introduces the medium at token `start` when the parser hangs the
    name on the description under whatever label ("L'agence officielle Sana" read as an
    adjective, "Le site d'information Mediapart" hung on "information"): the head the name
    climbs to through the description right before it; else the token itself."""
    pack = pack_of(doc)
    nouns = media_nouns(pack)
    description = media_description_words(pack)
    first = start
    while first > 0 and first > start - DESCRIPTION_TOKENS and (doc[first - 1].pos_ in ("DET", "ADJ", "ADP") or
                                               doc[first - 1].lemma_.lower() in nouns or
                                               doc[first - 1].lower_ in description or
                                               owner_or_description(doc[first - 1])):
        first -= 1  # the description: "l'agence de presse officielle", "le site d'information",
        # "la télévision d'État nord-coréenne" (its state owner)
    climbed = token
    while first <= climbed.head.i < start and climbed.head.i != climbed.i:
        climbed = climbed.head
    if climbed is not token and climbed.lemma_.lower() in nouns:
        return climbed
    return token


def _joint_media(doc: Doc, index: ActorIndex, start: int, end: int) -> list:
    """The media a joint speaker is made of ("Le Monde et Libération", "RTL, Europe 1 et RMC"), when
    nothing but articles, commas and coordinators (CCONJ, read on the tagger) stands between them."""
    media = [m for m in media_mentions(doc, index) if start <= m.start and m.end <= end]
    nouns = media_nouns(pack_of(doc))
    if len(media) < 2:
        return []
    gaps = [(start, media[0].start)] + [(a.end, b.start) for a, b in zip(media, media[1:])] + [(media[-1].end, end)]
    for a, b in gaps:
        span = doc.char_span(a, b, alignment_mode="expand") if b > a else None
        if span is not None and not all(t.pos_ in ("CCONJ", "DET", "ADJ") or t.text == "," or t.is_space or
                                        t.lemma_.lower() in nouns for t in span):  # "et le quotidien Le Parisien"
            return []
    return media


def _gathering(verb, learning: frozenset[str]) -> bool:
    """Is the verb one of gathering, or a verb of ability that governs one ("Le Monde a pu consulter",
    not "risque de voir": the parser makes the modal the head, with the subject), or a locution of
    it with its object noun ("avoir accès", "se faire l'écho")?"""
    if verb.pos_ != "VERB":
        return False
    pack = pack_of(verb.doc)
    objects = labels(pack, "object")
    if any(c.dep_ in objects and _possessed(c) for c in verb.children):
        return False  # "Le Figaro a vu ses ventes baisser", "a vu son directeur arrêté": what
        # befalls the medium's own, no information it gathered ("a vu des soldats tirer")
    able = verb.lemma_.lower() in pack.words("ability_verbs")
    return verb.lemma_.lower() in learning or any(
        able and c.dep_ in labels(pack, "open_complement") and c.pos_ == "VERB" and c.lemma_.lower() in learning or
        c.dep_ in objects and f"{verb.lemma_} {c.lemma_}".lower() in learning  # "a eu accès au rapport"
        for c in verb.children)


def _possessed(noun) -> bool:
    """Has the noun a possessive determiner ("ses ventes", "son directeur", "its sales"; read on
    the tagger's Poss feature, so no words of a language)?"""
    return any("Yes" in c.morph.get("Poss") for c in noun.children if c.i < noun.i)


def _informs(verb) -> bool:
    """Does a verb that is no speech verb take a clause ("Mediapart a montré que …", "Le Monde
    prouve que …")? A medium governing a clause states it: it is the source of what follows."""
    return verb.pos_ == "VERB" and any(c.dep_ in labels(pack_of(verb.doc), "clausal_complement")
                                       and c.i > verb.i for c in verb.children)


def _act_of_medium(verb) -> bool:
    """Does a weak speech verb tell of what the medium did rather than of information it gives ("la
    revue a publié des résultats", "le journal a publié la tribune"), as it has neither a clause nor
    one of the medium's works after it? ("Le Monde a publié que …", "a publié une enquête" report.)
    The threshold is the unnamed media's (unnamed_media.py); a locution ("faire état de") is no act."""
    found = speech_verb(verb)
    if found is None or found.strength >= MIN_STRENGTH or found.particle:
        return False  # (a locution says, it does not publish: "L'agence a fait état de trois morts")
    pack = pack_of(verb.doc)
    informs = labels(pack, "clausal_complement")
    objects = labels(pack, "object")
    works = _works(pack)
    return not any(c.dep_ in informs or c.dep_ in objects and fold_same_length(c.lemma_).lower() in works
                   for c in verb.children)


def _opens_clause_before(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The medium opens a clause and a speech verb with no subject of its own follows it ("2 mars
    2017. – Le New York Times affirme que…"): read on the surface, as the parser may hang a
    medium that opens the text on the dateline before it instead of making it the subject."""
    pack = pack_of(doc)
    nouns = media_nouns(pack)
    description = media_description_words(pack)
    i = start - 1
    while i >= 0 and start - i <= DESCRIPTION_TOKENS and (doc[i].pos_ in ("DET", "ADJ") or doc[i].lemma_.lower() in nouns
                                                          or doc[i].lower_ in nouns or doc[i].lower_ in description):
        i -= 1  # "Le quotidien américain Le Monde", "Le site d'information Disclose"
    if i >= 0 and not (doc[i].is_space or doc[i].is_punct and doc[i].text not in OPENING_MARKS | {"»", "”", "("} or
                       doc[i].pos_ in ("CCONJ", "SCONJ")):
        return None  # "le directeur du Monde affirme": the medium is a complement
    # (a coordinator or a subordinator opens a clause too: "…, mais Libération le confirme")
    clitics = pack.words("accusative_clitics")
    j = end
    while j < len(doc) and (doc[j].pos_ in ("AUX", "ADV") or doc[j].lower_ in clitics):
        j += 1  # over an object clitic the tagger may read as an article ("Libération le confirme")
    if j >= len(doc):
        return None
    verb = doc[j]
    subjects = subject_labels(pack)
    # a verb the tagger read as a noun right before a colon ("Le Monde titre : « … »": "titre" is
    # a headline's noun too) is the verb that opens the medium's words
    introduces = verb.pos_ in ("NOUN", "PROPN", "ADJ") and j + 1 < len(doc) and doc[j + 1].text == ":"
    if verb.pos_ != "VERB" and not introduces or speech_verb(verb) is None or _act_of_medium(verb) or \
            any(c.dep_ in subjects for c in verb.children):
        return None
    return doc[i + 1].idx, verb.idx + len(verb.text)

