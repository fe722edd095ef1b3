"""Unnamed media the article cites: a noun phrase that describes a medium without naming it
("la télévision d'État syrienne a qualifié…", "certains médias affirment", "a déclaré le
ministre à la radio publique", "un reportage diffusé par la chaîne qatarie") is a source with
named=False (GUIDELINES §3).

Read from the dependency parse rather than from word windows, so that the same rule holds
whatever stands between the noun and its verb ("diffusé mardi soir par la télévision"). A
definite singular description ("le quotidien", "la chaîne") takes up the latest medium named
before it, as the speaker resolver does; any other description keeps its own words as name.
A description that speaks a quote is cited by the quote's cue, whatever its verb ("La presse
allemande parle d'une « capitulation »"), unless the cue is a relative clause on it.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from .actors import ActorIndex
from .context import gazetteer_of, pack_of
from .lexicon import function_words, media_nouns, speech_verb
from .media_mentions import MediaMention, latest_medium, media_mentions
from .quotemarks import QUOTE_CHARS
from .syntax import labels, passive_subject, subject_labels
from .marker_phrases import citing_marker_before
from .textutil import text_of, tokens_tagged

# a weaker verb ("publier": 0.6) tells of the medium's act ("le journal a publié la tribune"),
# not of information it gives
MIN_STRENGTH = 0.7


def unnamed_media_sources(doc: Doc, index: ActorIndex, taken: list[tuple[int, int]],
                          spoken: list[tuple[tuple[int, int], tuple[int, int]]] | tuple = ()) -> list[tuple[str, str | None, int, int]]:
    """(name, actor id, start, end) of each unnamed medium cited, outside the spans `taken`
    (sources already found, quotations). `spoken` holds each quote's speaker span and cue span:
    a description of a medium that speaks a quote is cited by the quote's cue, whatever its verb."""
    pack = pack_of(doc)
    nouns = pack.words("unnamed_media_nouns")
    subjects = subject_labels(pack)
    obliques = labels(pack, "oblique", "indirect_object", "nominal_modifier")
    agent = labels(pack, "agent")
    objects = labels(pack, "object")
    incises = labels(pack, "parataxis", "adverbial_clause", "conjunct")
    channel_preps = function_words(pack, "channel_preposition") | function_words(pack, "broadcast_preposition")
    participles = pack.words("channel_participles")
    not_media = pack.words("not_media_phrases")
    longest = max(map(len, not_media), default=0)
    named = media_mentions(doc, index)
    channels = pack.words("channel_nouns")
    genitives = function_words(pack, "genitive")
    # what a medium gives or publishes: "les révélations de l'hebdomadaire", "un décompte de la presse locale"
    information = pack.words("information_nouns") | pack.words("media_works")
    quantities = pack.words("event_quantity_nouns")
    audiences = pack.words("audience_media_nouns")
    addressed = function_words(pack, "addressee_preposition")
    writers = function_words(pack, "writer_possessive")
    staff = function_words(pack, "media_staff")
    interviews = function_words(pack, "interview_preposition")
    out = []
    for token in tokens_tagged(doc, ("NOUN",)):
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns and \
                not any(c.i > token.i and getattr(_compound_media_noun(c), "i", None) == token.i for c in token.children):
            continue  # (a noun of several words heads a medium too: "un site d'information")
        if _classifier(token, genitives):
            # "un communiqué de presse", "une conférence de presse": a kind of thing, no medium;
            # but "l'agence de presse officielle": a media noun of several words heads the phrase
            token = _compound_media_noun(token)
            if token is None:
                continue
        if any(c.lower_ in writers and c.i < token.i for c in token.children):
            continue  # "a confié à notre journal": the article's own outlet, no source (GUIDELINES §3)
        if any("Yes" in c.morph.get("Poss") for c in token.children if c.i < token.i):
            continue  # "a annoncé sur sa chaîne Telegram": the speaker's own channel, no medium cited
        start, end = _phrase(token)
        if any(s < end and start < e for s, e in taken) or _names_something(doc, token, start, end, named, index):
            continue
        ahead = text_of(doc)[token.idx:token.idx + longest].lower()  # lowered once, not per phrase
        if text_of(doc)[token.idx:end].lower() in not_media or any(ahead.startswith(n) for n in not_media):
            continue  # "le journal officiel", "une chaîne humaine"
        counting = _counting_noun(token, quantities, genitives)
        if counting is not None:
            # "la plupart des médias rapportent": the noun that counts the media holds their place
            # in the clause (the verb's subject), and its phrase is the source's
            token = counting
            start, end = _phrase(token)
            if any(s < end and start < e for s, e in taken):
                continue
        # "a déclaré à nos confrères de la télévision publique": the medium's staff hold its place
        # in the clause, as a counting noun does, and the citation opens with them
        slot = _staff_noun(token, staff, genitives) or token
        cited_from = _phrase(slot)[0] if slot is not token else start
        head = slot.head
        cue = None
        if slot.dep_ in subjects and head.i != slot.i and _reports(head):
            if passive_subject(slot):
                continue  # "les médias occidentaux ont été accusés de propagande": spoken of, no speaker
            cue = head  # "la presse locale rapporte que…"
        elif slot.dep_ in objects and head.i < slot.i and not _marked_infinitive(head) and \
                (head.dep_ in incises or _opens_incise(head) or _relative_object_before(head, objects)) and \
                _reports(head) and not any(c.dep_ in subjects and not _before_incise(head, c) for c in head.children):
            # "…, rapporte la presse régionale": the parser reads an incise's subject as its object
            # (and may make the incise the root: "…, a annoncé la télévision d'État.")
            cue = head
        elif slot.dep_ in agent and (head.lemma_.lower() in participles | {head.lower_} or _reports(head)):
            if not _determined(slot):
                continue  # "joint par radio", "alertés par radio": the means of a call, no medium
            cue = head  # "un reportage diffusé par la chaîne publique", "annoncée par la télévision d'État"
        elif slot.dep_ in obliques and _case(slot) in channel_preps and slot.i > head.i and \
                token.morph.get("Number") != ["Plur"] and \
                not (token.lemma_.lower() in audiences and _case(token) in addressed):
            # one channel: "a déclaré à la radio publique"; plural media are whom one speaks
            # to or of ("a proposé aux quotidiens", "reproche aux médias"), and so is the press
            # at large ("a déclaré à la presse": its audience, not a medium it spoke through)
            if head.dep_ in subjects and head.i > head.head.i:
                head = head.head  # the parser hangs the channel on the inverted subject
            if _reports(head):
                cue = head  # "a déclaré le ministre à la radio publique"
            elif head.dep_ in objects and head.pos_ == "NOUN" and head.head.i < head.i and _reports(head.head):
                cue = head.head  # "a annoncé son décès à la télévision": hung on the verb's object
            else:
                cue = _channel_noun(head, channels)
        elif slot.dep_ in obliques and _case(slot) in genitives and slot.i > head.i and \
                token.morph.get("Number") != ["Plur"] and _channel_noun(head, channels) is not None:
            cue = head  # "sur les ondes de la radio publique", "au micro de la télévision d'État"
        elif slot.dep_ in obliques and _case(slot) in genitives and slot.i > head.i and \
                token.morph.get("Number") != ["Plur"] and head.pos_ == "NOUN" and \
                head.lemma_.lower() in information and head.i < token.i:
            cue = head  # "les révélations de l'hebdomadaire", "selon les informations du journal",
            # "selon un décompte de la presse locale"
        elif slot.dep_ in obliques and _case(slot) in interviews and slot.i > head.i and \
                token.morph.get("Number") != ["Plur"] and _interview_noun(head, channels, channel_preps):
            cue = head  # "un entretien avec la télévision publique", "… avec des journalistes de la radio"
        elif (verb := _misread_verb(token)) is not None:
            cue = verb  # "Un quotidien local rapporte que …" read as a noun phrase the verb modifies
        else:
            marker = citing_marker_before(doc, doc.char_span(cited_from, end, alignment_mode="expand").start - 1)
            cue = doc[marker] if marker is not None else None  # "selon la télévision publique"
            if cue is None and _cited_with(slot) is not None:
                cue = token  # "selon la police et des médias locaux": its own phrase is the mention
        if cue is None:
            cue = _quote_cue(slot, spoken)  # "La presse allemande parle d'une « capitulation »"
        if cue is None:
            continue
        if token.i < cue.i and cue.idx < end:
            # a cue the tagger read as a modifier of the noun ("Le quotidien régional juge toutefois
            # que …": "juge" an adjective of "quotidien") is no part of the medium's name
            end = _end_before(doc, token, cue)
        span_start, span_end = min(cited_from, cue.idx), max(end, cue.idx + len(cue.text))
        name, actor = _name(doc, token, start, end, named)
        out.append((name, actor, span_start, span_end))
        taken = [*taken, (span_start, span_end)]
    return out


