"""Where a medium is cited from: the marker or channel before its name ("selon l'agence Reuters",
"a déclaré à l'AFP", "dans un entretien au Monde", "cité par l'agence TASS", "au journal de
20 heures de France 2"). Split from sources.py (which decides which media mentions are sources)
by job: here, the words that link a medium to the information before it.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ..lang import LanguagePack
from .context import gazetteer_of, pack_of
from .actor_lexicon import actor_lexicon
from .lexicon import function_words, media_nouns, speech_verb
from .object_media import asks_to_act
from .quotemarks import MARKS, PLAIN_MARKS, QUOTE_CHARS
from .syntax import labels
from .marker_phrases import citing_marker_before
from .media_mentions import owner_or_description

# marks that open a quoted title (the straight one of scraped copy too), from the shared set
OPENING_MARKS = frozenset(c for c in PLAIN_MARKS if MARKS[c][1] != "close")
# the longest description a walk back from a medium's name steps over: "la chaîne d'information en
# continu" before "BFMTV" is six tokens, with room for an adjective or two
DESCRIPTION_TOKENS = 8
# the longest programme title written in lower case after its first word that a walk back from the
# channel's genitive steps over ("Tout le monde en parle" is five tokens)
TITLE_TOKENS = 9


@cache
def media_description_words(pack: LanguagePack) -> frozenset[str]:
    """The other words of multi-word media nouns ("agence de presse", "site d'information"), as the
    tokenizer splits them: a walk back from a medium's name steps over its description."""
    words = set()
    for noun in media_nouns(pack):
        if " " in noun:
            for word in noun.split()[1:]:
                head, apostrophe, rest = word.partition("'")
                words.update([head + apostrophe, rest] if apostrophe else [word])
    return frozenset(w for w in words if w)


