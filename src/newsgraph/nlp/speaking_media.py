"""A medium that speaks: the subject of a speech verb ("Le Figaro annonce", "…, affirme Reuters.",
"a rapporté CNN", "Le Monde a pu consulter"), or the agent of a participle of report ("confirmée
mardi par l'AFP", "un reportage diffusé par la chaîne Al Jazeera"). Split from sources.py (which
decides which media mentions are sources) by job: here, the verb that makes a medium a source.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .context import pack_of
from .lexicon import function_words, is_actor_like, media_nouns, speech_verb
from .media_mentions import owner_or_description
from .syntax import labels, passive_subject, subject_labels
from .textutil import fold_same_length
from .quotemarks import TITLE_MARKS
from .object_media import asks_to_act, closes_media_list, coordinated, modifies_object, modifies_work
from .citing_channels import DESCRIPTION_TOKENS, OPENING_MARKS, media_description_words
from .unnamed_media import MIN_STRENGTH, relays


@cache
def work_nouns(pack: LanguagePack) -> frozenset[str]:
    """What a medium publishes, folded ("une dépêche de l'agence Belga", "des informations de la RTS"):
    the words of a work speak for the medium that published it."""
    return frozenset(fold_same_length(w).lower() for w in pack.words("media_works") | pack.words("information_nouns"))



def reported_by(doc: Doc, start: int, end: int) -> int | None:
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


def speaks(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
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
    titled = _verb_after_title(doc, start, end)
    if titled is not None:
        return titled
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
                    not modifies_work(doc, start, end, verb, work_nouns(pack)) and \
                    (any(c.dep_ in subjects and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON") and
                         c.lower_ not in pack.words("accusative_clitics") for c in verb.children)
                     or coordinated(verb, pack)):
                return None  # "la ministre a accusé Le Soir de mentir", "…, puis a critiqué Le Figaro",
                # "the president attacked the Times": the verb's subject is before it (its own, or the
                # one of the clause it is coordinated to), the medium after it is its object, not an
                # inverted subject (an object clitic the parser takes for the subject is none: "Ainsi
                # que l'a rapporté Le Monde"); only a verb whose object is the one spoken to makes it the
                # channel ("she told CBC", lang/en/addressee_object_verbs.txt)
            if asks_to_act(verb, end) or modifies_object(doc, start, end, verb, work_nouns(pack)):
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
        # report for it, as they do before their verb (speaks); a named one speaks for himself
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
            _own_work_after(doc, end) or closes_media_list(doc, end)):
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
    nouns = work_nouns(pack) | pack.words("channel_nouns") | media_nouns(pack)
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


def _gathering(verb, learning: frozenset[str]) -> bool:
    """Is the verb one of gathering, or a verb of ability that governs one ("Le Monde a pu consulter",
    not "risque de voir": the parser makes the modal the head, with the subject), or a locution of
    it with its object noun ("avoir accès", "se faire l'écho")?"""
    if verb.pos_ != "VERB":
        return False
    pack = pack_of(verb.doc)
    objects = labels(pack, "object")
    if any(c.dep_ in objects and (_possessed(c) or _part_of_possessed(c)) for c in verb.children):
        return False  # "Le Figaro a vu ses ventes baisser", "a vu son directeur arrêté", "a vu
        # plusieurs de ses journalistes arrêtés": what befalls the medium's own, no information it
        # gathered ("a vu des soldats tirer")
    able = verb.lemma_.lower() in pack.words("ability_verbs")
    return verb.lemma_.lower() in learning or any(
        able and c.dep_ in labels(pack, "open_complement") and c.pos_ == "VERB" and c.lemma_.lower() in learning or
        c.dep_ in objects and f"{verb.lemma_} {c.lemma_}".lower() in learning  # "a eu accès au rapport"
        for c in verb.children)


def _part_of_possessed(word) -> bool:
    """Is the word a part taken of a possessed noun through a genitive right after it ("plusieurs de
    ses journalistes", "deux de ses reporters", "l'un de ses photographes")? Read on the words, the
    genitive and the possessive determiner (tagger's Poss), as the parse hangs the noun on the
    quantity or on the verb."""
    doc = word.doc
    genitive = function_words(pack_of(doc), "genitive")
    return word.i + 2 < len(doc) and doc[word.i + 1].lower_ in genitive and "Yes" in doc[word.i + 2].morph.get("Poss")


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
    works = work_nouns(pack)
    return not any(c.dep_ in informs or c.dep_ in objects and (fold_same_length(c.lemma_).lower() in works or
                                                                _others_words(c))
                   for c in verb.children)


def _others_words(noun) -> bool:
    """Is the object a statement noun with its speaker in a genitive ("a publié une déclaration du
    vice-ministre", "a diffusé un communiqué du ministère")? The medium that publishes another's
    words relays them: it is their channel (GUIDELINES §3), not telling of an act of its own."""
    pack = pack_of(noun.doc)
    relayed = pack.words("relayed_statement_nouns")
    if noun.lower_ not in relayed and noun.lemma_.lower() not in relayed:
        return False
    genitive = function_words(pack, "genitive")
    cases = labels(pack, "case_marker")
    # the genitive names someone who speaks: "un message de soutien" is no one's words relayed
    return any(c.dep_ in labels(pack, "nominal_modifier") and c.i > noun.i and is_actor_like([c]) and
               any(k.dep_ in cases and k.lemma_.lower() in genitive for k in c.children) for c in noun.children)


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



def _verb_after_title(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A title in marks right before a speech verb that the parse left without a subject ("…,
    tandis que « Le Soir » estime que …": the marks break the parse): the title is its subject."""
    titles = doc.user_data.get(TITLE_MARKS, frozenset())
    i = end
    while i < len(doc) and (doc[i].is_space or doc[i].idx in titles):
        i += 1
    if i == end or start == 0 or doc[start - 1].idx not in titles:
        return None  # (a title set in marks on both sides)
    while i < len(doc) and doc[i].pos_ == "AUX":
        i += 1
    verb = doc[i] if i < len(doc) else None
    if verb is None or verb.pos_ != "VERB" or speech_verb(verb) is None or \
            any(c.dep_ in subject_labels(pack_of(doc)) for c in verb.children):
        return None
    return doc[start - 1].idx, verb.idx + len(verb.text)