def _quote_cue(slot: Token, spoken: list[tuple[tuple[int, int], tuple[int, int]]]) -> Token | None:
    """The cue's word of the quote the media noun speaks: the noun heads the quote's speaker span
    and the cue stands right by it ("La presse économique allemande parle d'une « … »", "…»,
    écrit un quotidien local"). A cue that is a relative clause on the noun ("Un journal qui
    rapporte que « … » a été saisi") makes the noun no speaker but the clause's antecedent."""
    doc = slot.doc
    relatives = labels(pack_of(doc), "relative_clause")
    for (start, end), (cue_start, cue_end) in spoken:
        speaker = doc.char_span(start, end, alignment_mode="expand")
        if speaker is None or speaker.root.i != slot.i:
            continue
        if not (0 <= cue_start - end <= 25 or 0 <= start - cue_end <= 3):
            continue  # (as a speaking medium's citation runs on to its cue: sources.find_sources)
        cue = doc.char_span(cue_start, cue_end, alignment_mode="expand")
        if cue is None or any(t.dep_ in relatives and slot in t.ancestors for t in cue):
            continue
        return next((t for t in cue if t.pos_ in ("VERB", "AUX")), cue[0])
    return None


def _determined(token: Token) -> bool:
    """Does the noun have a determiner (parse label), as a medium's phrase has ("par la radio",
    "par une chaîne locale")? A bare noun after "par" is a means ("joint par radio")."""
    return any(c.dep_ in labels(pack_of(token.doc), "determiner") for c in token.children)