def cited_from(doc: Doc, start: int, end: int) -> int | None:
    """Start char of the marker or channel that cites the medium at tokens [start, end)."""
    pack = pack_of(doc)
    nouns = media_nouns(pack)
    description = media_description_words(pack)
    channels = pack.words("channel_nouns")
    i = start - 1
    if i >= 0 and doc[i].text in OPENING_MARKS:
        i -= 1  # a title in quotation marks: "selon le quotidien « Le Soir »"
    # walk back over the medium's own description: "l'agence de presse", "le quotidien français",
    # and a network noun right before the name ("au réseau CBC"; pack `media_network_nouns`: alone
    # it introduces no title, "le réseau X" is a platform's, "le réseau Five Eyes" no medium)
    genitive = _one_word_genitives(pack)
    while i >= 0 and i > start - DESCRIPTION_TOKENS:
        if i > 0 and owner_or_description(doc[i]) and doc[i - 1].lower_ in genitive and doc[i].pos_ != "ADJ":
            i -= 2  # the medium's state owner: "la télévision d'État nord-coréenne KCTV"
            continue
        if not ((doc[i].lower_ not in genitive or _inside_media_noun(doc, i, nouns)) and
                (doc[i].pos_ in ("DET", "ADJ") or doc[i].is_space or doc[i].lemma_.lower() in nouns or
                 doc[i].lower_ in description or _demonym(doc[i]) or
                 (i == start - 1 and doc[i].lemma_.lower() in pack.words("media_network_nouns")))):
            break
        i -= 1  # (a doubled space of scraped copy is a token of its own: "déclaré à  Libération")
    if i < 0:
        return None
    token = doc[i]
    low = token.lower_
    marker = citing_marker_before(doc, i)  # "selon", "d'après", "de source"
    if marker is not None:
        return doc[marker].idx
    if low in genitive and i > 0 and _word_in(doc[i - 1], pack.words("release_nouns")):
        return None  # "un communiqué de l'agence X": the medium's own release cites no medium (GUIDELINES §3)
    if low in genitive and i > 0 and _word_in(doc[i - 1], channels | pack.words("media_works") |
                                              pack.words("information_nouns")):
        # "le documentaire d'Al Jazeera", "une interview du Monde", "un article du Canard enchaîné"
        k = i - 1
        while k > 0 and doc[k - 1].pos_ in ("DET", "ADJ"):
            k -= 1
        return doc[k].idx
    site = _website_of(doc, i, pack) if low in genitive else None
    if site is not None:  # "un article publié sur le site de France 24", "peut-on lire sur le site du Monde"
        return site
    programme = _programme_before(doc, i, pack, channels) if low in genitive else None
    if programme is not None:  # "au journal de 20 heures de France 2", "l'émission Quotidien de TMC"
        return programme
    if low in genitive and i > 0 and doc[i - 1].lower_ in function_words(pack, "channel_before_genitive"):
        return doc[i - 1].idx  # "auprès du Parisien"
    staff = _staff_before(doc, i, pack) if low in genitive else None
    if staff is not None:
        # "un entretien avec des journalistes du Monde": the staff stands for the medium when a
        # channel noun comes just before ("le journaliste de France 2" alone is an employer)
        to = function_words(pack, "channel_preposition")
        lead = staff - 1
        while lead > 0 and doc[lead].pos_ == "DET":
            lead -= 1
        if lead < staff - 1 and doc[lead].lower_ in to:
            if _asked_to_act(doc, lead, end):
                return None  # "a demandé à un journaliste de Reuters de quitter la salle"
            # "a déclaré le ministre à un journaliste de Reuters", "a confié à l'envoyé spécial du
            # Monde": the staff is the statement's channel, read as a medium's own would be
            channel = _channel_to(doc, lead, start, end, pack)
            if channel is not None:
                return channel
        if lead < staff - 1 and doc[lead].lower_ in function_words(pack, "agent_preposition"):
            reached = _participle_before(doc, lead, pack)
            if reached is not None:
                return reached  # "interrogé par un journaliste de Reuters"
        for j in range(staff - 1, max(-1, staff - 7), -1):
            if _word_in(doc[j], channels):
                return doc[j].idx
            if speech_verb(doc[j]) is not None and doc[j].pos_ == "VERB" and \
                    any(t.lower_ in to for t in doc[j + 1:staff]):
                return doc[j].idx  # "a déclaré à nos confrères du Soir": the staff's medium is the channel
            if doc[j].text in (".", ",", ";", "«", "»"):
                break
    if low in function_words(pack, "agent_preposition"):
        reached = _participle_before(doc, i, pack)
        if reached is not None:
            return reached
    if low in function_words(pack, "commission_preposition"):
        # "un sondage réalisé par Ipsos pour Le Monde", "une étude Ifop pour le JDD": the medium a
        # poll or a study was made for published it, over the maker and the participle between
        works = pack.words("commissioned_works")
        for j in range(i - 1, max(-1, i - 9), -1):
            if doc[j].is_punct or doc[j].is_sent_start:
                break
            if _word_in(doc[j], works):
                while j > 0 and doc[j - 1].pos_ in ("DET", "ADJ"):
                    j -= 1
                return doc[j].idx
    if low in function_words(pack, "interview_preposition") and i > 0:
        # "dans un entretien avec Le Monde", "en entrevue avec BFM TV": the interview noun right before
        j = i - 1
        while j > 0 and doc[j].pos_ == "ADJ":
            j -= 1
        if _word_in(doc[j], channels):
            k = j - 1
            while k >= 0 and (doc[k].pos_ == "DET" or doc[k].lower_ in function_words(pack, "channel_lead")):
                k -= 1
            return doc[k + 1].idx
    if low in function_words(pack, "channel_preposition") and not _asked_to_act(doc, i, end):
        # channel: a speech verb or an interview noun just before ("a déclaré à l'AFP")
        return _channel_to(doc, i, start, end, pack)
    return None


def _participle_before(doc: Doc, i: int, pack: LanguagePack) -> int | None:
    """Start char of the channel participle whose agent preposition is token i ("cité par l'agence
    TASS", "interrogé par France 24", "joint par téléphone par l'AFP", "interrogé lundi par RFI"),
    over a short adjunct of time or means; None if there is none."""
    participles = pack.words("channel_participles")
    for j in range(i - 1, max(-1, i - 5), -1):
        if _word_in(doc[j], participles):
            return doc[j].idx
        if doc[j].pos_ not in ("ADV", "ADP", "DET", "NOUN", "NUM") or doc[j].is_punct:
            break
    return None


