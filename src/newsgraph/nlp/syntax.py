"""Parse helpers shared by the quote finders: subjects, noun phrases, cues, spans (the phrases
attribution markers open are read in marker_phrases.py).

The md parser is often wrong around reported speech (an incise parsed as a noun's
modifier, "de son côté" as a subject), so each helper pairs the dependency parse
with a surface fallback. Words and dependency labels come from the Doc's language pack.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from ..lang import LanguagePack
from .conjuncts import main_verb_of_conjunct
from ..errors import ModelError
from .context import gazetteer_of, pack_of
from .fronted_appositions import apposed_in_fronted
from .lexicon import function_words, pronoun_forms, speech_verb
from .glued import is_invisible
from .quotemarks import QUOTE_CHARS
from .quotemarks import has_quote_marks
from .textutil import text_of


def labels(pack: LanguagePack, *roles: str) -> tuple[str, ...]:
    """The dependency labels of several roles of the pack."""
    return tuple(label for role in roles for label in pack.label(role))


def subject_labels(pack: LanguagePack) -> tuple[str, ...]:
    return labels(pack, "subject", "passive_subject")


def has_passive_auxiliary(verb: Token) -> bool:
    """Does the verb carry a passive auxiliary ("a été accusé", "was told")? A pronoun so labelled is
    none: the parser reads a stressed pronoun between auxiliary and participle as one ("a lui-même
    reconnu que …", "avait elle-même déclaré")."""
    return any(c.dep_ in pack_of(verb.doc).label("passive_auxiliary") and c.pos_ != "PRON" for c in verb.children)


def passive_subject(token: Token) -> bool:
    """Is the token the subject of a passive verb ("Le Monde a été accusé", "la chaîne est citée")?
    That subject is whom the verb is done to: someone spoken to or of, never the speaker. (A
    reflexive "s'est procuré" has an active subject.)"""
    return token.dep_ in labels(pack_of(token.doc), "passive_subject") and has_passive_auxiliary(token.head)


def inverted_pronouns(pack: LanguagePack) -> frozenset[str]:
    """Subject pronouns written after their verb ("dit-il", "a-t-elle ajouté")."""
    return pronoun_forms(pack, inverted="yes")


def third_person_subject_pronouns(pack: LanguagePack) -> frozenset[str]:
    """"il", "elle" and every inverted third-person form: the subject of an incise."""
    return pronoun_forms(pack, person="3", inverted="yes") | \
        pronoun_forms(pack, person="3", number="s", kind="personal", inverted="")


def speaker_pronouns(pack: LanguagePack) -> frozenset[str]:
    """Pronouns that can stand for a speaker ("il", "-elle", "nous", "celui-ci", "qui"…)."""
    return pronoun_forms(pack)


@cache
def connectors(pack: LanguagePack) -> re.Pattern[str]:
    """Leading journalist connectors ("Mais", "Par ailleurs,", "De son côté"), any number in a row,
    each followed by a space (pack list `connectors`)."""
    words = sorted(pack.words("connectors"), key=lambda w: (-len(w), w))
    return re.compile(r"^(?:(?:" + "|".join(re.escape(w) for w in words) + r")\s*,?\s+)+", re.I)


def has_marks(text: str) -> bool:
    return has_quote_marks(text)


def strip_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, trailing punctuation (but not a quote's closing mark), a leading dateline
    and leading connectors."""
    text = text_of(doc)
    pack = pack_of(doc)
    while start < end and text[start] in " \t\n\u00a0,;:-–—":
        start += 1
    while end > start and text[end - 1] in " \t\n\u00a0,;:.-–—":
        end -= 1
    head = text[start:end]
    for pattern in (pack.pattern("dateline"), connectors(pack)):
        m = pattern.match(head)
        if m and m.end() < len(head):
            start += m.end()
            head = text[start:end]
    return start, end


def is_negated(verb: Token) -> bool:
    """A negation on the verb in its own clause ("n'a pas dit", "did not say"); one the parser hangs
    on it across punctuation ('"Probably not," Ms. Moore said') belongs to the words before."""
    doc = verb.doc
    pack = pack_of(doc)
    negations = pack.words("negations")
    particles = function_words(pack, "negation_particle")
    modifier = pack.label("adverbial_modifier")
    nominal = pack.label("case_marker") + pack.label("determiner")

    def noun(child: Token) -> bool:
        # a negation word that takes a preposition or a determiner is a noun: "en point de presse"
        return any(x.dep_ in nominal for x in child.children)

    def near(child: Token) -> bool:
        low, high = sorted((child.i, verb.i))
        return not any(t.is_punct for t in doc[low + 1:high])
    # the words first, the walk between child and verb only for a negation: every speech verb
    # of every document is asked, and most have no negation at all
    # (a capitalised word is a name, not a negation: "Le Point", the weekly, is no "ne … point")
    return any((c.lower_ in negations and (c.text[:1].islower() or c.is_sent_start) and not noun(c) or
                (c.dep_ in modifier and c.lower_ in particles and
                 any(x.lower_ in negations and x.text[:1].islower() for x in verb.children))) and near(c)
               for c in verb.children)


def _topic_before_colon(child: Token, verb: Token, active: tuple[str, ...]) -> bool:
    """Is `child` a topic set off by a colon before the clause of `verb`, which has a subject of its
    own after the colon ("Vol PS752 : l'Iran reconnaît …", "Ottawa : le chef promet …")? The parser
    makes both subjects of the verb; the words before a colon are a label (a headline's topic),
    never the subject of a verb after it."""
    colon = colon_between(child, verb)
    return colon is not None and any(c.dep_ in active and colon < c.i < verb.i for c in verb.children)


def colon_between(before: Token, after: Token) -> int | None:
    """The index of the last colon between two words, `before` first: the words before a colon are
    a label (a headline's topic, "Loi Magnitski : Moscou réplique …"), none of them a subject of a
    verb after it."""
    if before.i > after.i:
        return None
    colons = [t.i for t in before.doc[before.i + 1:after.i] if t.text == ":"]
    return colons[-1] if colons else None


def subject_of(verb: Token, depth: int = 0) -> Span | None:
    """The subject of a speech verb as a span: nsubj, an inverted -il, a relative's antecedent, or the
    governing verb's."""
    doc = verb.doc
    pack = pack_of(doc)
    subjects = labels(pack, "subject", "passive_subject", "expletive_subject")
    active = labels(pack, "subject", "expletive_subject")
    euphonic = function_words(pack, "euphonic")
    expletive = function_words(pack, "expletive_subject")
    relatives = pronoun_forms(pack, kind="relative")
    modifiers = labels(pack, "clausal_modifier", "relative_clause")
    for child in verb.children:
        if is_invisible(child.text):
            continue  # a zero-width space or soft hyphen of scraped text the parser made a subject
        # "il" may be impersonal ("il faut"): a subject only before its verb
        if child.i > verb.i and child.left_edge.i in (verb.i + 1, verb.i + 2) and verb.i + 1 < len(doc) and \
                doc[verb.i + 1].text in QUOTE_CHARS:
            continue  # words in marks right after the verb are what it says, not an inverted subject
            # ("a dénoncé « … » et regretté « un alignement hâtif »": the parse's subject of the conjunct)
        if child.dep_ in subjects and child.lower_ not in euphonic | expletive or \
                (child.dep_ in active and child.lower_ in expletive and child.i < verb.i):
            if child.lower_ in relatives and _object_relative(child, verb, active):
                continue  # "the reasons that the mayor gives": the relative is the object, the mayor speaks
            if child.lower_ in relatives and verb.dep_ in modifiers and verb.head.pos_ in ("NOUN", "PROPN"):
                if pack.setting("relative_pronoun_mention", False):
                    return doc[child.i:child.i + 1]  # the speaker resolution takes it to its antecedent
                return noun_phrase(verb.head)
            if child.lower_ in euphonic:
                continue
            if child.pos_ == "PROPN" and child.i < verb.i and apposed_in_fronted(doc, child.right_edge.i + 1) and \
                    any(c.dep_ in active and child.i < c.i < verb.i for c in verb.children):
                continue  # "Devant son homologue, X, le président a reconnu": the later subject
            if _topic_before_colon(child, verb, active):
                continue  # "Ottawa : le chef conservateur promet …": the later subject
            fronted = subject_after_time(verb) if child.lower_ in time_words(pack) else None
            if fronted is not None:
                return fronted
            phrase = noun_phrase(child)
            possessive = any("Poss" in t.morph.get("Poss", []) or t.morph.get("Poss") for t in phrase[:3])
            if phrase[0].pos_ == "ADP" and (phrase[0].lower_ not in function_words(pack, "partitive") or possessive):
                # "a de son côté dénoncé": a misparsed adverbial, not the subject
                return subject_before(verb)
            return _rest_of_split_subject(verb, phrase, subjects)
    incise_subjects = third_person_subject_pronouns(pack)
    for child in verb.children:  # inverted pronoun subject: "a-t-il précisé"
        if child.i > verb.i - 4 and child.lower_ in incise_subjects:
            return doc[child.i:child.i + 1]
        # the parse may make the euphonic "-t" the subject and hang the pronoun on it ("a-t-elle
        # regretté, avant d'appeler …"): the pronoun after it is the subject
        if child.i > verb.i - 4 and child.lower_ in euphonic and child.i + 1 < len(doc) and \
                doc[child.i + 1].lower_ in incise_subjects:
            return doc[child.i + 1:child.i + 2]
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in pronoun_forms(pack, person="3", inverted="yes"):
        return doc[verb.i + 1:verb.i + 2]
    if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in euphonic:
        return doc[verb.i + 2:verb.i + 3]
    governed = labels(pack, "open_complement", "conjunct", "adverbial_clause", "clausal_complement",
                      "clausal_modifier", "relative_clause")
    shared = main_verb_of_conjunct(verb) if depth < 3 else None
    if shared is not None:
        return subject_of(shared, depth + 1)
    if depth < 3 and verb.dep_ in governed and verb.head.i != verb.i:
        if verb.dep_ in modifiers and verb.head.pos_ in ("NOUN", "PROPN"):
            phrase = noun_phrase(verb.head)
            if depth and phrase.end == verb.i and "Part" in verb.morph.get("VerbForm"):
                # "La presse spécialisée rapporte": the parser hangs the speech verb on the
                # participle of the phrase, which is an adjective of it
                phrase = doc[phrase.start:verb.i + 1]
            # "a de son côté dénoncé" parsed as a participle on "côté": not a speaker
            return phrase if phrase[0].pos_ != "ADP" else subject_before(verb)
        return subject_of(verb.head, depth + 1)
    return None


def _rest_of_split_subject(verb: Token, phrase: Span, subjects: tuple[str, ...]) -> Span:
    """The subject phrase run on over a second subject of the same verb that the parse broke off
    it: one starting right where the phrase ends, before the verb, with nothing between ("Le Haut
    | représentant de l'UE", a title's capitalised adjective read as a name; "Le prix Nobel de la
    paix | Denis Mukwege"; "Le Premier ministre pakistanais Shehbaz | Sharif", the surname tagged
    a pronoun). A real pronoun starts a phrase of its own ("le ministre lui-même")."""
    doc = verb.doc
    pronouns = pronoun_forms(pack_of(doc))
    for other in verb.children:
        if phrase.end <= other.i < verb.i and other.dep_ in subjects and other.lower_ not in pronouns:
            rest = noun_phrase(other)
            if rest.start == phrase.end and rest.end <= verb.i:
                return doc[phrase.start:rest.end]
    return phrase


@cache
def time_words(pack: LanguagePack) -> frozenset[str]:
    """Single words that name a day, a month or a part of the day ("lundi", "soir", "hier")."""
    words = set()
    for name, column in (("date_weekdays", "form"), ("months", "form"), ("date_units", "form"),
                         ("date_days", "form")):
        words |= {row[column].lower() for row in pack.table(name) if " " not in row[column]}
    return frozenset(words)


def subject_after_time(verb: Token) -> Span | None:
    """The subject the parse hung as a conjunct on a fronted time word ("Mardi, Rome et Madrid ont
    affirmé", "En mars, Paris et Berlin ont salué": it makes "Mardi" the subject, or no word at
    all, and "Rome" a conjunct of the date): the noun phrase after the comma."""
    doc = verb.doc
    pack = pack_of(doc)
    times = time_words(pack)
    conjunct = labels(pack, "conjunct")
    for child in verb.children:
        if child.i > verb.i or child.lower_ not in times or child.i + 2 >= verb.i or doc[child.i + 1].text != ",":
            continue
        after = [c for c in child.children if c.dep_ in conjunct and c.i > child.i + 1]
        if after and after[0].pos_ in ("NOUN", "PROPN") and after[0].left_edge.i >= child.i + 1:
            # (the parse may hang every conjunct on the date: "Mardi, Paris et Berlin")
            first, last = noun_phrase(after[0]), noun_phrase(after[-1])
            return doc[first.start:last.end] if last.end <= verb.i else None
    return None


def subject_before(verb: Token) -> Span | None:
    """The first noun phrase of the verb's sentence that is not inside a prepositional phrase."""
    doc = verb.doc
    # (a noun the parse reads as a preposition's first word, "Face à la presse", is no phrase either;
    # a possessive's "'s" is a case marker too, but no noun)
    markers = pack_of(doc).label("case_marker")
    candidates = [t for t in doc[verb.sent.start:verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")
                  and t.dep_ not in markers and not is_invisible(t.text)
                  and not any(x.pos_ == "ADP" or x.pos_ == "NOUN" and x.dep_ in markers
                              for x in doc[max(verb.sent.start, t.left_edge.i):t.i])]
    subjects = subject_labels(pack_of(doc))
    second = _second_clause_subject(verb, candidates)
    if second is not None:
        return second
    for token in candidates:
        if token.dep_ in subjects:
            return noun_phrase(token)
    # misparsed: the noun phrase that opens the sentence
    first = doc[verb.sent.start]
    while first.i < verb.i and (first.is_space or first.pos_ in ("DET", "PUNCT") or is_invisible(first.text)):
        first = doc[first.i + 1]
    if candidates and candidates[0].i == first.i and candidates[0].pos_ != "PRON":
        return noun_phrase(candidates[0])
    return None


def _second_clause_subject(verb: Token, candidates: list[Token]) -> Span | None:
    """ "X a qualifié la décision d'« absurde » et la ministre Y a demandé que …": a verb the parse
    left without a subject, in a second clause that a coordinator opens after a first clause with a
    verb of its own, has the noun phrase that opens that clause for subject, not the first
    clause's ("Paul et Marie ont dit", with no verb before the coordinator, is one subject)."""
    doc = verb.doc
    # the coordinator that joins a clause to a verb (not one inside a noun phrase, "de la Culture et
    # des Sports"), the parse hanging it on the clause's verb or, misread, on its subject
    link = next((t for t in reversed(doc[verb.sent.start:verb.i]) if t.pos_ == "CCONJ" and
                 (t.head.pos_ == "VERB" or t.head.head.pos_ == "VERB" and t.head.head.i < t.i)), None)
    if link is None or any(t.pos_ == "VERB" for t in doc[link.i + 1:verb.i]) or \
            not any(t.pos_ == "VERB" for t in doc[verb.sent.start:link.i]):
        return None
    opening = next((t for t in candidates if t.i > link.i), None)
    if opening is None or opening.pos_ == "PRON" or any(t.pos_ not in ("DET", "ADJ") for t in doc[link.i + 1:opening.i]):
        return None
    phrase = noun_phrase(opening)
    phrase = doc[max(phrase.start, link.i + 1):phrase.end]  # (the parse may hang the coordinator on it)
    return phrase if phrase.end <= verb.i else None


def noun_phrase(head: Token) -> Span:
    """A subject's noun phrase, without relative clauses, and cut at the first comma after the head."""
    doc = head.doc
    relative = pack_of(doc).label("relative_clause")
    left = head.left_edge.i
    right = head.i
    # the words of a relative clause, its pronoun first ("les avocats [qui représentent X]"): the
    # pronoun hangs on the clause's verb, so its own label does not show it
    clause = {t.i for c in head.children if c.dep_ in relative and c.i > head.i for t in c.subtree}
    for token in head.subtree:
        if token.i > head.i and token.text in (",", "(", "«", '"', "»") or token.dep_ in relative or \
                token.pos_ == "VERB" and not _bare_participle(token, head) or token.i in clause:
            break
        if token.i > head.i:
            right = token.i
    left = min(left, head.i)
    while left < head.i and doc[left].pos_ == "PUNCT":
        left += 1
    return doc[left:right + 1]


def _bare_participle(token: Token, head: Token) -> bool:
    """A participle right after the noun it qualifies, with no dependent of its own: an adjective
    ("la presse spécialisée", "les experts consultés"), part of the phrase. One with a complement
    ("les manifestants rassemblés devant …") stays out."""
    return token.head.i == head.i and token.i == head.i + 1 and "Part" in token.morph.get("VerbForm") and \
        not any(True for _ in token.children)


def np_after(doc: Doc, i: int, limit: int) -> Span | None:
    """The noun phrase that starts at token i (inverted subject of an incise), up to a comma or the end."""
    pack = pack_of(doc)
    verb = speech_verb(doc[i - 1]) if 0 < i < limit else None
    if verb is not None and verb.particle:  # "a fait valoir la ministre": the particle is no subject
        i = min(i + len(verb.particle.split()), limit)
    # skip the channel "à l'AFP", "sur Europe 1", "dans un entretien au Monde"
    prepositions = function_words(pack, "channel_preposition")
    while i < limit and doc[i].lower_ in prepositions:
        j = i + 1
        while j < limit and doc[j].text not in (",", ".") and not _person_named(doc, j) and \
                not _subject_after_channel(doc, j, i, limit):
            j += 1
        if j >= limit or not _person_named(doc, j) and not _subject_after_channel(doc, j, i, limit):
            break
        i = j
    inverted = inverted_pronouns(pack)
    # adverbs, and the doubled space of scraped copy ("rapporte  Libération")
    while i < limit and (doc[i].pos_ in ("ADV",) and doc[i].lower_ not in inverted or doc[i].is_space):
        i += 1
    k = i - 1
    while k > 0 and doc[k].pos_ in ("VERB", "AUX") and doc[k].lower_ not in inverted:
        k -= 1
    if i < limit and doc[i].pos_ == "ADP" and doc[i].lower_ not in function_words(pack, "partitive") and \
            doc[k].lower_ in inverted:
        return doc[k:k + 1]  # "a-t-il dit devant la presse": the pronoun, not the prepositional object
    j = i
    while j < limit and doc[j].text not in (",", ".", ";", ":", "(", "!", "?", "«", "»", '"') \
            and not (doc[j].pos_ in ("VERB", "AUX") and j > i and doc[j].ent_type_ == ""):
        j += 1
    return doc[i:j] if j > i else None


def _person_named(doc: Doc, j: int) -> bool:
    """Does a person's name start at token j, not a medium's title the recogniser took for one, in
    marks ("a confié au « Temps » le député X") or listed ("a déclaré au Devoir la présidente")?"""
    return doc[j].ent_type_ == "PER" and not (j > 0 and doc[j - 1].text in ("«", '"', "“")) and \
        not _listed_medium_title(doc, j)


def _listed_medium_title(doc: Doc, j: int) -> bool:
    """Is the entity at token j a listed medium's title, its article put back from the contracted
    preposition before it ("au Devoir": "Le Devoir")?"""
    try:
        gazetteer = gazetteer_of(doc)
    except ModelError:
        return False  # (a Doc built without the pipeline: no media list to ask)
    end = j + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    title = doc[j:end].text
    rows = pack_of(doc).table("contractions", ("form", "preposition", "article"))
    articles = [row["article"] for row in rows if j > 0 and row["form"] == doc[j - 1].lower_]
    return any(gazetteer.media(form) is not None for form in (title, *(a.capitalize() + " " + title for a in articles)))


def _subject_after_channel(doc: Doc, j: int, channel: int, limit: int) -> bool:
    """Does a determiner at token j open the inverted subject after the channel that starts at
    `channel` ("a prévenu sur RMC [le] secrétaire général", "a raconté à RFI [un] habitant")? It
    follows the medium's name (not a preposition: "au micro [de la] RTBF") and a noun or an
    adjective follows it (not a number: "à l'AFP le 12 mars")."""
    pack = pack_of(doc)
    # (a medium's title in marks: "a confié au « Courrier » le député X")
    named = j - 2 if j - 2 > channel and doc[j - 1].text in ("»", '"', "”") else j - 1
    return j > channel + 1 and j + 1 < limit and doc[j].lower_ in function_words(pack, "determiner") and \
        doc[named].pos_ in ("PROPN", "NOUN") and doc[j + 1].pos_ in ("NOUN", "ADJ") and \
        doc[j + 1].lower_ not in time_words(pack)


def sentence_bounds(doc: Doc, char: int) -> tuple[Span, int, int]:
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    sent = token.sent if token is not None else doc[:].sents.__next__()
    return sent, sent.start_char, sent.end_char


def token_from(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after a character offset."""
    starts = doc.user_data.get("ng_token_starts")
    if starts is None:
        starts = doc.user_data["ng_token_starts"] = doc.to_array(IDX).tolist()  # (no Token objects)
    i = bisect.bisect_left(starts, char)
    return doc[i] if i < len(doc) else None


def after_as(doc: Doc, i: int) -> bool:
    """Is token i the "comme" of "comme (le) précise X", looking back over the neuter clitic, or the
    last word of a conjunction of several ("ainsi que l'a annoncé X", matched token by token)?"""
    return as_start(doc, i) is not None


def as_start(doc: Doc, i: int) -> int | None:
    """The first token of the conjunction ("comme", "ainsi que") that ends at token i, or None."""
    if i < 0:
        return None
    for form in function_words(pack_of(doc), "as"):
        words = form.split()
        if i + 1 >= len(words) and all(doc[i - k].lower_ == w for k, w in enumerate(reversed(words))):
            return i + 1 - len(words)
    return None


def _object_relative(relative: Token, verb: Token, active) -> bool:
    """A relative pronoun the parse made a subject while another subject stands between it and the
    verb ("the reasons that Smith gives"): the relative is the object, the later word the subject."""
    return any(c.dep_ in active and relative.i < c.i < verb.i for c in verb.children)


def speaker_of_verb(verb: Token) -> Span | None:
    """The speaker of a speech verb; after "comme (le)" the subject is inverted ("comme le précise X")."""
    doc = verb.doc
    pack = pack_of(doc)
    clitics = function_words(pack, "neuter_clitic")
    k = verb.i - 1
    while k >= 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in clitics):
        k -= 1
    if after_as(doc, k):
        after = np_after(doc, verb.i + 1, verb.sent.end)
        if after is not None:
            return after
    if verb.i > 0 and doc[verb.i - 1].lower_ in function_words(pack, "gerund"):
        # a gerund ("en affirmant que") shares the subject of its sentence
        return subject_before(verb) or subject_of(verb)
    return subject_of(verb) or subject_after_time(verb) or subject_before(verb)


@cache
def _finite_auxiliary(pack: LanguagePack) -> re.Pattern[str]:
    words = sorted(function_words(pack, "finite_auxiliary"), key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def after_headline_topic(doc: Doc, start: int, end: int) -> int:
    """Skip a headline's "Topic : " prefix (a short verbless label before a colon)."""
    text = text_of(doc)
    # the spaced colon of French typography, the space after it maybe lost ("Chômage :Le …")
    colon = _TOPIC_COLON.search(text, start, end)
    if colon and 0 < colon.start() - start < 40 and \
            not _finite_auxiliary(pack_of(doc)).search(text[start:colon.start()]):
        return colon.end()
    return start


_TOPIC_COLON = re.compile(r" :(?: |(?=[^\W\d_]))")


def journalist_prefix_end(doc: Doc, start: int, end: int) -> int:
    """Skip what precedes reported words but is not attribution: a dateline, a headline topic."""
    m = pack_of(doc).pattern("dateline").match(text_of(doc)[start:end])
    if m:
        start += m.end()
    return after_headline_topic(doc, start, end)


def is_speech_act(verb: Token) -> bool:
    """A verb that reports an act of saying: finite, a compound past, a gerund, or a noun
    ("déclaration"); not a participle used as an adjective ("se sent lâchée : « … »")."""
    if verb.pos_ == "NOUN":
        return True
    form = verb.morph.get("VerbForm")
    if "Fin" in form or "Inf" in form:
        return True
    doc = verb.doc
    pack = pack_of(doc)
    if "Part" in form and verb.dep_ in pack.label("root") and \
            any(c.dep_ in pack.label("subject") and c.i < verb.i for c in verb.children):
        # the root of its sentence with an active subject before it is a finite verb the tagger read
        # as a participle (English "tweeted", "posted": one form for both)
        return True
    auxiliary = pack.label("auxiliary")
    before = function_words(pack, "gerund") | inverted_pronouns(pack)
    has_aux = any(c.dep_ in auxiliary for c in verb.children) or \
        (verb.i > 0 and (doc[verb.i - 1].pos_ == "AUX" or doc[verb.i - 1].lower_ in before))
    return has_aux or _auxiliary_across_adverbial(verb)


def _auxiliary_across_adverbial(verb: Token) -> bool:
    """ "a pour sa part ajouté", "avait elle-même déclaré", "a de son côté estimé": a short adverbial
    between the auxiliary and the participle (adverbs, a stressed pronoun, a prepositional phrase),
    where the parser often hangs the participle on the adverbial's noun. The auxiliary still makes
    it a compound tense. A noun phrase between ("est un dirigeant critiqué") is no adverbial."""
    doc = verb.doc
    between: list[Token] = []
    for k in range(verb.i - 1, max(verb.sent.start, verb.i - 5) - 1, -1):
        token = doc[k]
        if token.pos_ == "AUX":
            nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN")]
            return bool(between) and (not nouns or between[-1].pos_ == "ADP")
        if token.pos_ not in ("ADV", "PRON", "ADP", "DET", "NOUN", "ADJ") or token.is_punct:
            return False
        between.append(token)
    return False


def cue_start(verb: Token) -> int:
    """Start of the cue: auxiliaries and the reflexive pronoun before the verb ("s'est dit", "a déclaré")."""
    doc = verb.doc
    pack = pack_of(doc)
    inverted = function_words(pack, "euphonic") | inverted_pronouns(pack)
    clitics = function_words(pack, "reflexive") | function_words(pack, "negation_particle") | inverted
    i = verb.i
    while i - 1 >= 0 and (doc[i - 1].pos_ == "AUX" or doc[i - 1].lower_ in clitics or
                          (doc[i - 1].pos_ == "ADV" and i - 2 >= 0 and doc[i - 2].pos_ == "AUX")) \
            and verb.i - i < 4:
        i -= 1
    if i < verb.i and doc[i].lower_ in inverted:
        i = verb.i
    return doc[i].idx


def document_place(verb: Token) -> Token | None:
    """The document an impersonal passive speech verb is read in ("Il est précisé dans le
    communiqué que …", "Il est indiqué dans le rapport que …"): the oblique before the reported
    clause whose head is a document noun. The document says it (its author, where known)."""
    pack = pack_of(verb.doc)
    documents = pack.words("document_nouns")
    obliques, case = labels(pack, "oblique"), labels(pack, "case_marker")
    clause = labels(pack, "clausal_complement", "clausal_subject")
    first_clause = min((c.i for c in verb.children if c.dep_ in clause), default=len(verb.doc))
    for child in verb.children:
        if child.dep_ in obliques and verb.i < child.i < first_clause and child.lemma_.lower() in documents \
                and any(c.dep_ in case for c in child.children):
            return child
    return None


def clause_on_document(verb: Token) -> bool:
    """Does the parse hang the reported clause of "Il est précisé dans le communiqué que …" on the
    document ("que" read as opening a modifier of "communiqué") rather than on the verb?"""
    document = document_place(verb)
    if document is None:
        return False
    complementizers = function_words(pack_of(verb.doc), "complementizer")
    return any(c.i > document.i and c.pos_ in ("VERB", "AUX") and c.left_edge.lower_ in complementizers
               for c in document.children)


def is_present_participle(token: Token) -> bool:
    """A present participle ("rappelant", "adding"): it takes no inverted subject, and it opens a
    participial cue ("affirmant", "ayant déclaré")."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense")