def _cited_with(token: Token) -> int | None:
    """The citing marker of the first conjunct the media noun is coordinated to ("selon la police
    et des médias locaux", "d'après l'armée et la télévision d'État"): the marker cites each
    conjunct, a non-medium one included. Read on the parse: the marker is the first conjunct's
    case; None when there is none."""
    pack = pack_of(token.doc)
    head = token.head
    if token.dep_ not in labels(pack, "conjunct") or head.i >= token.i:
        return None
    # (a marker of two words ends with its fixed part: "D'" + "après")
    cases = [c.right_edge.i for c in head.children if c.dep_ in labels(pack, "case_marker") and c.i < head.i]
    return citing_marker_before(token.doc, max(cases)) if cases else None


def _misread_verb(token: Token) -> Token | None:
    """The finite speech verb the parser hung on the media noun as a modifier, when the noun heads
    its sentence ("Un quotidien local rapporte que …": noun root, verb "acl"): a finite verb with
    no subject of its own and no relative pronoun is the noun's predicate, not its modifier."""
    pack = pack_of(token.doc)
    if token.dep_ not in labels(pack, "root"):
        return None
    for child in token.children:
        if child.dep_ in labels(pack, "clausal_modifier") and child.i > token.i and \
                "Fin" in child.morph.get("VerbForm") and _reports(child) and \
                not any(c.dep_ in subject_labels(pack) or c.pos_ == "PRON" for c in child.children if c.i < child.i):
            return child
    return None


def _before_incise(verb: Token, subject: Token) -> bool:
    """Does the verb's subject stand before the comma or quotation mark that opens the verb's
    incise ("Trois soldats sont morts, rapportent les médias locaux": the parser may take the
    reported clause's last noun for the incise verb's subject)? An incise's subject is inverted
    after its verb, so a subject left of the incise that heads a clause of its own (its own
    subject, copula or auxiliary: "sont morts") is a misreading; "Le président, lui, a accusé les
    médias" keeps its subject."""
    pack = pack_of(verb.doc)
    clause = (*subject_labels(pack), *labels(pack, "copula", "auxiliary"))
    return subject.i < verb.i and _opens_incise(verb) and \
        any(c.dep_ in clause for c in subject.children) and \
        any(t.text == "," or t.text in QUOTE_CHARS for t in verb.doc[subject.i + 1:verb.i])


def _opens_incise(verb: Token) -> bool:
    """Does the verb, over its auxiliaries and adverbs, come right after a comma or a closing
    quotation mark (", a annoncé …", "», ont rapporté …"): the shape of an incise after the words?"""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("AUX", "ADV"):
        i -= 1
    return i >= verb.sent.start and (verb.doc[i].text == "," or verb.doc[i].text in QUOTE_CHARS)