def _staff_before(doc: Doc, i: int, pack: LanguagePack) -> int | None:
    """The staff noun whose medium the genitive at token i introduces, over the adjectives of its
    post ("un journaliste de", "l'envoyé spécial du", "le correspondant permanent de"), or None."""
    staff = function_words(pack, "media_staff")
    k = i - 1
    while k > 0 and k > i - 3 and doc[k].pos_ == "ADJ" and doc[k].lower_ not in staff:
        k -= 1
    return k if k >= 0 and doc[k].lower_ in staff else None


def _channel_to(doc: Doc, i: int, start: int, end: int, pack: LanguagePack) -> int | None:
    """Start char of the speech verb, interview noun or incise that the channel preposition at
    token i ("à", "sur") makes the medium at tokens [start, end) the channel of ("a déclaré à l'AFP",
    "sur Europe 1" after a statement); None if there is none."""
    token = doc[i]
    low = token.lower_
    channels = pack.words("channel_nouns")
    lead = function_words(pack, "channel_lead")
    j = i - 1
    while j >= 0 and j > i - 9 and doc[j].text not in (".", "»", "«", ";", ":"):
        if j == i - 1 and _handed_to_report(doc, j, pack):
            return doc[j].idx  # "un document transmis à l'AFP": the medium received what it reports
        if (speech_verb(doc[j]) is not None or doc[j].lemma_.lower() in pack.words("media_learning_verbs")) \
                and doc[j].pos_ in ("VERB", "AUX"):
            return doc[j].idx  # "a déclaré à l'AFP", "peut-on lire dans Libération"
        if _word_in(doc[j], channels):
            k = j - 1
            while k >= 0 and doc[k].pos_ in ("DET",) or (k >= 0 and doc[k].lower_ in lead):
                k -= 1
            return doc[k + 1].idx
        j -= 1
    verb = _incise_over_apposition(doc, i)
    if verb is not None:
        return verb.idx
    if low in function_words(pack, "broadcast_preposition") and _said_on(doc, start, end):
        # "sur Europe 1" after a statement
        sent = token.sent
        if any(speech_verb(t) is not None and t.pos_ == "VERB" for t in sent) or \
                any(ch in PLAIN_MARKS for ch in sent.text):
            return token.idx
    return None


def _handed_to_report(doc: Doc, j: int, pack: LanguagePack) -> bool:
    """Is token j a participle of handing over ("transmis", "adressée") whose thing is what a
    sentence reports: cited by a marker ("selon un document transmis à …") or in a sentence with a
    speech verb? A parcel sent to a newspaper is no information it gives."""
    participle = doc[j]
    if participle.pos_ not in ("VERB", "ADJ") or not _word_in(participle, pack.words("handover_participles")):
        return False
    k = j - 1
    while k > 0 and doc[k].pos_ in ("NOUN", "DET", "ADJ") and k > j - 5:
        k -= 1
    return citing_marker_before(doc, k) is not None or \
        any(speech_verb(t) is not None and t.pos_ == "VERB" and t.i != j for t in participle.sent)


def _said_on(doc: Doc, start: int, end: int) -> bool:
    """Is the medium at tokens [start, end), after a broadcast preposition, where a clause's verb
    took place (an oblique of a verb that heads a clause: "apportait ce matin son soutien au
    candidat sur Europe 1")? One that completes a noun ("son émission sur France Inter") or a
    verb that only describes a noun ("le débat, retransmis sur France 2", "le présentateur, qui
    officiait sur RTL") tells where something was broadcast, not where a statement was made."""
    pack = pack_of(doc)
    root = next((t for t in doc[start:end] if not start <= t.head.i < end), None)
    if root is None:
        return True
    head = root.head
    if head.pos_ in ("NOUN", "PROPN") and root.dep_ in labels(pack, "nominal_modifier"):
        return False  # (read as negative evidence only: the parse of a clause's opening words may
        # hang them on a dash or a dateline)
    return not (head.pos_ in ("VERB", "AUX") and root.dep_ in labels(pack, "oblique") and
                head.dep_ in labels(pack, "clausal_modifier", "relative_clause"))


