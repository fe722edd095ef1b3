"""Where the parts of a marker's report ("Selon X, …", "…, d'après X.") begin and end, read on the
parse: the speaker's phrase ("des informations obtenues par Radio-Canada" is Radio-Canada's), an
apposition after it that describes the speaker and is no report ("Selon l'ONG X, une association
de …, le fleuve …", "…, selon Netwatch, un organisme de surveillance."), the end of the reported
words before a clause that reports on its own, and whether words hold a quotation with its own
incise (then the marker does not attribute them).

find_marker_reports (marker_reports.py) asks these questions of every marker; they are apart from it
because they hold no record and only measure spans. Moved out of reports.py, which they kept at
its size limit."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .clause_ends import inside
from .actor_lexicon import actor_lexicon
from .context import pack_of
from .glued import is_invisible
from .lexicon import function_words, has_frame, is_actor_like, pronoun_forms, role_nouns, speech_verb
from .quotemarks import QUOTE_CHARS, QuotedSpan, opening_between
from .syntax import is_negated, labels, subject_of


def apposition_to_end(doc: Doc, comma: int, last: int) -> bool:
    """Is what follows a marker's speaker, from the comma after it to the sentence's end, only a
    noun phrase that describes the speaker ("…, selon Netwatch, un organisme de surveillance.")?
    It opens with a determiner and holds no verb, no quotation mark and no further comma."""
    rest = [t for t in doc[comma + 1:last] if not t.is_space]
    if comma >= last or doc[comma].text != "," or len(rest) < 2 or rest[-1].text not in (".", "!", "?"):
        return False
    rest = rest[:-1]
    return rest[0].pos_ == "DET" and not any(
        t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") or t.text in QUOTE_CHARS for t in rest)


def before_own_report(doc: Doc, first: int, sent: Span, quoted: list[QuotedSpan]) -> int:
    """End char of the words a marker attributes: the sentence end, a colon that opens a quotation
    ("Pour X, le compte n'y est pas : « … »"), or a coordinator that opens a clause reporting on its
    own ("Selon la police, trois personnes ont été arrêtées et le procureur a indiqué que …": the
    second clause is the prosecutor's report, not the police's)."""
    coordinators = labels(pack_of(doc), "coordinator")
    for k in range(first + 1, sent.end - 2):
        if doc[k].text == ":" and any(q.depth == 0 and q.open_at == doc[k + 1].idx for q in quoted):
            # "Pour X, le compte n'y est pas : « … »": a colon that opens a quotation ends the
            # marker's clause; the words in marks are a direct quote of their own
            return doc[k].idx
        if doc[k].dep_ not in coordinators or inside(quoted, doc[k].idx) is not None:
            continue
        for verb in doc[k + 1:sent.end]:
            if verb.pos_ == "VERB" and speech_verb(verb) is not None and inside(quoted, verb.idx) is None:
                subject = subject_of(verb)
                if subject is not None and subject.start > k and subject[0].pos_ != "PRON":
                    return doc[k].idx
                break
    return sent.end_char


def gathered_by(speaker: Span) -> Span:
    """"selon des informations obtenues par Radio-Canada", "d'après des documents consultés par le
    journal": information gathered by someone is theirs; the agent after the participle speaks."""
    doc = speaker.doc
    pack = pack_of(doc)
    for token in speaker[1:-2]:
        # a verb of gathering ("obtenues par"), not of quoting ("des sources citées par l'AFP": the
        # sources speak through the agency)
        if token.lemma_.lower() in pack.words("media_learning_verbs") and \
                doc[token.i + 1].lower_ in function_words(pack, "agent_preposition"):
            return doc[token.i + 2:speaker.end]
    return speaker


def has_own_cue(doc: Doc, start: int, end: int, quoted: list[QuotedSpan]) -> bool:
    """Do tokens [start, end) hold a quotation followed by its own incise ("« … », a déclaré X",
    '"…," Putin said'), or words and the incise verb that reports them after a comma?"""
    if start >= end:
        return False
    first, last = doc[start].idx, doc[end - 1].idx
    closes = [q.outer_end for q in opening_between(quoted, first, last) if q.depth == 0]
    if any(t.pos_ in ("VERB", "AUX") and speech_verb(t) is not None and
           any(c <= t.idx for c in closes) and inside(quoted, t.idx) is None
           for t in doc[start:end]):
        return True
    # without marks: "The talks went well, Putin said on Tuesday, according to the BBC", when the
    # parse ties the verb to the clause before the comma as what it reports
    pack = pack_of(doc)
    links = pack.label("clausal_complement") + pack.label("parataxis")
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    return comma is not None and any(
        t.pos_ == "VERB" and t.i > comma and inside(quoted, t.idx) is None and not is_negated(t) and
        (info := speech_verb(t)) is not None and has_frame(info, pack, "incise") and
        (any(c.dep_ in links and c.i < comma for c in t.children) or t.dep_ in links and t.head.i < comma)
        for t in doc[comma + 1:end])