def _marked_infinitive(verb: Token) -> bool:
    """Is the verb an infinitive its own mark opens ("pour soutenir les médias indépendants")? It has
    no subject, inverted or not, so the media noun after it is its object, no incise's speaker.
    Read on the tagger's form and the mark's label, no words of a language."""
    marks = labels(pack_of(verb.doc), "marker")
    return "Inf" in verb.morph.get("VerbForm") and any(c.dep_ in marks and c.i < verb.i for c in verb.children)


def _counting_noun(token: Token, quantities: frozenset[str], genitives: frozenset[str]) -> Token | None:
    """The noun that counts the media noun through a genitive before it ("la plupart des médias",
    "une partie de la presse", "nombre de journaux"; the pack's quantity nouns), if any."""
    head = token.head
    if head.i < token.i and head.pos_ == "NOUN" and head.lemma_.lower() in quantities and \
            _case(token).split()[:1] and _case(token).split()[0] in genitives:
        return head
    return None


def _staff_noun(token: Token, staff: frozenset[str], genitives: frozenset[str]) -> Token | None:
    """The staff noun whose medium the token is, through a genitive after it ("nos confrères de la
    radio publique", "un journaliste de la télévision d'État"; media_staff words), if any."""
    head = token.head
    if head.i < token.i and head.pos_ == "NOUN" and head.lower_ in staff and _case(token) in genitives:
        return head
    return None


def _relative_object_before(verb: Token, objects: frozenset[str]) -> bool:
    """Has the verb its object already, a relative pronoun before it ("ce que rapportent les
    médias")? The noun after the verb that the parser reads as a second object is its inverted subject."""
    return any(c.dep_ in objects and c.pos_ == "PRON" and c.i < verb.i for c in verb.children)


def _compound_media_noun(token: Token) -> Token | None:
    """The head noun of a media noun of several words whose bare complement the token is ("agence"
    of "agence de presse", "chaîne" of "chaîne de télévision"; media_nouns.txt), if it is one."""
    head = token.head
    # (an adjective has no case: "agence officielle", the state's agency, is one too)
    written = " ".join(w for w in (head.lemma_.lower(), _case(token), token.lower_) if w).replace("' ", "'")
    if head.i >= token.i or written not in media_nouns(pack_of(token.doc)):
        return None
    if not _case(token):
        # the adjective right after the noun, and only adjectives after it ("l'agence officielle
        # syrienne"): "l'agence spatiale officielle", "l'agence officielle de statistiques" or
        # "chargée de la santé" are public bodies
        adjectives = labels(pack_of(token.doc), "adjective_modifier")
        if token.i != head.i + 1 or any(c.i > head.i and c.dep_ not in adjectives for c in head.children):
            return None
    return head


def _classifier(token: Token, genitives: frozenset[str]) -> bool:
    """Is the medium noun a bare complement of another noun, with no determiner ("communiqué de
    presse", "attaché de presse", "journaliste de télévision")? It says what kind of thing the
    other noun is, and names no medium."""
    pack = pack_of(token.doc)
    head = token.head
    if head.i == token.i or head.i > token.i or head.pos_ != "NOUN":
        return False
    if any(c.dep_ in labels(pack, "determiner") for c in token.children):
        return False
    case = _case(token)
    return case in genitives and case not in _contracted_definites(pack)  # "du journal" is definite


def _channel_noun(head: Token, channels: frozenset[str]) -> Token | None:
    """The interview or broadcast noun a medium is the channel of, in a sentence that reports
    ("Sur les ondes de la radio publique, il a assuré que", "Dans une interview accordée à la
    télévision d'État, …"): the medium's head, or the noun the participle it hangs on modifies."""
    # (or its object: "en lisant une déclaration à la télévision nationale")
    adverbial = labels(pack_of(head.doc), "oblique", "object")
    for noun in (head, head.head if head.pos_ == "VERB" and head.i > head.head.i else None):
        # the channel is an adverbial of the statement: "une déclaration à la presse" as a subject
        # names what was said and to whom, not where
        if noun is not None and noun.pos_ == "NOUN" and noun.dep_ in adverbial and \
                (noun.lemma_.lower() in channels or noun.lower_ in channels):
            sent = noun.sent
            if any(_reports(t) for t in sent) or any(t.text in QUOTE_CHARS for t in sent):
                return noun
    return None