def _incise_over_apposition(doc: Doc, i: int):
    """The speech verb of an incise whose inverted subject comes between it and the channel at
    token i, too far back for a walk over the words: a long subject ("…, a estimé le ministre
    australien de la Défense Richard Marles sur la chaîne ABC."), which the parser hangs the
    channel on the verb over, or one with an apposition set off by commas ("…, a déclaré Jean
    Dupont, porte-parole de la police, à l'agence Reuters."), on the apposition's noun or the verb."""
    if i < 1:
        return None
    pack = pack_of(doc)
    attached = labels(pack, "apposition", "name_part", "nominal_modifier")
    node = doc[i].head
    verb = node.head
    if node.dep_ in labels(pack, "oblique", "indirect_object") and verb.i < i and verb.pos_ == "VERB" and \
            speech_verb(verb) is not None and any(c.dep_ in labels(pack, "subject") and verb.i < c.i < i
                                                  for c in verb.children):
        return verb  # (its inverted subject between: an incise)
    if doc[i - 1].text != ",":
        return None
    while node.dep_ in attached and node.head.i != node.i and node.head.i < node.i:
        node = node.head
    verb = node.head
    if node.i < i - 1 and node.dep_ in labels(pack, "subject") and verb.i < node.i and verb.pos_ == "VERB" and \
            speech_verb(verb) is not None:
        return verb
    return None


def _asked_to_act(doc: Doc, i: int, end: int) -> bool:
    """Is the medium of tokens i … end, after a channel preposition, the one the verb before it
    asks to act ("a demandé à la BBC de retirer son reportage")? The same test as a medium right
    after its verb (object_media.asks_to_act)."""
    verbs = [t for t in doc[max(0, i - 6):i] if t.pos_ == "VERB"]
    return bool(verbs) and asks_to_act(verbs[-1], end, doc[i:end])