def _name_then_quotation(doc: Doc, i: int, limit: int) -> bool:
    """A name, a comma, then an opening mark ("Selon la fédération, Finabel, « … »"): the parse may
    read the name as a conjunct of the description; nothing but an apposition stands there."""
    j = i
    # (the tagger may take a name it does not know for a common noun: "Febelfin")
    while j < limit and doc[j].pos_ in ("PROPN", "NOUN") and doc[j].text[:1].isupper():
        j += 1
    return i < j and j + 1 < limit and doc[j].text == "," and doc[j + 1].text in QUOTE_CHARS


def after_apposition(doc: Doc, comma: int, limit: int) -> int:
    """First token of the clause after "X," skipping a role apposition ("X, membre du service …,")."""
    i = comma + 1
    if i < limit and doc[i].lower_ in function_words(pack_of(doc), "inclusion_lead"):
        # "Selon certains experts, dont X, directrice de …, la mort …": the list of some of the
        # speakers, appositions included, runs to the comma after which a finite verb follows
        for k in range(i + 1, limit - 1):
            if doc[k].text != ",":
                continue
            nxt = next((t.i for t in doc[k + 1:limit] if t.text == ","), limit)
            if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[k + 1:nxt]):
                return k + 1
        return comma + 1
    if i < limit and doc[i].lower_ in pronoun_forms(pack_of(doc), kind="relative"):
        # "Selon le quotidien Le Soir, qui cite des sources gouvernementales, le budget …": a relative
        # clause set off by commas says more of X; the words start after it, when a clause with a
        # finite verb follows its comma
        close = next((t.i for t in doc[i + 1:limit] if t.text == ","), limit)
        nxt = next((t.i for t in doc[close + 1:limit] if t.text == ","), limit)
        if close < limit and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                 for t in doc[close + 1:nxt]):
            return close + 1
        return comma + 1
    aside = _participle_aside_end(doc, i, limit)
    if aside is not None:
        return aside
    affiliation = _affiliation_end(doc, comma, limit)
    if affiliation is not None:
        # "Pour le chercheur X, du Rift Institute, joint par « Le Temps », l'accord …": the words
        # start after the asides that follow it too
        return after_apposition(doc, affiliation - 1, limit)
    if i < limit and doc[i].pos_ == "DET":
        i += 1
    roles = role_nouns(pack_of(doc))
    # (an adjective before the role: "Selon X, ancien chef économiste de l'OMC, …")
    while i + 1 < limit and doc[i].pos_ == "ADJ" and (doc[i + 1].lemma_.lower() in roles or doc[i + 1].lower_ in roles):
        i += 1
    if i < limit and (doc[i].lemma_.lower() in roles or doc[i].lower_ in roles):
        j = i
        while j < limit and doc[j].text not in (",", ":") and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        # (a colon before a quotation closes it too: "Pour X, son secrétaire général : « … »")
        if j < limit and (doc[j].text == "," or doc[j].text == ":" and j + 1 < limit and
                          doc[j + 1].text in QUOTE_CHARS):
            return j + 1
    elif i < limit and doc[comma + 1].pos_ == "DET" and doc[i].pos_ in ("NOUN", "ADJ"):
        # any noun phrase set off by commas that describes X ("Selon l'ONG X, une association de
        # défense de l'environnement, le fleuve …"), when a clause with a verb follows it
        j = i
        while j < limit and doc[j].text != "," and doc[j].pos_ not in ("VERB", "AUX", "SCONJ", "PRON") and \
                doc[j].text not in QUOTE_CHARS:
            j += 1
        if j < limit and doc[j].text == "," and any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:limit]):
            return j + 1
    elif i < limit and doc[i].head.i < comma and \
            ((doc[i].pos_ == "PROPN" or _titled_name(doc, i, limit)) and
             doc[i].dep_ in labels(pack_of(doc), "apposition") or
             doc[i].dep_ in labels(pack_of(doc), "conjunct") and _name_then_quotation(doc, i, limit)):
        # the name set after a description ("Selon son producteur, Michel Dupont, son état …",
        # "D'après le ministre, Paul Durand, « … »"), in apposition to it on the parse ("Selon la
        # police, Marseille, ville portuaire, a …" opens the clause): what follows it is reported
        j = i
        # (a stray a scraper left inside the name, "Paul \u200bDurand", "Paul  Durand", is part of it)
        while j < limit and j - i < 6 and (doc[j].pos_ == "PROPN" or doc[j].text in ("-", "‐") or
                                           doc[j].pos_ == "NOUN" and doc[j].text[:1].isupper() or
                                           doc[j].is_space or is_invisible(doc[j].text)):
            j += 1
        rest = doc[j + 1:limit]
        if j < limit and doc[j].text == "," and \
                (any(t.pos_ in ("VERB", "AUX") for t in rest) or len(rest) and rest[0].text in QUOTE_CHARS):
            return j + 1
    return comma + 1


def _titled_name(doc: Doc, i: int, limit: int) -> bool:
    """A civility title before a name ("Mme Eva Roth", "M. Paul Durand"): the parser makes the
    title the apposition's head, a common noun, so the name in apposition opens with it."""
    return i + 1 < limit and doc[i + 1].pos_ == "PROPN" and \
        doc[i].lower_ in actor_lexicon(pack_of(doc)).titles