def _interview_noun(noun: Token, channels: frozenset[str], preps: frozenset[str]) -> bool:
    """Is the token an interview noun ("entretien", "interview") in a sentence that reports, or
    where it is the setting of what is said ("Dans un entretien avec …, le président a exclu …")?
    With "avec" after it, the medium it names is the one the statement was given to; "a eu un
    entretien avec la presse" alone is a meeting."""
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in channels or noun.lower_ in channels):
        return False
    cases = labels(pack_of(noun.doc), "case_marker")
    return any(_reports(t) for t in noun.sent) or any(t.text in QUOTE_CHARS for t in noun.sent) or \
        any(c.dep_ in cases and c.lower_ in preps and c.i < noun.i for c in noun.children)


def relays(verb: Token) -> bool:
    """Is the token a verb by which its subject relays someone else's words, with the object it
    relays ("Le journal cite un officier", pack `media_citing_verbs`), or brings out what it proves
    ("jusqu'à ce que le journal les prouve", `media_proving_verbs`)? A medium that does is the
    information's channel or origin, though the verb is no verb of saying."""
    pack = pack_of(verb.doc)
    if verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in labels(pack, "object")]
    if verb.lemma_.lower() in pack.words("media_citing_verbs"):
        return bool(objects)
    # a medium proving a quality of its own ("le journal a prouvé son sérieux") brings out nothing
    return verb.lemma_.lower() in pack.words("media_proving_verbs") and \
        any(not any("Yes" in d.morph.get("Poss") for d in o.children if d.i < o.i) for o in objects)


def _reports(verb: Token) -> bool:
    """Is the token a verb that gives information (a speech verb of plain or judging strength, or
    one that relays another's words; not negated)?"""
    found = speech_verb(verb)
    # a locution reports whatever its weight as a quote's cue ("les médias locaux ont fait état de
    # deux morts"), as for a named medium (speaking_media._act_of_medium)
    says = found is not None and (found.strength >= MIN_STRENGTH or found.particle)
    if verb.pos_ != "VERB" or not (says or relays(verb)):
        return False
    negations = pack_of(verb.doc).words("negations")
    return not any(c.lower_ in negations and c.text[:1].islower() for c in verb.children)  # ("Le Point")


def _phrase(token: Token) -> tuple[int, int]:
    """Char span of the noun with its determiners and modifiers, not its clauses."""
    pack = pack_of(token.doc)
    keep = labels(pack, "determiner", "adjective_modifier", "nominal_modifier", "name_part")
    times = pack.words("time_nouns")
    nominal, cases = labels(pack, "nominal_modifier"), labels(pack, "case_marker")
    words = [token]
    for child in token.children:
        # a time the parser hung on the noun ("à la télévision mardi soir") is the statement's
        if child.dep_ in keep and child.i > token.i and child.lemma_.lower() in times:
            break
        # nor is a common noun hung on it with no preposition of its own ("a annoncé à la
        # télévision sa démission"): the verb's object, which the parser misplaced
        if child.dep_ in nominal and child.i > token.i and child.pos_ == "NOUN" and \
                not any(c.dep_ in cases for c in child.children):
            break
        if child.dep_ in keep:
            words.extend(child.subtree)
    following = max(w.i for w in words) + 1
    if following < len(token.doc) and _bare_participle(token.doc[following], token):
        words.append(token.doc[following])  # "la presse spécialisée": an adjective read as a clause
    first = min(w.i for w in words)
    last = max(w.i for w in words)
    doc = token.doc
    # a clause the parser hung on the noun ("à la radio que la ville…" read as a relative) is no
    # part of its name: the phrase ends before a complementiser, a relative pronoun or a verb
    marks = labels(pack, "marker")
    # nor is what follows a comma ("Selon des médias locaux, au moins douze personnes …": the
    # parser may hang the clause's subject on the noun)
    stop = next((k for k in range(token.i + 1, last + 1)
                 if doc[k].dep_ in marks or doc[k].pos_ in ("VERB", "AUX", "SCONJ", "PRON") and
                 not _bare_participle(doc[k], token) or doc[k].text == ","), None)
    if stop is not None:
        last = stop - 1
    while last > first and token.doc[last].is_punct:
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _end_before(doc: Doc, token: Token, cue: Token) -> int:
    """The end of the medium's phrase cut before its cue: the last word between the noun and the
    cue that is no punctuation (the noun itself at least)."""
    last = max((t for t in doc[token.i:cue.i] if not t.is_punct), key=lambda t: t.i, default=token)
    return last.idx + len(last.text)


