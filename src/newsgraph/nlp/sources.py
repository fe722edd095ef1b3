"""News sources the article cites: media and agencies as origin or channel of information.

A media mention is a source when its context says so: an attribution marker
("selon l'agence Reuters"), the channel of a statement ("a déclaré à l'AFP",
"sur Europe 1", "dans un entretien au Monde"), a speech verb it is the subject of
("a rapporté CNN", "Le Figaro annonce") or a dispatch credit ("(AFP)"). Mentions as
an employer or a topic ("le journaliste de France 2") are not. Unnamed media
("selon les médias iraniens", "selon un reportage") are sources with named=False.
The verb that makes a medium speak is read in speaking_media.py, the marker or channel before it in
citing_channels.py, and the list found is tidied in found_sources.py.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..lang import LanguagePack
from .actors import ActorIndex
from .attribution import AttributedQuote
from .context import pack_of
from .lexicon import folded_words, media_nouns, pronoun_forms
from .media_mentions import link_listed, media_mentions, medium_at
from .speaker_words import head_word, heads_with, speaker_words
from .speakers import staff_of_medium
from .textutil import fold_same_length, text_of
from .source_credits import credits, display_name
from .citing_channels import cited_from
from .unnamed_media import unnamed_media_sources
from .editorial_sources import editorial_citations
from .anaphoric_media import anaphoric_sources
from .found_sources import FoundSource, tidied_sources
from .speaking_media import reported_by, speaks, work_nouns
from .syntax import labels


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
                head_word(words, text[speaker.start:written.start]) not in words.media | work_nouns(pack) | {""} and \
                not staff_of_medium(doc, text[speaker.start:written.start]):
            # "le directeur de Libération": the medium only employs the speaker; its journalists
            # ("une équipe de Reuters a constaté") report for it
            written = None
        actor = index.actors.get(speaker.actor) if speaker.actor else None
        if written is not None and actor is not None and actor.kind == "person" and \
                not _misread_title(index, actor.id, written):
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
        elif (cue := reported_by(doc, span.start, span.end)) is not None:
            # "confirmée mardi par l'AFP", "un reportage diffusé par la chaîne Al Jazeera"
            cited = min(cue, mention.start), max(mention.end, span.end_char)
        elif (verb_end := speaks(doc, span.start, span.end)) is not None:
            cited = min(mention.start, verb_end[0]), max(mention.end, verb_end[1])
        elif (verb := _relayed_by_source(doc, span.start, found)) is not None:
            # "selon Reuters, qui cite le quotidien Haaretz", "rapporte l'AFP, citant la BBC": the
            # medium relayed is the information's origin, cited as the relaying one is its channel
            cited = verb, max(mention.end, span.end_char)
        elif _conjoined_to_source(doc, span.start, span.end, found):
            # "selon Le Monde et Libération": each medium of a coordination shares the citation
            cited = mention.start, max(mention.end, span.end_char)
        if cited is not None:
            found.append(FoundSource(name, mention.actor or link_listed(doc, index, mention), *cited))
    # unnamed media acting as speaker or channel: "la presse locale rapporte", "à la radio publique"
    taken = [(s.start, s.end) for s in found] + quoted
    # a medium's own piece as its staff's channel: "Dans un éditorial, le directeur du journal …"
    for name, actor, start, end in editorial_citations(doc, index, quotes, taken):
        found.append(FoundSource(name, actor, start, end, named=False))
        taken.append((start, end))
    spoken = [((q.speaker.start, q.speaker.end), q.found.cue) for q in quotes
              if q.speaker.start is not None and q.found.cue is not None]
    for name, actor, start, end in unnamed_media_sources(doc, index, taken, spoken):
        found.append(FoundSource(name, actor, start, end, named=False))
    # unnamed media: "selon les médias iraniens", "d'après un reportage"
    for match in pack.pattern("generic_media_source").finditer(text):
        if any(s.start <= match.start() < s.end or match.start() <= s.start < match.end() for s in found):
            continue
        np = match.group("np").rstrip()
        found.append(FoundSource(np, None, match.start(), match.start("np") + len(np), named=False))
    # "selon la même agence": a description that takes up an agency cited under that noun
    found += anaphoric_sources(doc, found, [(s.start, s.end) for s in found] + quoted)
    # a dispatch credit: "(AFP)"
    for name, actor, start, end in credits(doc, index, [(s.start, s.end) for s in found]):
        found.append(FoundSource(name, actor, start, end, credit=True))
    return tidied_sources(doc, found)


def _misread_title(index: ActorIndex, person: str, written) -> bool:
    """Is the person a speaker resolves to only the title of the medium written in its mention, which
    the recogniser read as a name ("Selon le quotidien équatorien El Universo, …": 'El Universo' a
    person)? Each of the person's mentions lies inside the medium's words there."""
    spans = [(m.start, m.end) for m in index.mentions if m.actor_id == person]
    return bool(spans) and all(written.start <= s and e <= written.end for s, e in spans)


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
        cue = reported_by(doc, span.start, span.end)
    return default if cue is None else min(cue, default)


def _releases(pack: LanguagePack, text: str) -> bool:
    """Are the words before a medium's name headed by a press release ("un communiqué de presse
    de l'")? A communiqué cites no medium (GUIDELINES §3; pack `release_nouns`)."""
    return heads_with(speaker_words(pack), text, folded_words(pack, "release_nouns"))


def _article_only(text: str, pack: LanguagePack) -> bool:
    """Are the words before a medium's name only its article ("le" of "d'après le New York Times")?"""
    folded = fold_same_length(text).strip().lower()
    return not folded or folded in {fold_same_length(p).strip().lower() for p in pack.entries("article_prefixes")}


def _relayed_by_source(doc: Doc, start: int, found: list[FoundSource]) -> int | None:
    """Start char of the citing verb (pack `media_citing_verbs`: "cite", "citant") right before
    the medium at token `start` (its article, adjectives and media noun between: "citant le
    quotidien israélien Haaretz"), when the verb hangs on a medium cited by name just before it,
    only punctuation, a relative pronoun or a subordinating mark between ("Reuters, qui cite",
    "l'AFP, citant", "l'AFP en citant"); else None. Read on the tagger, so no words of a language
    but the verbs."""
    pack = pack_of(doc)
    nouns = media_nouns(pack)
    i = start - 1
    while i >= 0 and (doc[i].pos_ in ("DET", "ADJ") or doc[i].lemma_.lower() in nouns):
        i -= 1
    if i < 1 or doc[i].lemma_.lower() not in pack.words("media_citing_verbs"):
        return None
    verb = doc[i]
    k = i - 1
    while k >= 0 and (doc[k].is_punct or "Rel" in doc[k].morph.get("PronType") or doc[k].pos_ == "SCONJ" or
                      doc[k].dep_ in labels(pack, "marker")):
        k -= 1
    if k < max(verb.sent.start, i - 3):
        return None  # (more than a comma and a relative or a mark between, or another sentence)
    end = doc[k].idx + len(doc[k].text)
    return verb.idx if any(s.end == end and s.named for s in found) else None


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