@cache
def _programme_words(pack: LanguagePack, channels: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The programme nouns (and channel nouns), time nouns and one-word genitives of a pack, read once."""
    return (pack.words("programme_nouns") | channels, pack.words("time_nouns"),
            _one_word_genitives(pack))


def _website_of(doc: Doc, i: int, pack: LanguagePack) -> int | None:
    """Start char of the verb that publishes, reads or says on the medium's website, whose genitive
    is token i: a bare site noun (pack setting bare_site_nouns; a word or two between, "internet",
    "web") after an article and the broadcast preposition ("publié sur le site de France 24",
    "peut-on lire sur le site internet du Monde"). With no such verb before it, the site may be
    the medium's premises ("les hommes ont attaqué le site de la radio"), or only named."""
    sites = frozenset(pack.setting("bare_site_nouns", []))
    j = i - 1
    while j > 0 and i - j <= 2 and doc[j].lower_ not in sites and doc[j].pos_ in ("ADJ", "NOUN", "PROPN"):
        j -= 1  # "le site internet du Monde", "le site web de la BBC"
    if j < 1 or doc[j].lower_ not in sites:
        return None
    k = j - 1
    while k > 0 and doc[k].pos_ == "DET":
        k -= 1
    if doc[k].lower_ not in function_words(pack, "broadcast_preposition"):
        return None
    verbs = pack.words("media_learning_verbs") | pack.words("channel_participles")
    for v in range(k - 1, max(-1, k - 6), -1):
        verb = doc[v]
        if verb.is_punct:
            return None
        if verb.pos_ in ("VERB", "AUX") and (speech_verb(verb) is not None or _word_in(verb, verbs)):
            return verb.idx
    return None


@cache
def _one_word_genitives(pack: LanguagePack) -> frozenset[str]:
    """The pack's genitive words of one word ("de", "du", "d'"; not "de la"), read once."""
    return frozenset(w for w in function_words(pack, "genitive") if " " not in w)


def _programme_before(doc: Doc, i: int, pack: LanguagePack, channels: frozenset[str]) -> int | None:
    """Start char of a programme of the medium whose genitive is token i, with the programme's own
    complement between them: its time ("au journal de 20 heures de France 2", "au JT de 13h de
    TF1"), a name or an adjective ("l'émission Quotidien de TMC", "le journal télévisé de la
    RTS"). The medium broadcast it: the programme is the channel, the medium the source."""
    programmes, times, genitive = _programme_words(pack, channels)
    j = i - 1
    while j > 0 and j > i - 6 and not _word_in(doc[j], programmes) and not _newscast_hour(doc, j, pack):
        t = doc[j]
        if not (t.like_num or t.pos_ in ("NUM", "ADJ", "PROPN") or t.lemma_.lower() in times or
                t.lower_ in genitive or t.text[:1].isdigit() or  # (a time as schedules write it: "20h")
                t.text[:1].isupper() or t.pos_ == "X" or t.text in QUOTE_CHARS):
            # (the programme's title as written, foreign words and marks included: "l'émission
            # Face the Nation de CBS", "l'émission « Quotidien » de TMC")
            return _titled_programme_before(doc, i, programmes)
        j -= 1
    if not (_word_in(doc[j], programmes) or _newscast_hour(doc, j, pack)):
        return None
    k = j
    while k > 0 and doc[k - 1].pos_ in ("DET", "ADJ"):
        k -= 1
    return doc[k].idx


def _titled_programme_before(doc: Doc, i: int, programmes: frozenset[str]) -> int | None:
    """Start char of a programme noun a few words before the genitive at token i whose title opens
    with a capital or a quotation mark right after it and runs on in lower case ("à l'émission
    Tout le monde en parle de Radio-Canada"); the title stays in its clause (no verb, no stop)."""
    for j in range(i - 2, max(0, i - TITLE_TOKENS) - 1, -1):
        t = doc[j]
        if t.is_sent_start or t.pos_ in ("VERB", "AUX") or t.text in (".", ",", ";", ":"):
            return None
        after = doc[j + 1]
        if _word_in(t, programmes) and (after.text[:1].isupper() or after.text in QUOTE_CHARS):
            k = j
            while k > 0 and doc[k - 1].pos_ in ("DET", "ADJ"):
                k -= 1
            return doc[k].idx
    return None


def _newscast_hour(doc: Doc, j: int, pack: LanguagePack) -> bool:
    """Is token j a newscast named by its hour ("au 19h30 de la RTS", "le 13h de TF1"; pack pattern
    `newscast_hour`), after a definite article or a contraction of one? "à 20h" is a time."""
    hour = pack.pattern("newscast_hour")
    if j < 1 or not hour.pattern or not hour.fullmatch(doc[j].text):
        return False
    before = doc[j - 1]
    return before.lower_ in function_words(pack, "definite_determiner") or \
        before.lower_ in actor_lexicon(pack).contracted_article


def _demonym(token) -> bool:
    """A demonym the parser left untagged ("la chaîne qatarie Al Jazeera", 'qatarie' read as X):
    it describes the medium as an adjective does."""
    return token.pos_ not in ("NOUN", "PROPN", "VERB") and gazetteer_of(token.doc).demonym(token.text) is not None


def _word_in(token, words: frozenset[str]) -> bool:
    """The token's form or lemma is one of the words ("antennes" of "sur les antennes de")."""
    return token.lower_ in words or token.lemma_.lower() in words


def _inside_media_noun(doc: Doc, i: int, nouns) -> bool:
    """Is the genitive at token i the inside of a multi-word media noun ("agence de presse",
    "chaîne de télévision"), not the link to what the medium belongs to?"""
    if i < 1 or i + 1 >= len(doc):
        return False
    joined = f"{doc[i - 1].lemma_.lower()} {doc[i].lower_} {doc[i + 1].lower_}"
    return joined in nouns or joined.replace("' ", "'") in nouns