def _affiliation_end(doc: Doc, comma: int, limit: int) -> int | None:
    """"Pour le politologue X, de l'université de Lima, la querelle …": a genitive set off by commas
    after a name tells where the speaker works; the words start after its comma, when that comma
    is followed by a finite verb before any other comma ("Selon X, de nombreux civils ont …" has
    no comma: a clause). The token after that comma, or None."""
    i = comma + 1
    if comma < 1 or doc[comma - 1].pos_ != "PROPN" or i >= limit or \
            doc[i].lower_ not in function_words(pack_of(doc), "genitive"):
        return None
    close = next((t.i for t in doc[i + 1:limit] if t.text == ","), limit)
    inside = doc[i + 1:close]
    if close >= limit or not any(t.text[:1].isupper() for t in inside) or \
            any(t.pos_ not in _NOMINAL or t.text in QUOTE_CHARS for t in inside):
        return None
    nxt = next((t.i for t in doc[close + 1:limit] if t.text == ","), limit)
    finite = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[close + 1:nxt])
    return close + 1 if finite or _participle_aside_end(doc, close + 1, limit) is not None else None


def _participle_aside_end(doc: Doc, i: int, limit: int) -> int | None:
    """"Pour l'analyste X, interrogé par la radio Y, la Suisse …", "Selon X, joint par téléphone, …":
    a past participle set off by commas after the speaker tells how the words were gathered; they
    start after its comma, when a clause with a verb follows it (no quotation mark, no finite verb
    inside the aside). The token after that comma, or None."""
    if i >= limit or doc[i].pos_ not in ("VERB", "ADJ") or "Part" not in doc[i].morph.get("VerbForm") or \
            "Past" not in doc[i].morph.get("Tense"):
        return None
    close = next((t.i for t in doc[i + 1:limit] if t.text == ","), limit)
    # (marks inside a channel's aside hold the medium's title: "joint par « Le Temps »")
    channel = doc[i].lower_ in pack_of(doc).words("channel_participles")
    if close >= limit or any(t.text in QUOTE_CHARS and not channel or "Fin" in t.morph.get("VerbForm")
                             for t in doc[i + 1:close]):
        return None
    return close + 1 if any(t.pos_ in ("VERB", "AUX") for t in doc[close + 1:limit]) else None


# the words of a speaker's noun phrase before a relative that describes it
_NOMINAL = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM"})


def _relative_after_noun_phrase(doc: Doc, i: int, limit: int) -> int | None:
    """The relative pronoun right after a noun phrase opening at i (the speaker's, "un officier
    *qui* …"), or None when the words from i are no noun phrase with a noun or a name before one."""
    relatives = pronoun_forms(pack_of(doc), kind="relative")
    j = i
    while j < limit and doc[j].pos_ in _NOMINAL and doc[j].lower_ not in relatives:
        j += 1
    if j == i or j >= limit or doc[j].lower_ not in relatives or \
            not any(t.pos_ in ("NOUN", "PROPN") for t in doc[i:j]):
        return None
    return j


def speaker_relative(doc: Doc, i: int, limit: int) -> tuple[int, int] | None:
    """A relative clause that describes the speaker of a marker opening a sentence ("Selon un
    officier qui a requis l'anonymat, les deux hommes …"): the end of the speaker's noun phrase (the
    relative pronoun) and the comma that closes the relative, after which the report begins. None
    without a relative pronoun after a noun phrase, a verb in the relative, or its closing comma."""
    j = _relative_after_noun_phrase(doc, i, limit)
    if j is None:
        return None
    for k in range(j + 1, limit):
        if doc[k].text == ",":
            return (j, k) if any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:k]) else None
        if doc[k].text in QUOTE_CHARS or doc[k].text in (":", ";", "."):
            return None
    return None


def closing_speaker_relative(doc: Doc, i: int, limit: int) -> int | None:
    """A relative clause that describes the speaker of a marker closing a sentence ("…, selon un
    conseiller qui a requis l'anonymat."): the end of the speaker's noun phrase (the relative
    pronoun), when the relative has a verb and runs to the sentence's end with no comma, colon or
    quotation mark (which would open words of its own). The phrase's head (its first noun or name)
    must be one who can speak: in "…, citing the position of a country that borders Peru." the
    relative describes a complement and the marker cites a fact, no one whose words the clause holds."""
    j = _relative_after_noun_phrase(doc, i, limit)
    if j is None:
        return None
    head = next((t for t in doc[i:j] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or not is_actor_like([head]):
        return None
    rest = [t for t in doc[j + 1:limit] if not t.is_space]
    if rest and rest[-1].is_punct and rest[-1].text not in QUOTE_CHARS:
        rest = rest[:-1]  # the sentence's final mark
    if any(t.text in QUOTE_CHARS or t.text in (",", ":", ";") for t in rest):
        return None
    return j if any(t.pos_ in ("VERB", "AUX") for t in rest) else None