def _bare_participle(word: Token, noun: Token) -> bool:
    """A past participle right after the noun's phrase, agreeing with it, with nothing of its own
    ("la presse spécialisée", wherever the parser hangs it): an adjective of the noun's name, where
    a participle with complements ("la presse basée à Lyon") is a clause about the thing."""
    return word.pos_ == "VERB" and "Part" in word.morph.get("VerbForm") and word.i > noun.i and \
        word.morph.get("Gender") == noun.morph.get("Gender") and word.morph.get("Number") == noun.morph.get("Number") and \
        not any(True for _ in word.children) and word.i + 1 < len(word.doc) and word.doc[word.i + 1].is_punct


@cache
def _contracted_definites(pack) -> frozenset[str]:
    """Prepositions contracted with a definite article ("du" = "de le"): the noun after them is definite."""
    definites = function_words(pack, "definite_determiner")
    return frozenset(row.cells["form"] for row in pack.table("contractions", ("form", "preposition", "article"))
                     if row.cells["article"] in definites)


def _case(token: Token) -> str:
    pack = pack_of(token.doc)
    case = [c for c in token.children if c.dep_ in labels(pack, "case_marker") and c.i < token.i]
    return " ".join(c.lower_ for c in case)


def _names_something(doc: Doc, token: Token, start: int, end: int, named: list[MediaMention],
                     index: ActorIndex) -> bool:
    """Does the phrase name a medium (the named path cites it) or anything else (a proper
    noun: "le journal de Mickey", "la télévision de Damas" keeps its name elsewhere)? A state
    after a word of public ownership is the medium's owner, not its name ("la radio nationale du
    Niger"): the phrase only describes the state's medium."""
    if any(start <= m.start < end for m in named):
        return True
    text = text_of(doc)
    if any(0 <= m.start - end <= 3 and not text[end:m.start].strip(" «\"“\u00a0") for m in named):
        return True  # "Le quotidien Le Soir a révélé": the noun introduces the title after it
    owner = _state_owner(doc, token, start, end, index)
    # (a demonym in lower case the tagger calls a proper noun describes, it names nothing: "La
    # presse kényane souligne")
    gazetteer = gazetteer_of(doc)
    return any(t.pos_ == "PROPN" and t.i not in owner and not (t.text[:1].islower() and gazetteer.demonym(t.text))
               for t in doc.char_span(start, end, alignment_mode="expand") or ())


def _state_owner(doc: Doc, token: Token, start: int, end: int, index: ActorIndex) -> range:
    """The tokens of the state that owns the medium: a country (acting, not a place) after a
    genitive that follows a word of public ownership after the media noun ("la télévision
    publique du Kenya", "l'agence de presse d'État du Laos"; pack `public_media_words`). Without
    that word the genitive may tell only where a paper is read or who runs it ("un journal du
    Kenya", "la radio de Damas"), and the proper noun keeps the phrase for the named path."""
    pack = pack_of(doc)
    public = pack.words("public_media_words")
    genitives = function_words(pack, "genitive") | _contracted_definites(pack)
    for mention in index.mentions:
        if mention.kind != "country" or mention.as_place or not start < mention.start < end or mention.start <= token.idx:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        k = span.start - 1
        while k > token.i and doc[k].pos_ == "DET":
            k -= 1  # "de la Corée du Sud"
        if k > token.i + 1 and doc[k].lower_ in genitives and doc[k - 1].lower_ in public:
            return range(span.start, span.end)  # the public word right before the owner's genitive
    return range(0)


def _name(doc: Doc, token: Token, start: int, end: int, named: list[MediaMention]) -> tuple[str, str | None]:
    pack = pack_of(doc)
    determiners = [c for c in token.children if c.dep_ in labels(pack, "determiner")]
    definites = function_words(pack, "definite_determiner")
    definite = determiners and determiners[0].lower_ in definites or not determiners and \
        _case(token) in _contracted_definites(pack)  # "des accusations du journal"
    alone = end - start <= len(token.text) + 4  # "le quotidien", "la chaîne": nothing but the noun
    if definite and alone and token.morph.get("Number") != ["Plur"]:
        latest = latest_medium(named, token.idx)
        if latest is not None:
            return latest.name, latest.actor
    text = text_of(doc)[start:end]
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is not None and first[0].pos_ == "DET":
        text = text_of(doc)[first[0].idx + len(first[0].text):end].lstrip(" '’")
    return text, None
